import { Alert, Anchor, Button, Container, Loader, Paper, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PublicInvitationView } from '../../../../common/contracts/accounts';
import { ButtonLink } from '../../../components/ButtonLink';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationByToken } from '../api/get-invitation';
import { useSignOutForInvitation } from '../api/sign-out';
import { NewAccountForm } from './NewAccountForm';

/**
 * The page an invitation link opens, before or after signing in: who invites the person where
 * and as whom; then either a new account (name and password) or, when an account with the
 * address exists, signing in to it and accepting.
 */
export function InvitationPage() {
  const { token } = useParams({ from: '/public/invite/$token' });
  const { t } = useTranslation('invitations');
  const invitation = useInvitationByToken(token);

  if (invitation.error)
    return (
      <Container size={560} py="xl">
        <PageHeader title={t('unavailable')} />
        <Alert color="red" variant="outline" role="alert" data-testid="invitation-unavailable">
          {invitation.error.message}
        </Alert>
        <Anchor component={Link} to="/sign-in" mt="md" display="inline-block">
          {t('toSignIn')}
        </Anchor>
      </Container>
    );
  if (!invitation.data)
    return (
      <Container size={560} py="xl">
        <Loader aria-label={t('loading', { ns: 'common' })} />
      </Container>
    );
  return <Invitation token={token} invitation={invitation.data} />;
}

function Invitation({ token, invitation }: { token: string; invitation: PublicInvitationView }) {
  const { t } = useTranslation('invitations');
  const { user } = useSession();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const signOut = useSignOutForInvitation();
  const role = t(`roles.${invitation.role}`, { ns: 'users' });
  const here = `/invite/${token}`;
  const toDashboard = () => navigate({ to: '/' });

  return (
    <Container size={560} py="xl">
      <PageHeader title={t('title')} />
      <Paper withBorder p="lg">
        <Stack>
          <Text>{t('intro', { institution: invitation.institutionName, role })}</Text>
          <Text size="sm">{t('email', { email: invitation.email })}</Text>
          <Text size="sm">{t('expiresAt', { date: formatDateTime(invitation.expiresAt) })}</Text>
          {!invitation.accountExists && (
            <>
              {user && (
                <Alert color="orange" variant="outline">
                  {t('signedInElsewhere', { current: user.email, email: invitation.email })}
                </Alert>
              )}
              <NewAccountForm
                token={token}
                invitation={invitation}
                accept={accept}
                onAccepted={toDashboard}
              />
            </>
          )}
          {invitation.accountExists && !user && (
            <>
              <Text fw={600}>{t('existing.title')}</Text>
              <Text size="sm">{t('existing.signIn', { email: invitation.email })}</Text>
              <ButtonLink to="/sign-in" search={{ redirect: here }}>
                {t('existing.signInButton')}
              </ButtonLink>
            </>
          )}
          {invitation.accountExists && user && user.email !== invitation.email && (
            <>
              <Alert color="orange" variant="outline" role="alert">
                {t('existing.otherAccount', { current: user.email, email: invitation.email })}
              </Alert>
              <Button
                variant="outline"
                loading={signOut.isPending}
                onClick={() =>
                  signOut.mutate(undefined, {
                    onSettled: () => navigate({ to: '/sign-in', search: { redirect: here } }),
                  })
                }
              >
                {t('existing.signOut')}
              </Button>
            </>
          )}
          {invitation.accountExists && user?.email === invitation.email && (
            <>
              <Text size="sm">{t('existing.signedInAs', { email: user.email })}</Text>
              <ErrorSummary error={accept.error} />
              <Button
                loading={accept.isPending}
                onClick={() => accept.mutate({ token }, { onSuccess: toDashboard })}
              >
                {t('existing.accept')}
              </Button>
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
