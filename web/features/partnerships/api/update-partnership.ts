import type { PartnershipView, UpdatePartnershipInput } from '../../../../common/contracts/partnerships';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useUpdatePartnership = (id: string) =>
  usePartnershipMutation(id, (body: UpdatePartnershipInput) =>
    api<PartnershipView>('PATCH', `/api/partnerships/${id}`, body),
  );
