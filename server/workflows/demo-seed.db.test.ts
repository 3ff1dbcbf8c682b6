import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionResponse } from '../../common/contracts/attention';
import type { MeResponse } from '../../common/contracts/auth';
import type { LifecycleView } from '../../common/contracts/partnership-activity';
import type { AgreementList } from '../../common/contracts/partnership-agreements';
import type { BudgetResponse, PledgeListResponse } from '../../common/contracts/partnership-budget';
import type { PlanView } from '../../common/contracts/partnership-plan';
import type { PartnershipListResponse } from '../../common/contracts/partnerships';
import { buildUser } from '../../tests/support/factories/users';
import { createTestApp, type TestApp } from '../../tests/support/test-app';
import { users } from '../modules/accounts';
import { institutions } from '../modules/institutions';
import { demoAccounts, demoInstitutionName, demoInstitutions, demoPassword } from './demo-data';
import { demoPartnershipNames } from './demo-partnerships';
import { hasDemoAccounts } from './demo-seed';
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
