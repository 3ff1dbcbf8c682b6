import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, resetCsrf } from '../../../lib/api';

export const signOutEverywhere = () => api<{ ok: true }>('POST', '/api/auth/logout-everywhere');

/** Ends every session, this one included, and forgets every cached answer. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSettled: () => {
      resetCsrf();
      queryClient.clear();
    },
  });
}
