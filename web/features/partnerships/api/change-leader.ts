import type { ChangeLeaderInput } from '../../../../common/contracts/partnership-members';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useChangeLeader = (id: string) =>
  usePartnershipMutation(id, (body: ChangeLeaderInput) =>
    api<PartnershipView>('POST', `/api/partnerships/${id}/leader`, body),
  );
