import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ContractorListResponse } from '../../../../common/contracts/provider-readiness';
import { api, queryString } from '../../../lib/api';
import { readinessKeys } from './keys';

export interface ContractorSearch {
  readyOnly?: boolean;
  page?: number;
}

export const useContractors = (serviceTypeId: string, search: ContractorSearch) =>
  useQuery({
    queryKey: [...readinessKeys.contractors, serviceTypeId, search],
    queryFn: () =>
      api<ContractorListResponse>(
        'GET',
        `/api/social-services/types/${serviceTypeId}/contractors${queryString({ ...search, pageSize: 20 })}`,
      ),
    placeholderData: keepPreviousData,
  });
