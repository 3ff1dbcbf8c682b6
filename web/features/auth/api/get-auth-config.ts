import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { authConfigResponse } from '../../../../common/contracts/auth';
import { api } from '../../../lib/api';

export const authConfigQuery = queryOptions({
  queryKey: ['auth-config'],
  queryFn: () => api<z.infer<typeof authConfigResponse>>('GET', '/api/auth/config'),
  staleTime: Number.POSITIVE_INFINITY,
});

export const useAuthConfig = () => useQuery(authConfigQuery);
