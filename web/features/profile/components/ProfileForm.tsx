import { Alert, Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../../common/contracts/accounts';
import { type Locale, locales } from '../../../../common/i18n';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { ApiError } from '../../../lib/api';
import { profileQuery } from '../api/get-profile';
import { useUpdateProfile } from '../api/update-profile';

/**
 * Name and language, saved with the version last read. When another window saved first, the
 * 409's current profile replaces what the form shows, and the next save names its version.
 */
export function ProfileForm({ profile }: { profile: ProfileView }) {
  const { t } = useTranslation('profile');
  const queryClient = useQueryClient();
  const update = useUpdateProfile();
  const [displayName, setDisplayName] = useState(profile.displayName);
  const [locale, setChosenLocale] = useState<Locale>(profile.locale);
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      { displayName, locale, version: profile.version },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          const current =
            error instanceof ApiError && error.status === 409
              ? (error.details as { current?: ProfileView } | undefined)?.current
              : undefined;
          if (!current) return;
          queryClient.setQueryData(profileQuery.queryKey, current);
          setDisplayName(current.displayName);
          setChosenLocale(current.locale);
        },
      },
    );
  };
  const conflict = update.error instanceof ApiError && update.error.status === 409;

  return (
    <section aria-labelledby="profile-details">
      <Title order={2} size="h3" id="profile-details" mb="sm">
        {t('details.title')}
      </Title>
      <Paper withBorder p="md">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <div aria-live="polite">
              {saved && (
                <Alert color="green" variant="outline" data-testid="profile-saved">
                  {t('details.saved')}
                </Alert>
              )}
            </div>
            {conflict ? (
              <Alert color="orange" variant="outline" role="alert">
                {t('details.conflict')}
              </Alert>
            ) : (
              <ErrorSummary error={update.error} />
            )}
            <TextInput
              id="profile-email"
              label={t('details.email')}
              description={t('details.emailHint')}
              value={profile.email}
              readOnly
            />
            <TextInput
              id="field-displayName"
              label={t('details.displayName')}
              autoComplete="name"
              required
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={fieldError(update.error, 'displayName')}
            />
            <NativeSelect
              id="field-locale"
              label={t('details.locale')}
              description={t('details.localeHint')}
              value={locale}
              onChange={(e) => setChosenLocale(e.currentTarget.value as Locale)}
              data={locales.map((l) => ({ value: l, label: t(`languages.${l}`, { ns: 'common' }) }))}
              error={fieldError(update.error, 'locale')}
            />
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t('details.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}
