import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangeRoleBody, MemberView } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';

export const changeRole = (membershipId: string, body: ChangeRoleBody) =>
  api<MemberView>('PATCH', `/api/memberships/${membershipId}`, body);

/** After any answer (a 409 included) the list is read again, so the page shows the membership as it is. */
export function useChangeRole(institutionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ChangeRoleBody & { id: string }) => changeRole(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['members', institutionId] }),
  });
}
