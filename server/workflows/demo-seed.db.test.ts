import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../common/contracts/auth';
import { buildUser } from '../../tests/support/factories/users';
import { createTestApp, type TestApp } from '../../tests/support/test-app';
import { users } from '../modules/accounts';
import { institutions } from '../modules/institutions';
import { demoAccounts, demoInstitutionName, demoInstitutions, demoPassword } from './demo-data';
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
