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
import { InstitutionEditPage } from '../features/institutions/components/InstitutionEditPage';
import { InstitutionsListPage } from '../features/institutions/components/InstitutionsListPage';
import { InvitationPage } from '../features/invitations/components/InvitationPage';
import { parsePartnershipSearch } from '../features/partnerships/api/list-partnerships';
import { PartnershipCreatePage } from '../features/partnerships/components/PartnershipCreatePage';
import { PartnershipDetailPage } from '../features/partnerships/components/PartnershipDetailPage';
import { PartnershipsListPage } from '../features/partnerships/components/PartnershipsListPage';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { parseQualificationSearch } from '../features/social-services/api/list-qualifications';
import { parseCatalogueSearch } from '../features/social-services/api/list-service-types';
import { CataloguePage } from '../features/social-services/components/CataloguePage';
import { QualificationCreatePage } from '../features/social-services/components/QualificationCreatePage';
import { QualificationEditPage } from '../features/social-services/components/QualificationEditPage';
import { QualificationsPage } from '../features/social-services/components/QualificationsPage';
import { ServiceTypeCreatePage } from '../features/social-services/components/ServiceTypeCreatePage';
import { ServiceTypeEditPage } from '../features/social-services/components/ServiceTypeEditPage';
import { ServiceTypePage } from '../features/social-services/components/ServiceTypePage';
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
import { InstitutionPage } from './pages/InstitutionPage';
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
    component: InstitutionPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/institutions/$id/edit',
    component: InstitutionEditPage,
  }),
];

const partnershipRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/partnerships',
    validateSearch: parsePartnershipSearch,
    component: PartnershipsListPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/partnerships/new',
    component: PartnershipCreatePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/partnerships/$id',
    component: PartnershipDetailPage,
  }),
];

/** The catalogue of social services: areas, service types' cards, qualifications. */
const catalogueRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue',
    validateSearch: parseCatalogueSearch,
    component: CataloguePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue/types/new',
    component: ServiceTypeCreatePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue/types/$id',
    component: ServiceTypePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue/types/$id/edit',
    component: ServiceTypeEditPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue/qualifications',
    validateSearch: parseQualificationSearch,
    component: QualificationsPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue/qualifications/new',
    component: QualificationCreatePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue/qualifications/$id/edit',
    component: QualificationEditPage,
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
  authedRoute.addChildren([
    dashboardRoute,
    territoryRoute,
    ...institutionRoutes,
    ...partnershipRoutes,
    ...catalogueRoutes,
    auditRoute,
    ...userRoutes,
  ]),
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
