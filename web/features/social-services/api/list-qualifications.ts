import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  type CatalogueStatusFilter,
  catalogueStatusFilters,
  type QualificationListResponse,
} from '../../../../common/contracts/social-services';
import { api, queryString } from '../../../lib/api';
import { catalogueKeys } from './keys';

export interface QualificationSearch {
  q?: string;
  status?: CatalogueStatusFilter;
  page?: number;
}

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parseQualificationSearch(search: Record<string, unknown>): QualificationSearch {
  const page = Number(search.page);
  const parsed: QualificationSearch = {
    q: typeof search.q === 'string' && search.q !== '' ? search.q : undefined,
    status: catalogueStatusFilters.includes(search.status as CatalogueStatusFilter)
      ? (search.status as CatalogueStatusFilter)
      : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const qualificationsQuery = (search: QualificationSearch, pageSize = 20) =>
  queryOptions({
    queryKey: [...catalogueKeys.qualifications, 'list', search, pageSize],
    queryFn: () =>
      api<QualificationListResponse>(
        'GET',
        `/api/social-services/qualifications${queryString({ ...search, pageSize })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const useQualifications = (search: QualificationSearch) => useQuery(qualificationsQuery(search));

/** Every qualification in use, for choosing them on a card. */
export const useActiveQualifications = () => useQuery(qualificationsQuery({ status: 'active' }, 100));
