import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TerritorialUnitView } from '../../../../common/contracts/territory';
import { api } from '../../../lib/api';

export const getUnit = (code: string) =>
  api<TerritorialUnitView>('GET', `/api/territory/units/${encodeURIComponent(code)}`);

export const unitQuery = (code: string) =>
  queryOptions({
    queryKey: ['territory', 'unit', code],
    queryFn: () => getUnit(code),
    staleTime: 10 * 60_000,
  });

export const useUnit = (code: string | undefined) =>
  useQuery({ ...unitQuery(code ?? ''), enabled: Boolean(code) });
