import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody, ProfileView } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';
import { profileQuery } from './get-profile';

export const changePassword = (body: ChangePasswordBody) =>
  api<ProfileView>('POST', '/api/profile/password', body);

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (profile) => queryClient.setQueryData(profileQuery.queryKey, profile),
  });
}
