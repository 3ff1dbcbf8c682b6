import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicInvitationView } from '../../../../common/contracts/accounts';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { ApiError } from '../../../lib/api';
import type { useAcceptInvitation } from '../api/accept-invitation';

/** A new person's name and password; the password is typed twice, and the server checks its rules. */
export function NewAccountForm({
  token,
  invitation,
  accept,
  onAccepted,
}: {
  token: string;
  invitation: PublicInvitationView;
  accept: ReturnType<typeof useAcceptInvitation>;
  onAccepted: () => void;
}) {
  const { t } = useTranslation('invitations');
  const [displayName, setDisplayName] = useState(invitation.displayName);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState<ApiError | null>(null);
  const error = mismatch ?? accept.error;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      const message = t('newAccount.mismatch');
      setMismatch(
        new ApiError(400, 'validation', message, [{ field: 'confirm', code: 'mismatch', message }]),
      );
      return;
    }
    setMismatch(null);
    accept.mutate({ token, displayName, password }, { onSuccess: onAccepted });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text fw={600}>{t('newAccount.title')}</Text>
        <ErrorSummary error={error} />
        <TextInput
          id="field-displayName"
          label={t('newAccount.displayName')}
          autoComplete="name"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={fieldError(error, 'displayName')}
        />
        <PasswordInput
          id="field-password"
          label={t('newAccount.password')}
          description={t('newAccount.passwordHint')}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError(error, 'password')}
        />
        <PasswordInput
          id="field-confirm"
          label={t('newAccount.confirm')}
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={fieldError(error, 'confirm')}
        />
        <Button type="submit" loading={accept.isPending}>
          {t('newAccount.submit')}
        </Button>
      </Stack>
    </form>
  );
}
