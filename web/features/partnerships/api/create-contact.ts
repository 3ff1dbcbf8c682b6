import type { ContactView, CreateContactInput } from '../../../../common/contracts/partnership-members';
import { api } from '../../../lib/api';
import { usePartnershipMutation } from './keys';

export const useCreateContact = (id: string) =>
  usePartnershipMutation(id, (body: CreateContactInput) =>
    api<ContactView>('POST', `/api/partnerships/${id}/contacts`, body),
  );
