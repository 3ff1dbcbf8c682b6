import { useQuery } from '@tanstack/react-query';
import type { LeaderTermView } from '../../../../common/contracts/partnership-members';
import { api } from '../../../lib/api';
import { partnershipKey } from './keys';

export const useLeaderHistory = (id: string) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'leaders'],
    queryFn: () => api<{ items: LeaderTermView[] }>('GET', `/api/partnerships/${id}/leaders`),
  });
