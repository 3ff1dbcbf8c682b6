import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptInvitationBody } from '../../../../common/contracts/accounts';
import type { MeResponse } from '../../../../common/contracts/auth';
import { api, resetCsrf } from '../../../lib/api';
import { sessionQuery } from '../../../lib/session';

export const acceptInvitation = (body: AcceptInvitationBody) =>
  api<MeResponse>('POST', '/api/invitations/accept', body);

/** Accepting may open a new session: the CSRF token and the cached user are renewed. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (data) => {
      resetCsrf();
      queryClient.setQueryData(sessionQuery.queryKey, data.user);
    },
  });
}
