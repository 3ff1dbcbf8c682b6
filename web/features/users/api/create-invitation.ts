import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedInvitationResponse, CreateInvitationInput } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';

export const createInvitation = (institutionId: string, body: CreateInvitationInput) =>
  api<CreatedInvitationResponse>('POST', `/api/institutions/${institutionId}/invitations`, body);

export function useCreateInvitation(institutionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationInput) => createInvitation(institutionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations', institutionId] }),
  });
}
