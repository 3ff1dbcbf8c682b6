import { useQuery } from '@tanstack/react-query';
import type { ServiceTypeListResponse } from '../../../../common/contracts/social-services';
import { api } from '../../../lib/api';

/** The catalogue's service types in use, as options of the start form (the catalogue has a few dozen). */
export const useServiceTypeOptions = () =>
  useQuery({
    queryKey: ['provider-readiness', 'service-type-options'],
    queryFn: () =>
      api<ServiceTypeListResponse>('GET', '/api/social-services/types?status=active&pageSize=100'),
    select: (page) => page.items.map((type) => ({ value: type.id, label: type.name })),
  });
