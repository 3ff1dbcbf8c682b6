import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TerritorialUnitListResponse } from '../../../../common/contracts/territory';
import type { TerritorialLevel } from '../../../../common/enums';
import { api, queryString } from '../../../lib/api';

/**
 * The register page's state, kept in the address so the back button walks back through the
 * units a person opened: `unit` is the unit being browsed, `q` and `page` a search.
 */
export interface TerritorySearch {
  unit?: string;
  q?: string;
  page?: number;
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Reads the address leniently: anything unknown is dropped, the API checks the rest. */
export function parseTerritorySearch(search: Record<string, unknown>): TerritorySearch {
  const page = Number(search.page);
  const parsed: TerritorySearch = {
    unit: text(search.unit),
    q: text(search.q),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export interface UnitsFilter {
  q?: string;
  level?: TerritorialLevel[];
  parent?: string;
  page?: number;
  pageSize?: number;
}

export const listUnits = ({ level, ...filter }: UnitsFilter) =>
  api<TerritorialUnitListResponse>(
    'GET',
    `/api/territory/units${queryString({ ...filter, level: level?.join(',') })}`,
  );

export const unitsQuery = (filter: UnitsFilter) =>
  queryOptions({
    queryKey: ['territory', 'units', filter],
    queryFn: () => listUnits(filter),
    placeholderData: keepPreviousData,
    // The register changes once a year: no need to ask again while the page is open.
    staleTime: 10 * 60_000,
  });

export const useUnits = (filter: UnitsFilter, enabled = true) => useQuery({ ...unitsQuery(filter), enabled });
