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
import { parseBeneficiarySearch } from '../features/beneficiaries/api/beneficiaries';
import { BeneficiariesListPage } from '../features/beneficiaries/components/BeneficiariesListPage';
import { BeneficiaryDetailPage } from '../features/beneficiaries/components/BeneficiaryDetailPage';
import { BeneficiaryEditPage } from '../features/beneficiaries/components/BeneficiaryEditPage';
import { BeneficiaryIntakePage } from '../features/beneficiaries/components/BeneficiaryIntakePage';
import {
  parseRedeemSearch,
  RedeemReferralPage,
} from '../features/beneficiaries/components/referral/RedeemReferralPage';
import { ReferralDetailPage } from '../features/beneficiaries/components/referral/ReferralDetailPage';
import {
  PublicSurveyPage,
  parseSurveySearch,
} from '../features/beneficiaries/components/voice/PublicSurveyPage';
import { SurveyResultsPage } from '../features/beneficiaries/components/voice/SurveyResultsPage';
import { parsePlanSearch } from '../features/commissioning/api/plans';
import { PlanCreatePage } from '../features/commissioning/components/PlanCreatePage';
import { PlanDetailPage } from '../features/commissioning/components/PlanDetailPage';
import { PlanEditPage } from '../features/commissioning/components/PlanEditPage';
import { PlansListPage } from '../features/commissioning/components/PlansListPage';
import { parseGroupSearch } from '../features/cooperation-groups/api/groups';
import { parsePeriodSummarySearch } from '../features/cooperation-groups/api/period-summaries';
import { parseSummarySearch } from '../features/cooperation-groups/api/reports';
import { AuthorisationsPage } from '../features/cooperation-groups/components/AuthorisationsPage';
import { ConveneGroupPage } from '../features/cooperation-groups/components/ConveneGroupPage';
import { GroupDetailPage } from '../features/cooperation-groups/components/GroupDetailPage';
import { GroupsListPage } from '../features/cooperation-groups/components/GroupsListPage';
import { MayorSummaryPage } from '../features/cooperation-groups/components/MayorSummaryPage';
import { NeedsReportsPage } from '../features/cooperation-groups/components/NeedsReportsPage';
import { PeriodSummariesPage } from '../features/cooperation-groups/components/PeriodSummariesPage';
import { PeriodSummaryPage } from '../features/cooperation-groups/components/PeriodSummaryPage';
import { parseInstitutionSearch } from '../features/institutions/api/list-institutions';
import { InstitutionCreatePage } from '../features/institutions/components/InstitutionCreatePage';
import { InstitutionEditPage } from '../features/institutions/components/InstitutionEditPage';
import { InstitutionsListPage } from '../features/institutions/components/InstitutionsListPage';
import { InvitationPage } from '../features/invitations/components/InvitationPage';
import { parsePartnershipSearch } from '../features/partnerships/api/list-partnerships';
import { PartnershipCreatePage } from '../features/partnerships/components/PartnershipCreatePage';
import { PartnershipDetailPage } from '../features/partnerships/components/PartnershipDetailPage';
import { PartnershipsListPage } from '../features/partnerships/components/PartnershipsListPage';
import { parseInitiativeSearch } from '../features/pes-initiatives/api/initiatives';
import { InitiativePage } from '../features/pes-initiatives/components/InitiativePage';
import { InitiativesPage } from '../features/pes-initiatives/components/InitiativesPage';
import { NewInitiativePage } from '../features/pes-initiatives/components/NewInitiativePage';
import { parsePilotSearch } from '../features/pilots/api/pilots';
import { NewPilotPage } from '../features/pilots/components/NewPilotPage';
import { PilotPage } from '../features/pilots/components/PilotPage';
import { PilotsPage } from '../features/pilots/components/PilotsPage';
import { parsePreparationProgrammeSearch } from '../features/preparation-programmes/api/programmes';
import { EditPreparationProgrammePage } from '../features/preparation-programmes/components/EditPreparationProgrammePage';
import { NewPreparationProgrammePage } from '../features/preparation-programmes/components/NewPreparationProgrammePage';
import { PreparationProgrammePage } from '../features/preparation-programmes/components/PreparationProgrammePage';
import { PreparationProgrammesPage } from '../features/preparation-programmes/components/PreparationProgrammesPage';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { parseAssessmentSearch } from '../features/provider-readiness/api/list-assessments';
import { AssessmentPage } from '../features/provider-readiness/components/AssessmentPage';
import { AssessmentsPage } from '../features/provider-readiness/components/AssessmentsPage';
import { parseQualificationSearch } from '../features/social-services/api/list-qualifications';
import { parseCatalogueSearch } from '../features/social-services/api/list-service-types';
import { AreaCreatePage } from '../features/social-services/components/AreaCreatePage';
import { AreaEditPage } from '../features/social-services/components/AreaEditPage';
import { CataloguePage } from '../features/social-services/components/CataloguePage';
import { QualificationCreatePage } from '../features/social-services/components/QualificationCreatePage';
import { QualificationEditPage } from '../features/social-services/components/QualificationEditPage';
import { QualificationsPage } from '../features/social-services/components/QualificationsPage';
import { ServiceTypeCreatePage } from '../features/social-services/components/ServiceTypeCreatePage';
import { ServiceTypeEditPage } from '../features/social-services/components/ServiceTypeEditPage';
import { parseDiagnosisSearch, parseNeedSearch } from '../features/staffing-needs/api/needs';
import { DiagnosisPage } from '../features/staffing-needs/components/DiagnosisPage';
import { parseTerritorySearch } from '../features/territory/api/list-units';
import { TerritoryPage } from '../features/territory/components/TerritoryPage';
import { parseTrainingProgrammeSearch } from '../features/training-programme/api/programmes';
import { ParticipantPage } from '../features/training-programme/components/ParticipantPage';
import { ProgrammeCreatePage } from '../features/training-programme/components/ProgrammeCreatePage';
import { ProgrammeDetailPage } from '../features/training-programme/components/ProgrammeDetailPage';
import { ProgrammesListPage } from '../features/training-programme/components/ProgrammesListPage';
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
import { ServiceTypeCardPage } from './pages/ServiceTypeCardPage';
import { StaffingPage } from './pages/StaffingPage';

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

