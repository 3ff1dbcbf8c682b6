import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, resetCsrf } from '../../../lib/api';

export const signOut = (everywhere: boolean) =>
  api<{ ok: true }>('POST', everywhere ? '/api/auth/logout-everywhere' : '/api/auth/logout');

/** Signs out and forgets every cached answer, so nothing of the previous user stays in memory. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (everywhere: boolean = false) => signOut(everywhere),
    onSettled: () => {
      resetCsrf();
      queryClient.clear();
    },
  });
}
