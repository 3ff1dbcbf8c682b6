import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, MeResponse } from '../../../../common/contracts/auth';
import { api, resetCsrf } from '../../../lib/api';
import { setLocale } from '../../../lib/i18n';
import { sessionQuery } from '../../../lib/session';

export const signIn = (body: LoginBody) => api<MeResponse>('POST', '/api/auth/login', body);

/** Signing in opens the platform in the language the person chose in their profile, on any browser. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (data) => {
      resetCsrf();
      setLocale(data.user.locale);
      queryClient.setQueryData(sessionQuery.queryKey, data.user);
    },
  });
}
