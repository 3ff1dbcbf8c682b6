import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  type CatalogueStatusFilter,
  catalogueStatusFilters,
  type ServiceTypeListResponse,
} from '../../../../common/contracts/social-services';
import { api, queryString } from '../../../lib/api';
import { catalogueKeys } from './keys';

/** The catalogue page's state, kept in the address so a search can be bookmarked and shared. */
export interface CatalogueSearch {
  q?: string;
  areaId?: string;
  qualificationId?: string;
  status?: CatalogueStatusFilter;
  page?: number;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parseCatalogueSearch(search: Record<string, unknown>): CatalogueSearch {
  const page = Number(search.page);
  const parsed: CatalogueSearch = {
    q: text(search.q),
    areaId: text(search.areaId),
    qualificationId: text(search.qualificationId),
    status: catalogueStatusFilters.includes(search.status as CatalogueStatusFilter)
      ? (search.status as CatalogueStatusFilter)
      : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const PAGE_SIZE = 20;

export const serviceTypesQuery = (search: CatalogueSearch, pageSize = PAGE_SIZE) =>
  queryOptions({
    queryKey: [...catalogueKeys.types, 'list', search, pageSize],
    queryFn: () =>
      api<ServiceTypeListResponse>(
        'GET',
        `/api/social-services/types${queryString({ ...search, pageSize })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const useServiceTypes = (search: CatalogueSearch) => useQuery(serviceTypesQuery(search));

/** Every type in use, for choosing one in a form: the catalogue is a standard of a few dozen. */
export const useActiveServiceTypes = () => useQuery(serviceTypesQuery({ status: 'active' }, 100));
