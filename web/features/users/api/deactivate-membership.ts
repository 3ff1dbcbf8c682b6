import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MemberView } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';

export const deactivateMembership = (membershipId: string, version: number) =>
  api<MemberView>('POST', `/api/memberships/${membershipId}/deactivate`, { version });

export function useDeactivateMembership(institutionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deactivateMembership(id, version),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['members', institutionId] }),
  });
}
