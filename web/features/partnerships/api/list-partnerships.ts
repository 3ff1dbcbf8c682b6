import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  type PartnershipListResponse,
  type PartnershipSort,
  partnershipSorts,
  partnershipStatusFilters,
} from '../../../../common/contracts/partnerships';
import { lifecycleSteps, partnershipKinds } from '../../../../common/enums';
import { api, queryString } from '../../../lib/api';

/** The list page's state, kept in the address so a search can be bookmarked and shared. */
export interface PartnershipSearch {
  q?: string;
  kind?: (typeof partnershipKinds)[number];
  territory?: string;
  step?: (typeof lifecycleSteps)[number];
  mine?: boolean;
  status?: (typeof partnershipStatusFilters)[number];
  sort?: PartnershipSort;
  page?: number;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const oneOf = <T extends string>(values: readonly T[], value: unknown) =>
  values.includes(value as T) ? (value as T) : undefined;

/** Reads the address's search part leniently: anything unknown is dropped, the API checks the rest. */
export function parsePartnershipSearch(search: Record<string, unknown>): PartnershipSearch {
  const page = Number(search.page);
  const parsed: PartnershipSearch = {
    q: text(search.q),
    kind: oneOf(partnershipKinds, search.kind),
    territory: text(search.territory),
    step: oneOf(lifecycleSteps, search.step),
    mine: search.mine === true || search.mine === 'true' ? true : undefined,
    status: oneOf(partnershipStatusFilters, search.status),
    sort: oneOf(partnershipSorts, search.sort),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export const PAGE_SIZE = 20;

export const partnershipsQuery = (search: PartnershipSearch) =>
  queryOptions({
    queryKey: ['partnerships', 'list', search],
    queryFn: () =>
      api<PartnershipListResponse>(
        'GET',
        `/api/partnerships${queryString({ ...search, pageSize: PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const usePartnerships = (search: PartnershipSearch) => useQuery(partnershipsQuery(search));
