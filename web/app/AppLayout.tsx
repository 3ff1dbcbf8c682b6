import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../common/permissions';
import { useSignOut } from '../features/auth/api/sign-out';
import { useSession } from '../lib/session';
import { LanguageSwitch } from './LanguageSwitch';

interface NavItem {
  to: string;
  label: string;
  permission?: Permission;
}

const navItems: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/territory', label: 'nav.territory', permission: 'territory.read' },
  { to: '/institutions', label: 'nav.institutions', permission: 'institutions.read' },
  { to: '/partnerships', label: 'nav.partnerships', permission: 'partnerships.read' },
  { to: '/cooperation-groups', label: 'cooperationGroups:nav', permission: 'cooperationGroups.read' },
  { to: '/beneficiaries', label: 'nav.beneficiaries', permission: 'beneficiaries.read' },
  { to: '/referrals/redeem', label: 'referrals:redeem.nav', permission: 'beneficiaries.read' },
  { to: '/catalogue', label: 'nav.catalogue', permission: 'socialServices.read' },
  { to: '/readiness', label: 'nav.readiness', permission: 'socialServices.read' },
  { to: '/staffing', label: 'nav.staffing', permission: 'socialServices.read' },
  { to: '/preparation-programmes', label: 'preparationProgrammes:nav', permission: 'socialServices.read' },
  { to: '/pes-initiatives', label: 'pesInitiatives:nav', permission: 'pesInitiatives.read' },
  { to: '/pilots', label: 'pilots:nav', permission: 'pilots.read' },
  { to: '/commissioning', label: 'nav.commissioning', permission: 'commissioning.read' },
  { to: '/training-programmes', label: 'trainingProgramme:nav', permission: 'trainingProgramme.read' },
  { to: '/users', label: 'nav.users', permission: 'users.read' },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { to: '/profile', label: 'nav.profile' },
];

/** Page frame: skip link, header, navigation by the user's permissions, and the main landmark. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { user, can } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main-content">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.main')} />
            <Text component={Link} to="/" fw={700} size="lg" c="blue.9" td="none">
              {t('appName')}
            </Text>
          </Group>
          <Group wrap="nowrap" gap="sm">
            <LanguageSwitch />
            {user && (
              <>
                <Text size="sm" visibleFrom="sm" data-testid="current-user">
                  {user.displayName}
                </Text>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={async () => {
                    await signOut.mutateAsync(false);
                    await navigate({ to: '/sign-in', search: {} });
                  }}
                >
                  {t('nav.signOut')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {/* The menu outgrows a laptop's screen: it scrolls on its own, not hidden under the fold. */}
        <AppShell.Section grow component={ScrollArea}>
          {navItems
            .filter((item) => !item.permission || can(item.permission))
            .map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                active={item.to === '/' ? pathname === '/' : pathname.startsWith(item.to)}
                aria-current={
                  (item.to === '/' ? pathname === '/' : pathname.startsWith(item.to)) ? 'page' : undefined
                }
                onClick={close}
              />
            ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
