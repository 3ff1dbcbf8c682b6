import {
  Anchor,
  Button,
  Container,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { useAuthConfig } from '../api/get-auth-config';
import { useSignIn } from '../api/sign-in';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { redirect?: string; error?: string };
  const signIn = useSignIn();
  const authConfig = useAuthConfig();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await signIn.mutateAsync({ email, password });
      const target = search.redirect?.startsWith('/') ? search.redirect : '/';
      await navigate({ to: target });
    } catch {
      // shown by the error summary
    }
  };

  return (
    <Container size={460} py="xl">
      <PageHeader title={t('signIn.title')} />
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {search.error === 'oidc' && !signIn.error && (
              <ErrorSummary error={new Error(t('signIn.oidcFailed'))} />
            )}
            <ErrorSummary
              error={signIn.error}
              fieldIds={{ email: 'sign-in-email', password: 'sign-in-password' }}
            />
            <TextInput
              id="sign-in-email"
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(signIn.error, 'email')}
            />
            <PasswordInput
              id="sign-in-password"
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(signIn.error, 'password')}
            />
            <Button type="submit" loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
        {authConfig.data?.oidc.enabled && (
          <>
            <Divider my="md" label={t('signIn.or')} labelPosition="center" />
            <Button component="a" href="/api/auth/oidc/start" variant="default" fullWidth>
              {authConfig.data.oidc.label}
            </Button>
          </>
        )}
      </Paper>
      <Text size="sm" mt="md">
        {t('signIn.help')} <Anchor href="/api/docs">{t('signIn.apiDocs')}</Anchor>
      </Text>
    </Container>
  );
}
