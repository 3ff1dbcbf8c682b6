import type { LeaveMemberInput } from '../../../../common/contracts/partnership-members';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useLeaveMember = (id: string) =>
  usePartnershipMutation(id, ({ memberId, ...body }: LeaveMemberInput & { memberId: string }) =>
    api<PartnershipView>('POST', `/api/partnerships/${id}/members/${memberId}/leave`, body),
  );
