import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { api } from '../../../lib/api';
import { partnershipKey } from './keys';

export const partnershipQuery = (id: string) =>
  queryOptions({
    queryKey: partnershipKey(id),
    queryFn: () => api<PartnershipView>('GET', `/api/partnerships/${id}`),
  });

export const usePartnership = (id: string) => useQuery(partnershipQuery(id));
