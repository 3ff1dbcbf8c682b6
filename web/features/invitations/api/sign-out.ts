import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, resetCsrf } from '../../../lib/api';

/** Signing out of the wrong account, so the invitee can sign in to the invited one. */
export const signOut = () => api<{ ok: true }>('POST', '/api/auth/logout');

export function useSignOutForInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      resetCsrf();
      queryClient.setQueryData(['session'], null);
    },
  });
}
