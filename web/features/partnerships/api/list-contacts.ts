import { useQuery } from '@tanstack/react-query';
import type { ContactView } from '../../../../common/contracts/partnership-members';
import { api } from '../../../lib/api';
import { partnershipKey } from './keys';

export const useContacts = (id: string) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'contacts'],
    queryFn: () => api<{ items: ContactView[] }>('GET', `/api/partnerships/${id}/contacts`),
  });
