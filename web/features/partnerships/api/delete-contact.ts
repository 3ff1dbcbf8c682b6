import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useDeleteContact = (id: string) =>
  usePartnershipMutation(id, (contactId: string) =>
    api<void>('DELETE', `/api/partnerships/${id}/contacts/${contactId}`),
  );
