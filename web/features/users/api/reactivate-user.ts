import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserSummary } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';

export const reactivateUser = (userId: string) => api<UserSummary>('POST', `/api/users/${userId}/reactivate`);

export function useReactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reactivateUser,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  });
}
