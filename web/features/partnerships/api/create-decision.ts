import type { CreateDecisionInput, DecisionView } from '../../../../common/contracts/partnership-activity';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useCreateDecision = (id: string) =>
  usePartnershipMutation(id, (body: CreateDecisionInput) =>
    api<DecisionView>('POST', `/api/partnerships/${id}/decisions`, body),
  );
