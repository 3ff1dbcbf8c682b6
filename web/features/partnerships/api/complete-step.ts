import type { CompleteStepInput, LifecycleView } from '../../../../common/contracts/partnership-activity';
import type { LifecycleStep } from '../../../../common/enums';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useCompleteStep = (id: string) =>
  usePartnershipMutation(id, ({ step, ...body }: CompleteStepInput & { step: LifecycleStep }) =>
    api<LifecycleView>('POST', `/api/partnerships/${id}/lifecycle/${step}/complete`, body),
  );
