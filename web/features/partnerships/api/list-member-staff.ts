import { useQuery } from '@tanstack/react-query';
import type { StaffListResponse } from '../../../../common/contracts/partnership-members';
import { api } from '../../../lib/api';
import { partnershipKey } from './keys';

/** People of a member institution a contact may be linked to; read only while a contact form is open (it is logged). */
export const useMemberStaff = (id: string, memberId: string | null) =>
  useQuery({
    queryKey: [...partnershipKey(id), 'staff', memberId],
    queryFn: () => api<StaffListResponse>('GET', `/api/partnerships/${id}/members/${memberId}/staff`),
    enabled: Boolean(memberId),
    staleTime: 60_000,
  });
