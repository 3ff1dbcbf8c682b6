import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, MeResponse } from '../../../../common/contracts/auth';
import { api, resetCsrf } from '../../../lib/api';
import { sessionQuery } from '../../../lib/session';

export const signIn = (body: LoginBody) => api<MeResponse>('POST', '/api/auth/login', body);

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (data) => {
      resetCsrf();
      queryClient.setQueryData(sessionQuery.queryKey, data.user);
    },
  });
}
