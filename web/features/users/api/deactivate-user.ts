import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserSummary } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';

export const deactivateUser = (userId: string) => api<UserSummary>('POST', `/api/users/${userId}/deactivate`);

export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateUser,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  });
}
