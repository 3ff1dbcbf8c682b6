import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { InstitutionListResponse } from '../../../../common/contracts/institutions';
import { api, queryString } from '../../../lib/api';

/** The platform admin picks any institution by name: a short search of the registry. */
export const searchInstitutions = (q: string) =>
  api<InstitutionListResponse>('GET', `/api/institutions${queryString({ q, pageSize: 20 })}`);

export const institutionSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['institutions', 'picker', q],
    queryFn: () => searchInstitutions(q),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const useInstitutionSearch = (q: string, enabled: boolean) =>
  useQuery({ ...institutionSearchQuery(q), enabled });
