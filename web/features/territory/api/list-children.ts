import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TerritorialUnitChildrenResponse } from '../../../../common/contracts/territory';
import { api } from '../../../lib/api';

export const listChildren = (code: string) =>
  api<TerritorialUnitChildrenResponse>('GET', `/api/territory/units/${encodeURIComponent(code)}/children`);

export const childrenQuery = (code: string) =>
  queryOptions({
    queryKey: ['territory', 'children', code],
    queryFn: () => listChildren(code),
    staleTime: 10 * 60_000,
  });

export const useChildren = (code: string | undefined) =>
  useQuery({ ...childrenQuery(code ?? ''), enabled: Boolean(code) });
