import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ServiceAreaView } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { catalogueKeys } from './keys';

export const areaQuery = (id: string) =>
  queryOptions({
    queryKey: [...catalogueKeys.areas, 'detail', id],
    queryFn: () => api<ServiceAreaView>('GET', `/api/social-services/areas/${id}`),
  });

export const useServiceArea = (id: string) => useQuery(areaQuery(id));
