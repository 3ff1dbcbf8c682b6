import { useQuery } from '@tanstack/react-query';
import type { ContractorListResponse } from '../../../../common/contracts/provider-readiness';
import { api, queryString } from '../../../lib/api';

/**
 * The providers of a service type with their readiness today, those confirmed ready first: a
 * contract may go only to those (the server refuses the others), the rest are shown with why not.
 */
export const useServiceContractors = (serviceTypeId: string | undefined) =>
  useQuery({
    queryKey: ['commissioning', 'contractors', serviceTypeId],
    queryFn: () =>
      api<ContractorListResponse>(
        'GET',
        `/api/social-services/types/${serviceTypeId}/contractors${queryString({ pageSize: 100 })}`,
      ),
    enabled: serviceTypeId !== undefined,
    staleTime: 30_000,
  });
