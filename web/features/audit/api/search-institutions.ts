import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { InstitutionListResponse, InstitutionView } from '../../../../common/contracts/institutions';
import { api, queryString } from '../../../lib/api';

/**
 * Institutions whose name matches, for the platform administrator's institution filter. Asks the
 * registry API directly: features do not import each other.
 */
export const searchInstitutions = (q: string) =>
  api<InstitutionListResponse>('GET', `/api/institutions${queryString({ q, status: 'all', pageSize: 20 })}`);

export const useInstitutionSearch = (q: string, enabled: boolean) =>
  useQuery(
    queryOptions({
      queryKey: ['audit', 'institution-search', q],
      queryFn: () => searchInstitutions(q),
      enabled: enabled && q.trim().length >= 2,
      placeholderData: keepPreviousData,
    }),
  );

/** The name of the institution a bookmarked filter names, so the field shows it rather than an id. */
export const useInstitutionName = (id: string | undefined, enabled: boolean) =>
  useQuery(
    queryOptions({
      queryKey: ['institutions', 'detail', id],
      queryFn: () => api<InstitutionView>('GET', `/api/institutions/${id}`),
      enabled: enabled && Boolean(id),
      select: (card) => card.name,
    }),
  );
