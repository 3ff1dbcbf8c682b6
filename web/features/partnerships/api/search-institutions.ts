import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InstitutionListResponse } from '../../../../common/contracts/institutions';
import { api, queryString } from '../../../lib/api';

/** Institutions to make members of: a short search of the shared registry by name. */
export const useInstitutionSearch = (q: string) =>
  useQuery({
    queryKey: ['institutions', 'picker', q],
    queryFn: () =>
      api<InstitutionListResponse>('GET', `/api/institutions${queryString({ q, pageSize: 20 })}`),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
