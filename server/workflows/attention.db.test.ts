import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../common/contracts/attention';
import { buildInstitution } from '../../tests/support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../tests/support/test-app';
import { invitations } from '../modules/accounts/accounts.table';

let t: TestApp;
let ops: { id: string; name: string };
let opsAdmin: Agent;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

async function invite(agent: Agent, institutionId: string, email: string, expiresAt: Date) {
  const response = await agent.post(`/api/institutions/${institutionId}/invitations`, {
    email,
    displayName: 'Osoba Zaproszona',
    role: 'caseWorker',
  });
  expect(response.statusCode).toBe(201);
  const { id } = response.json<{ invitation: { id: string } }>().invitation;
  await t.database.db.update(invitations).set({ expiresAt }).where(eq(invitations.id, id));
}

const attentionOf = async (agent: Agent) => {
  const response = await agent.get('/api/attention');
  expect(response.statusCode).toBe(200);
  return response.json<{ items: AttentionItem[] }>().items;
};

beforeAll(async () => {
  t = await createTestApp();
  ops = await buildInstitution(t.ctx, { name: 'Ośrodek Pomocy Społecznej w Modliborzycach' });
  const admin = await buildMember(t.ctx, ops.id, 'institutionAdmin');
  opsAdmin = await t.agent().signIn(admin.email, DEFAULT_PASSWORD);
});
afterAll(() => t.close());

describe('what needs my attention on the home page', () => {
  it('nothing, for an institution with nothing pending', async () => {
    expect(await attentionOf(opsAdmin)).toEqual([]);
  });

  it('an institution admin is told of invitations lapsing within two days and of lapsed ones, per institution', async () => {
    await invite(opsAdmin, ops.id, 'wkrotce1@example.pl', hoursFromNow(20));
    await invite(opsAdmin, ops.id, 'wkrotce2@example.pl', hoursFromNow(40));
    await invite(opsAdmin, ops.id, 'pozniej@example.pl', hoursFromNow(24 * 6));
    await invite(opsAdmin, ops.id, 'minelo@example.pl', hoursFromNow(-5));
    const institution = { institutionId: ops.id, institutionName: ops.name };
    expect(await attentionOf(opsAdmin)).toEqual([
      { kind: 'invitationsExpiringSoon', count: 2, ...institution },
      { kind: 'invitationsExpired', count: 1, ...institution },
    ]);
  });

  it("never counts another institution's invitations, nor shows them to a role that does not invite", async () => {
    const other = await buildInstitution(t.ctx);
    const otherAdmin = await buildMember(t.ctx, other.id, 'institutionAdmin');
    const otherAgent = await t.agent().signIn(otherAdmin.email, DEFAULT_PASSWORD);
    expect(await attentionOf(otherAgent)).toEqual([]);
    const worker = await buildMember(t.ctx, ops.id, 'caseWorker');
    expect(await attentionOf(await t.agent().signIn(worker.email, DEFAULT_PASSWORD))).toEqual([]);
  });

  it('a locked-out member is shown to the institution admin, and every locked account to the platform admin', async () => {
    const member = await buildMember(t.ctx, ops.id, 'coordinator');
    for (let attempt = 0; attempt < 5; attempt += 1)
      await t.agent().post('/api/auth/login', { email: member.email, password: 'Zle-haslo-000' });
    expect(await attentionOf(opsAdmin)).toContainEqual({
      kind: 'accountsLocked',
      count: 1,
      institutionId: ops.id,
      institutionName: ops.name,
    });
    const platformAdmin = await buildUser(t.ctx, { isPlatformAdmin: true });
    const platform = await attentionOf(await t.agent().signIn(platformAdmin.email, DEFAULT_PASSWORD));
    expect(platform).toEqual([
      { kind: 'accountsLocked', count: 1, institutionId: null, institutionName: null },
    ]);
  });
});
