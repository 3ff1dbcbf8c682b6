import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionResponse } from '../../common/contracts/attention';
import type { MeResponse } from '../../common/contracts/auth';
import type {
  PlanView as CommissioningPlanView,
  PlanListResponse,
} from '../../common/contracts/commissioning';
import type { LifecycleView } from '../../common/contracts/partnership-activity';
import type { AgreementList } from '../../common/contracts/partnership-agreements';
import type { BudgetResponse, PledgeListResponse } from '../../common/contracts/partnership-budget';
import type { PlanView } from '../../common/contracts/partnership-plan';
import type { PartnershipListResponse } from '../../common/contracts/partnerships';
import type { InitiativeListResponse } from '../../common/contracts/pes-initiatives';
import type { PilotListResponse, PilotView, TestingView } from '../../common/contracts/pilots';
import type {
  ProgrammeListResponse as PreparationListResponse,
  ProgrammeView as PreparationView,
} from '../../common/contracts/preparation-programmes';
import type { AssessmentListResponse } from '../../common/contracts/provider-readiness';
import type { StaffingNeedListResponse } from '../../common/contracts/staffing-needs';
import type {
  ParticipantListResponse,
  ProgressView,
  ProgrammeListResponse as TrainingListResponse,
} from '../../common/contracts/training-programme';
import { buildUser } from '../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../tests/support/test-app';
import { users } from '../modules/accounts';
import { institutions } from '../modules/institutions';
import { demoContractedService, demoPlanTitle } from './demo-commissioning';
import { demoAccounts, demoInstitutionName, demoInstitutions, demoPassword } from './demo-data';
import { demoInitiativeName } from './demo-initiative';
import { demoPartnershipNames } from './demo-partnerships';
import { demoPilotName } from './demo-pilot';
import { demoProgrammeTitle } from './demo-programmes';
import { hasDemoAccounts } from './demo-seed';
import { demoTrainingName } from './demo-training';
import { prepareDatabase } from './prepare-database';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const counts = async () => ({
  users: (await t.ctx.db.select({ n: count() }).from(users))[0]!.n,
  institutions: (await t.ctx.db.select({ n: count() }).from(institutions))[0]!.n,
});

describe('the demo data', () => {
  it('fills an empty database with the demo locality and one account per role', async () => {
    expect(await hasDemoAccounts(t.ctx.db)).toBe(false);
    await prepareDatabase(t.database, { seedDemo: true });

    expect(await counts()).toEqual({
      users: demoAccounts.length,
      institutions: Object.keys(demoInstitutions).length,
    });
    expect(await hasDemoAccounts(t.ctx.db)).toBe(true);
    const roles = new Set(demoAccounts.map((a) => a.role));
    expect([...roles].sort()).toEqual(
      [
        'caseWorker',
        'coordinator',
        'evaluator',
        'institutionAdmin',
        'manager',
        'official',
        'platformAdmin',
      ].sort(),
    );
  });

  it('is not loaded again when the app restarts on the same database', async () => {
    const before = await counts();
    await prepareDatabase(t.database, { seedDemo: true });
    expect(await counts()).toEqual(before);
  });

  it.each(demoAccounts.map((a) => [a.email, a] as const))(
    '%s signs in with the documented password and sees their institution and role',
    async (_email, account) => {
      const agent = await t.agent().signIn(account.email, demoPassword);
      const { user } = (await agent.get('/api/auth/me')).json<MeResponse>();
      expect(user.displayName).toBe(account.displayName);
      if (account.role === 'platformAdmin') {
        expect(user.isPlatformAdmin).toBe(true);
        expect(user.memberships).toEqual([]);
      } else {
        expect(user.isPlatformAdmin).toBe(false);
        expect(user.memberships.map((m) => [m.institutionName, m.role])).toEqual([
          [demoInstitutionName(account), account.role],
        ]);
      }
    },
  );
});

