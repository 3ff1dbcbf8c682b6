import { Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { useSignOutEverywhere } from '../api/sign-out-everywhere';

/** For a lost phone or a shared computer: every session ends, this one too. */
export function SignOutEverywhere() {
  const { t } = useTranslation('profile');
  const signOut = useSignOutEverywhere();
  const navigate = useNavigate();
  return (
    <section aria-labelledby="profile-sessions">
      <Title order={2} size="h3" id="profile-sessions" mb="sm">
        {t('sessions.title')}
      </Title>
      <Paper withBorder p="md">
        <Stack align="flex-start">
          <Text size="sm">{t('sessions.intro')}</Text>
          <ConfirmAction
            label={t('sessions.button')}
            title={t('sessions.confirmTitle')}
            message={t('sessions.confirmMessage')}
            confirmLabel={t('sessions.confirm')}
            loading={signOut.isPending}
            onConfirm={async () => {
              await signOut.mutateAsync().catch(() => undefined);
              await navigate({ to: '/sign-in', search: {} });
            }}
          />
        </Stack>
      </Paper>
    </section>
  );
}
