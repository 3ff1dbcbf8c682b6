import type { ContactView, UpdateContactInput } from '../../../../common/contracts/partnership-members';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useUpdateContact = (id: string) =>
  usePartnershipMutation(id, ({ contactId, ...body }: UpdateContactInput & { contactId: string }) =>
    api<ContactView>('PATCH', `/api/partnerships/${id}/contacts/${contactId}`, body),
  );
