import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationView } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';

export const revokeInvitation = (invitationId: string) =>
  api<InvitationView>('POST', `/api/invitations/${invitationId}/revoke`);

export function useRevokeInvitation(institutionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['invitations', institutionId] }),
  });
}
