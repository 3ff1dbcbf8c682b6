import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { AttentionList } from './AttentionList';

/** Home: the user's institutions and roles, what needs their attention, and where to go next. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { user } = useSession();
  if (!user) return null;
  return (
    <Stack>
      <PageHeader title={t('title', { name: user.displayName })} />
      <section aria-labelledby="my-institutions">
        <Title order={2} size="h3" id="my-institutions" mb="sm">
          {t('myInstitutions')}
        </Title>
        {user.memberships.length === 0 ? (
          <Text>{user.isPlatformAdmin ? t('platformAdmin') : t('noMemberships')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {user.memberships.map((m) => (
              <Card withBorder key={m.institutionId}>
                <Anchor
                  fw={600}
                  renderRoot={(props) => (
                    <Link {...props} to="/institutions/$id" params={{ id: m.institutionId }} />
                  )}
                >
                  {m.institutionName}
                </Anchor>
                <Text size="sm">{t(`roles.${m.role}`, { ns: 'users' })}</Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>
      <AttentionList />
      <section aria-labelledby="shortcuts">
        <Title order={2} size="h3" id="shortcuts" mb="sm">
          {t('shortcuts')}
        </Title>
        <Group>
          <Anchor component={Link} to="/institutions">
            {t('nav.institutions', { ns: 'common' })}
          </Anchor>
          <Anchor component={Link} to="/territory">
            {t('nav.territory', { ns: 'common' })}
          </Anchor>
        </Group>
      </section>
    </Stack>
  );
}