/** The person's survey: answered by the code on the slip, without an account (the QR code fills it in). */
const surveyRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/survey',
  validateSearch: parseSurveySearch,
  component: PublicSurveyPage,
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
    // The page throws notFound() for a partnership that is not there: shown inside the app's layout.
    notFoundComponent: NotFoundPage,
  }),
];

/** Training and advisory programmes for JSTs (seed 003): list, new, a programme, one JST's participation. */
const trainingProgrammeRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/training-programmes',
    validateSearch: parseTrainingProgrammeSearch,
    component: ProgrammesListPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/training-programmes/new',
    component: ProgrammeCreatePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/training-programmes/$id',
    component: ProgrammeDetailPage,
    notFoundComponent: NotFoundPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/training-programmes/$id/participants/$participantId',
    component: ParticipantPage,
    notFoundComponent: NotFoundPage,
  }),
];

/** Commissioning plans (model C): the list, a new draft, a plan's page and a draft's form. */
const commissioningRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/commissioning',
    validateSearch: parsePlanSearch,
    component: PlansListPage,
  }),
  createRoute({ getParentRoute: () => authedRoute, path: '/commissioning/new', component: PlanCreatePage }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/commissioning/$id',
    component: PlanDetailPage,
    notFoundComponent: NotFoundPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/commissioning/$id/edit',
    component: PlanEditPage,
    notFoundComponent: NotFoundPage,
  }),
];

