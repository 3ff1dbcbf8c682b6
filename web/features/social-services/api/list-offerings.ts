import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OfferingListResponse } from '../../../../common/contracts/service-offerings';
import { api, queryString } from '../../../lib/api';
import { catalogueKeys } from './keys';

export interface OfferingSearch {
  institutionId?: string;
  serviceTypeId?: string;
  status?: 'current' | 'ended' | 'all';
  page?: number;
}

export const listOfferings = (search: OfferingSearch) =>
  api<OfferingListResponse>(
    'GET',
    `/api/social-services/offerings${queryString({ ...search, pageSize: 20 })}`,
  );

export const useOfferings = (search: OfferingSearch) =>
  useQuery({
    queryKey: [...catalogueKeys.offerings, search],
    queryFn: () => listOfferings(search),
    placeholderData: keepPreviousData,
  });
