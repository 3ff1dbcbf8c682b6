import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ServiceTypeView } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';
import { catalogueKeys } from './keys';

export const serviceTypeQuery = (id: string) =>
  queryOptions({
    queryKey: [...catalogueKeys.types, 'detail', id],
    queryFn: () => api<ServiceTypeView>('GET', `/api/social-services/types/${id}`),
  });

export const useServiceType = (id: string) => useQuery(serviceTypeQuery(id));
