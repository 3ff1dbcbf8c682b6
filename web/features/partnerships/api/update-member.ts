import type { UpdateMemberInput } from '../../../../common/contracts/partnership-members';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useUpdateMember = (id: string) =>
  usePartnershipMutation(id, ({ memberId, ...body }: UpdateMemberInput & { memberId: string }) =>
    api<PartnershipView>('PATCH', `/api/partnerships/${id}/members/${memberId}`, body),
  );
