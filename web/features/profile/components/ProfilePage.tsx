import { Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useProfile } from '../api/get-profile';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';
import { SignOutEverywhere } from './SignOutEverywhere';

/** The signed-in person's own account: name and language, password, and sessions. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const profile = useProfile();
  return (
    <Stack gap="xl" maw={640}>
      <PageHeader title={t('title')} />
      {profile.error && <Text role="alert">{profile.error.message}</Text>}
      {!profile.data && !profile.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {profile.data && (
        <>
          <ProfileForm profile={profile.data} />
          {profile.data.hasPassword && <PasswordForm />}
          <SignOutEverywhere />
        </>
      )}
    </Stack>
  );
}
