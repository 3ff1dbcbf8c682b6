import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { ApiError } from '../../../lib/api';
import { useChangePassword } from '../api/change-password';

const empty = { currentPassword: '', newPassword: '', confirm: '' };

/** The current password, then the new one twice; the server checks the rules and ends other sessions. */
export function PasswordForm() {
  const { t } = useTranslation('profile');
  const change = useChangePassword();
  const [values, setValues] = useState(empty);
  const [mismatch, setMismatch] = useState<ApiError | null>(null);
  const [changed, setChanged] = useState(false);
  const error = mismatch ?? change.error;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    if (values.newPassword !== values.confirm) {
      const message = t('password.mismatch');
      setMismatch(
        new ApiError(400, 'validation', message, [{ field: 'confirm', code: 'mismatch', message }]),
      );
      return;
    }
    setMismatch(null);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues(empty);
          setChanged(true);
        },
      },
    );
  };

  return (
    <section aria-labelledby="profile-password">
      <Title order={2} size="h3" id="profile-password" mb="sm">
        {t('password.title')}
      </Title>
      <Paper withBorder p="md">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text size="sm">{t('password.intro')}</Text>
            <div aria-live="polite">
              {changed && (
                <Alert color="green" variant="outline" data-testid="password-changed">
                  {t('password.changed')}
                </Alert>
              )}
            </div>
            <ErrorSummary error={error} />
            <PasswordInput
              id="field-currentPassword"
              label={t('password.current')}
              autoComplete="current-password"
              required
              value={values.currentPassword}
              onChange={(e) => setValues({ ...values, currentPassword: e.currentTarget.value })}
              error={fieldError(error, 'currentPassword')}
            />
            <PasswordInput
              id="field-newPassword"
              label={t('password.new')}
              description={t('password.rules')}
              autoComplete="new-password"
              required
              value={values.newPassword}
              onChange={(e) => setValues({ ...values, newPassword: e.currentTarget.value })}
              error={fieldError(error, 'newPassword')}
            />
            <PasswordInput
              id="field-confirm"
              label={t('password.confirm')}
              autoComplete="new-password"
              required
              value={values.confirm}
              onChange={(e) => setValues({ ...values, confirm: e.currentTarget.value })}
              error={fieldError(error, 'confirm')}
            />
            <Group>
              <Button type="submit" loading={change.isPending}>
                {t('password.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}
