import type { AddMemberInput } from '../../../../common/contracts/partnership-members';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useAddMember = (id: string) =>
  usePartnershipMutation(id, (body: AddMemberInput) =>
    api<PartnershipView>('POST', `/api/partnerships/${id}/members`, body),
  );