describe('the demo partnerships', () => {
  const signIn = (prefix: string) =>
    t.agent().signIn(demoAccounts.find((a) => a.email.startsWith(prefix))!.email, demoPassword);

  it('a model A partnership at step 8 with its agreement, plan, pledges, budget per payer and a meeting', async () => {
    const ops = await signIn('ops.admin');
    const list = (await ops.get('/api/partnerships?mine=true')).json<PartnershipListResponse>();
    const card = list.items.find((i) => i.name === demoPartnershipNames.integration);
    expect(card).toMatchObject({ kind: 'integrationPartnership', currentStep: 'resourcesSecured' });
    expect(card?.members.map((m) => m.institution.name).sort()).toEqual(
      [
        demoInstitutions.ops.name,
        demoInstitutions.pup.name,
        demoInstitutions.ngo.name,
        demoInstitutions.gmina.name,
      ].sort(),
    );
    const url = `/api/partnerships/${card!.id}`;
    const [agreement] = (await ops.get(`${url}/agreements`)).json<AgreementList>().items;
    expect(agreement).toMatchObject({ kind: 'cooperation', state: 'inForce', signedCount: 4, partyCount: 4 });

    const plan = (await ops.get(`${url}/plan`)).json<PlanView>();
    expect(plan.goals.length).toBeGreaterThan(0);
    expect(plan.targetGroup?.plannedSize).toBe(12);
    expect(plan.tasks.filter((task) => task.overdue)).toHaveLength(1);
    const pledges = (await ops.get(`${url}/resources`)).json<PledgeListResponse>();
    expect(new Set(pledges.items.map((i) => i.memberId)).size).toBe(4);
    const budget = (await ops.get(`${url}/budget`)).json<BudgetResponse>();
    expect(budget.totals.byPayer).toHaveLength(4);
    expect((await ops.get(`${url}/meetings`)).json<{ items: unknown[] }>().items).toHaveLength(1);

    const lifecycle = (await ops.get(`${url}/lifecycle`)).json<LifecycleView>();
    // Steps 1–7 done; step 8 has its artefacts, so a member can complete it in the demo.
    expect(lifecycle.steps.filter((s) => s.status === 'completed')).toHaveLength(7);
    expect(lifecycle.steps.find((s) => s.step === 'resourcesSecured')).toMatchObject({
      status: 'inProgress',
      missing: null,
    });
  });

  it('the OPS is reminded of its overdue task and of the agreement running out', async () => {
    const items = (await (await signIn('ops.admin')).get('/api/attention')).json<AttentionResponse>().items;
    expect(items.map((i) => i.kind)).toEqual(
      expect.arrayContaining(['partnershipTasksOverdue', 'agreementsExpiringSoon']),
    );
  });

  it('a social employment coalition waits at step 2', async () => {
    const list = (
      await (await signIn('gmina.urzednik')).get('/api/partnerships?kind=socialEmploymentCoalition')
    ).json<PartnershipListResponse>();
    expect(list.items.find((i) => i.name === demoPartnershipNames.coalition)).toMatchObject({
      currentStep: 'partnersAcquired',
      status: 'active',
    });
  });
});

