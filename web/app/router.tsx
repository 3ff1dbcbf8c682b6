import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { parseAuditSearch } from '../features/audit/api/list-audit-events';
import { AuditLogPage } from '../features/audit/components/AuditLogPage';
import { SignInPage } from '../features/auth/components/SignInPage';
import { parseInstitutionSearch } from '../features/institutions/api/list-institutions';
import { InstitutionCreatePage } from '../features/institutions/components/InstitutionCreatePage';
import { InstitutionDetailPage } from '../features/institutions/components/InstitutionDetailPage';
import { InstitutionEditPage } from '../features/institutions/components/InstitutionEditPage';
import { InstitutionsListPage } from '../features/institutions/components/InstitutionsListPage';
import { InvitationPage } from '../features/invitations/components/InvitationPage';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { parseTerritorySearch } from '../features/territory/api/list-units';
import { TerritoryPage } from '../features/territory/components/TerritoryPage';
import { parseAccountSearch } from '../features/users/api/list-users';
import { AccountsPage } from '../features/users/components/AccountsPage';
import { parseUsersSearch, UsersPage } from '../features/users/components/UsersPage';
import { sessionQuery } from '../lib/session';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';
import { DashboardPage } from './pages/DashboardPage';
import { ErrorPage } from './pages/ErrorPage';
import { NotFoundPage } from './pages/NotFoundPage';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

/** Pages reachable without signing in (sign-in, accepting an invitation) hang under this route. */
export const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: PublicLayout,
});

const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; error?: string } => ({
    ...(typeof search.redirect === 'string' && { redirect: search.redirect }),
    ...(typeof search.error === 'string' && { error: search.error }),
  }),
  component: SignInPage,
});

/** An invitation link: open to anyone holding it, signed in or not. */
const invitationRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/invite/$token',
  component: InvitationPage,
});

/** Every page behind sign-in hangs under this route; it sends a stranger to the sign-in page. */
export const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(sessionQuery);
    if (!user) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: AppLayout,
});

const dashboardRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  component: DashboardPage,
});

const territoryRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/territory',
  validateSearch: parseTerritorySearch,
  component: TerritoryPage,
});

const institutionRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/institutions',
    validateSearch: parseInstitutionSearch,
    component: InstitutionsListPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/institutions/new',
    component: InstitutionCreatePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/institutions/$id',
    component: InstitutionDetailPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/institutions/$id/edit',
    component: InstitutionEditPage,
  }),
];

const auditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/audit',
  validateSearch: parseAuditSearch,
  component: AuditLogPage,
});

const userRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/users',
    validateSearch: parseUsersSearch,
    component: UsersPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/users/accounts',
    validateSearch: parseAccountSearch,
    component: AccountsPage,
  }),
  createRoute({ getParentRoute: () => authedRoute, path: '/profile', component: ProfilePage }),
];

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, invitationRoute]),
  authedRoute.addChildren([dashboardRoute, territoryRoute, ...institutionRoutes, auditRoute, ...userRoutes]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultNotFoundComponent: NotFoundPage,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
