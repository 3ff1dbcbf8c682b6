import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileView, UpdateProfileBody } from '../../../../common/contracts/accounts';
import { api } from '../../../lib/api';
import { setLocale } from '../../../lib/i18n';
import { sessionQuery } from '../../../lib/session';
import { profileQuery } from './get-profile';

export const updateProfile = (body: UpdateProfileBody) => api<ProfileView>('PATCH', '/api/profile', body);

/** The saved language becomes the interface's at once; the header's name follows the session. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(profileQuery.queryKey, profile);
      setLocale(profile.locale);
      return queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    },
  });
}