describe('the demo of commissioning, readiness, programmes, pilots, training and PES founding', () => {
  // One platform administrator reads it all: sign-ins from one address are rate-limited.
  let admin: Agent;
  beforeAll(async () => {
    admin = await t.agent().signIn(demoAccounts[0].email, demoPassword);
  });
  const year = new Date().getUTCFullYear();

  it("the gmina's plan is adopted, with commissions, a contract with the confirmed association and the MGOPS's review", async () => {
    const list = (await admin.get('/api/commissioning/plans?state=adopted')).json<PlanListResponse>();
    const card = list.items.find((i) => i.title === demoPlanTitle(year));
    expect(card).toMatchObject({
      state: 'adopted',
      commissionCount: 3,
      resolutionNumber: `XV/118/${year - 1}`,
    });
    const plan = (await admin.get(`/api/commissioning/plans/${card!.id}`)).json<CommissioningPlanView>();
    expect(plan.targets.map((target) => target.year)).toEqual([year, year + 1]);
    expect(plan.contracts).toHaveLength(1);
    expect(plan.contracts[0]!.contractor.name).toBe(demoInstitutions.ngo.name);
    expect(plan.reviews).toHaveLength(1);
    expect(plan.reviews[0]).toMatchObject({ reviewer: { name: demoInstitutions.ops.name }, status: 'open' });

    // The association's confirmation is the demo's only one: the cooperative's own list stays
    // empty, so a person trying the app starts an assessment there from nothing.
    const assessments = (
      await admin.get('/api/provider-readiness/assessments?view=own')
    ).json<AssessmentListResponse>();
    expect(assessments.items.map((a) => [a.institution.name, a.serviceType.code, a.status])).toEqual([
      [demoInstitutions.ngo.name, demoContractedService, 'confirmed'],
    ]);
  });

  it("the CIS runs a programme for the cooperative's need: three participants, one graduated and hired", async () => {
    const list = (await admin.get('/api/preparation-programmes')).json<PreparationListResponse>();
    const card = list.items.find((i) => i.title === demoProgrammeTitle);
    expect(card).toMatchObject({ state: 'running', counts: { graduated: 1, hired: 1 } });
    const programme = (await admin.get(`/api/preparation-programmes/${card!.id}`)).json<PreparationView>();
    expect(programme.participants?.map((p) => [p.label, p.state])).toEqual(
      expect.arrayContaining([
        ['Marta W.', 'graduated'],
        ['Zofia P.', 'inProgress'],
        ['Krzysztof L.', 'enrolled'],
      ]),
    );
    expect(programme.staffingNeeds).toEqual([expect.objectContaining({ filled: 1, status: 'filled' })]);
    // The hire filled the need, so no open need is left for the diagnosis.
    const open = (await admin.get('/api/staffing-needs')).json<StaffingNeedListResponse>();
    expect(open.total).toBe(0);
  });

  it("the ROPS's pilot has its chosen site with a trained caretaker, an untrained expert and month 1's report", async () => {
    const list = (await admin.get('/api/pilots')).json<PilotListResponse>();
    const card = list.items.find((i) => i.name === demoPilotName);
    expect(card).toMatchObject({
      organiser: { name: demoInstitutions.rops.name },
      state: 'selected',
    });
    const pilot = (await admin.get(`/api/pilots/${card!.id}`)).json<PilotView>();
    expect(pilot.candidates.map((c) => [c.institution.name, c.state])).toEqual([
      [demoInstitutions.cis.name, 'chosen'],
      [demoInstitutions.kis.name, 'reserve'],
    ]);
    expect(pilot.experts.map((e) => [e.trained, e.site !== null])).toEqual(
      expect.arrayContaining([
        [true, true],
        [false, false],
      ]),
    );
    const testing = (await admin.get(`/api/pilots/${card!.id}/testing`)).json<TestingView>();
    expect(testing.reports.map((r) => [r.month, r.late])).toEqual([[1, false]]);
  });

  it('the training programme counts the gmina and the powiat in lubelskie, below and above the advisory minimum', async () => {
    const list = (await admin.get('/api/training-programmes')).json<TrainingListResponse>();
    const card = list.items.find((i) => i.name === demoTrainingName);
    expect(card).toMatchObject({ enrolledJsts: 2, operator: { name: demoInstitutions.rops.name } });
    const url = `/api/training-programmes/${card!.id}`;
    const jsts = (await admin.get(`${url}/participants`)).json<ParticipantListResponse>();
    expect(jsts.items.map((j) => [j.jst.name, j.minimumMet, j.trained, j.outcome !== null]).sort()).toEqual(
      [
        [demoInstitutions.gmina.name, true, true, true],
        [demoInstitutions.powiat.name, false, false, false],
      ].sort(),
    );
    const progress = (await admin.get(`${url}/progress`)).json<ProgressView>();
    expect(progress.rows.find((r) => r.voivodeshipCode === '06')).toMatchObject({
      enrolled: 2,
      priority: 1,
      trained: 1,
      advisoryMinimumMet: 1,
      visitsDone: 2,
      plansAdopted: 1,
    });
  });

  it("the OWES supports an initiative group preparing a social cooperative for the plan's home care", async () => {
    const list = (await admin.get('/api/pes-initiatives')).json<InitiativeListResponse>();
    expect(list.items.map((i) => [i.name, i.legalForm, i.state])).toEqual([
      [demoInitiativeName, 'socialCooperative', 'preparing'],
    ]);
  });
});

describe('a database with real users', () => {
  let other: TestApp;
  beforeAll(async () => {
    other = await createTestApp();
  });
  afterAll(() => other.close());

  it('never receives the demo data, even when the demo is switched on', async () => {
    await buildUser(other.ctx);
    await prepareDatabase(other.database, { seedDemo: true });
    expect(await hasDemoAccounts(other.ctx.db)).toBe(false);
    expect((await other.ctx.db.select({ n: count() }).from(institutions))[0]!.n).toBe(0);
  });
});
