import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  type InstitutionListResponse,
  type InstitutionSort,
  institutionSorts,
  institutionStatusFilters,
} from '../../../../common/contracts/institutions';
import { api, queryString } from '../../../lib/api';

/** The list page's state, kept in the address so a search can be bookmarked and shared. */
export interface InstitutionSearch {
  q?: string;
  /** Types separated by commas, as the API takes them. */
  type?: string;
  voivodeship?: string;
  powiat?: string;
  gmina?: string;
  status?: (typeof institutionStatusFilters)[number];
  sort?: InstitutionSort;
  page?: number;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const oneOf = <T extends string>(values: readonly T[], value: unknown) =>
  values.includes(value as T) ? (value as T) : undefined;

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parseInstitutionSearch(search: Record<string, unknown>): InstitutionSearch {
  const page = Number(search.page);
  const parsed: InstitutionSearch = {
    q: text(search.q),
    type: text(search.type),
    voivodeship: text(search.voivodeship),
    powiat: text(search.powiat),
    gmina: text(search.gmina),
    status: oneOf(institutionStatusFilters, search.status),
    sort: oneOf(institutionSorts, search.sort),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const PAGE_SIZE = 20;

export const listInstitutions = (search: InstitutionSearch) =>
  api<InstitutionListResponse>('GET', `/api/institutions${queryString({ ...search, pageSize: PAGE_SIZE })}`);

export const institutionsQuery = (search: InstitutionSearch) =>
  queryOptions({
    queryKey: ['institutions', 'list', search],
    queryFn: () => listInstitutions(search),
    placeholderData: keepPreviousData,
  });

export const useInstitutions = (search: InstitutionSearch) => useQuery(institutionsQuery(search));