/** People of partnerships' services: the list, intake by the entry institution, a person's page. */
const beneficiaryRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/beneficiaries',
    validateSearch: parseBeneficiarySearch,
    component: BeneficiariesListPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/beneficiaries/new',
    component: BeneficiaryIntakePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/beneficiaries/$id',
    component: BeneficiaryDetailPage,
    notFoundComponent: NotFoundPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/beneficiaries/$id/edit',
    component: BeneficiaryEditPage,
    notFoundComponent: NotFoundPage,
  }),
  // The operator enters the code from the person's referral card (the card's QR code fills it in).
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/referrals/redeem',
    validateSearch: parseRedeemSearch,
    component: RedeemReferralPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/referrals/$referralId',
    component: ReferralDetailPage,
    notFoundComponent: NotFoundPage,
  }),
  // The partnership's monitoring of the person's voice (counts and proposals, no names).
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/partnerships/$id/survey-results',
    component: SurveyResultsPage,
    notFoundComponent: NotFoundPage,
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
    path: '/catalogue/areas/new',
    component: AreaCreatePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue/areas/$id/edit',
    component: AreaEditPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue/types/new',
    component: ServiceTypeCreatePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/catalogue/types/$id',
    component: ServiceTypeCardPage,
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

/** Cooperation groups (model D): the list, convening, a group's page, authorisations, summary, ROPS record. */
const cooperationGroupRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/cooperation-groups',
    validateSearch: parseGroupSearch,
    component: GroupsListPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/cooperation-groups/new',
    component: ConveneGroupPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/cooperation-groups/authorisations',
    component: AuthorisationsPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/cooperation-groups/summary',
    validateSearch: parseSummarySearch,
    component: MayorSummaryPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/cooperation-groups/summaries',
    validateSearch: parsePeriodSummarySearch,
    component: PeriodSummariesPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/cooperation-groups/summaries/$id',
    component: PeriodSummaryPage,
    notFoundComponent: NotFoundPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/cooperation-groups/needs-reports',
    component: NeedsReportsPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/cooperation-groups/$id',
    component: GroupDetailPage,
    notFoundComponent: NotFoundPage,
  }),
];

/** Providers' readiness to deliver a service type: their assessments and the OWES's verification. */
const readinessRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/readiness',
    validateSearch: parseAssessmentSearch,
    component: AssessmentsPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/readiness/$id',
    component: AssessmentPage,
  }),
];

/** Pilot testing of the model (seed 001): candidate sites, experts, monthly reports. */
const pilotRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/pilots',
    validateSearch: parsePilotSearch,
    component: PilotsPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/pilots/new',
    component: NewPilotPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/pilots/$id',
    component: PilotPage,
  }),
];

/** Initiative groups preparing to found a PES (sphere 2). */
const pesInitiativeRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/pes-initiatives',
    validateSearch: parseInitiativeSearch,
    component: InitiativesPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/pes-initiatives/new',
    component: NewInitiativePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/pes-initiatives/$id',
    component: InitiativePage,
  }),
];

/** Providers' staffing needs and their joint diagnosis per gmina and powiat. */
const staffingRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/staffing',
    validateSearch: parseNeedSearch,
    component: StaffingPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/staffing/diagnosis',
    validateSearch: parseDiagnosisSearch,
    component: DiagnosisPage,
  }),
];

/** CIS and KIS preparation programmes for declared staffing needs. */
const preparationProgrammeRoutes = [
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/preparation-programmes',
    validateSearch: parsePreparationProgrammeSearch,
    component: PreparationProgrammesPage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/preparation-programmes/new',
    component: NewPreparationProgrammePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/preparation-programmes/$id',
    component: PreparationProgrammePage,
  }),
  createRoute({
    getParentRoute: () => authedRoute,
    path: '/preparation-programmes/$id/edit',
    component: EditPreparationProgrammePage,
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
  publicRoute.addChildren([signInRoute, invitationRoute, surveyRoute]),
  authedRoute.addChildren([
    dashboardRoute,
    territoryRoute,
    ...institutionRoutes,
    ...partnershipRoutes,
    ...cooperationGroupRoutes,
    ...beneficiaryRoutes,
    ...catalogueRoutes,
    ...readinessRoutes,
    ...staffingRoutes,
    ...preparationProgrammeRoutes,
    ...pesInitiativeRoutes,
    ...pilotRoutes,
    ...commissioningRoutes,
    ...trainingProgrammeRoutes,
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
