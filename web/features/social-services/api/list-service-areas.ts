import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ServiceAreaListResponse } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { catalogueKeys } from './keys';

/** The areas are few (five from seed 003, extended rarely): one page holds them all. */
export const areasQuery = queryOptions({
  queryKey: catalogueKeys.areas,
  queryFn: () => api<ServiceAreaListResponse>('GET', '/api/social-services/areas?pageSize=100'),
  staleTime: 5 * 60_000,
});

export const useServiceAreas = () => useQuery(areasQuery);
