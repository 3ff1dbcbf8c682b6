import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberListResponse, MemberView } from '../../../common/contracts/accounts';
import { buildMember } from '../../../tests/support/factories/users';
import { errorCode, fieldsOf } from '../../../tests/support/responses';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { accountsFixtures } from './test-helpers';

let t: TestApp;
let f: ReturnType<typeof accountsFixtures>;

beforeAll(async () => {
  t = await createTestApp();
  f = accountsFixtures(t);
});
afterAll(() => t.close());

const membersOf = async (
  agent: Awaited<ReturnType<typeof f.signedInMember>>['agent'],
  institutionId: string,
  query = '',
) => agent.get(`/api/institutions/${institutionId}/members${query}`);

const memberIn = (list: MemberListResponse, membershipId: string) =>
  list.items.find((m) => m.id === membershipId) as MemberView;

describe('members of an institution', () => {
  it('an admin, a manager and a coordinator see their institution’s members; a case worker may not', async () => {
    const home = await f.institution();
    const admin = await f.signedInMember(home.id, 'institutionAdmin', 'Ewa Admińska');
    const manager = await f.signedInMember(home.id, 'manager', 'Łukasz Kierownik');
    const coordinator = await f.signedInMember(home.id, 'coordinator');
    const caseWorker = await f.signedInMember(home.id, 'caseWorker');

    const asAdmin = (await membersOf(admin.agent, home.id, '?q=lukasz')).json<MemberListResponse>();
    expect(asAdmin.items.map((m) => m.displayName)).toEqual(['Łukasz Kierownik']);
    expect(asAdmin.items[0]).not.toHaveProperty('passwordHash');
    expect(asAdmin.institution.abilities).toEqual({ invite: true, manage: true });
    expect(asAdmin.items[0]!.abilities).toEqual({ changeRole: true, deactivate: true });

    const asManager = (await membersOf(manager.agent, home.id)).json<MemberListResponse>();
    expect(asManager.total).toBe(4);
    expect(asManager.institution.abilities).toEqual({ invite: false, manage: false });
    expect(asManager.items.every((m) => !m.abilities.changeRole && !m.abilities.deactivate)).toBe(true);
    expect((await membersOf(coordinator.agent, home.id)).statusCode).toBe(200);
    expect((await membersOf(caseWorker.agent, home.id)).statusCode).toBe(403);
    expect((await t.agent().get(`/api/institutions/${home.id}/members`)).statusCode).toBe(401);
  });

  it('a user of institution A never sees nor changes members of institution B: 404', async () => {
    const a = await f.institution();
    const b = await f.institution();
    const adminA = await f.signedInMember(a.id, 'institutionAdmin');
    const adminB = await f.signedInMember(b.id, 'institutionAdmin');
    const memberB = adminB.member.membership;
    expect((await membersOf(adminA.agent, b.id)).statusCode).toBe(404);
    const change = await adminA.agent.patch(`/api/memberships/${memberB.id}`, {
      role: 'caseWorker',
      version: 1,
    });
    expect(change.statusCode).toBe(404);
    const end = await adminA.agent.post(`/api/memberships/${memberB.id}/deactivate`, { version: 1 });
    expect(end.statusCode).toBe(404);
  });

  it('a malformed id or body is refused naming the field', async () => {
    const home = await f.institution();
    const admin = await f.signedInMember(home.id, 'institutionAdmin');
    const badId = await admin.agent.patch('/api/memberships/not-a-uuid', { role: 'manager', version: 1 });
    expect(badId.statusCode).toBe(400);
    const badBody = await admin.agent.patch(`/api/memberships/${admin.member.membership.id}`, {
      role: 'boss',
    });
    expect(Object.keys(fieldsOf(badBody)).sort()).toEqual(['role', 'version']);
  });
});

describe('changing a member’s role', () => {
  it('the admin changes it; the change is audited; a stale version answers 409 with the current membership', async () => {
    const home = await f.institution();
    const admin = await f.signedInMember(home.id, 'institutionAdmin');
    const { member } = await f.signedInMember(home.id, 'caseWorker');
    const change = await admin.agent.patch(`/api/memberships/${member.membership.id}`, {
      role: 'coordinator',
      version: 1,
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({ role: 'coordinator', version: 2 });
    const [event] = await f.auditOf(member.membership.id, 'membership.changeRole');
    expect(event).toMatchObject({
      institutionId: home.id,
      changes: { role: { before: 'caseWorker', after: 'coordinator' } },
    });

    const stale = await admin.agent.patch(`/api/memberships/${member.membership.id}`, {
      role: 'manager',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ role: 'coordinator', version: 2 });
  });

  it('the new role’s rights apply on the member’s very next request', async () => {
    const home = await f.institution();
    const admin = await f.signedInMember(home.id, 'institutionAdmin');
    const worker = await f.signedInMember(home.id, 'caseWorker');
    expect((await membersOf(worker.agent, home.id)).statusCode).toBe(403);
    await admin.agent.patch(`/api/memberships/${worker.member.membership.id}`, {
      role: 'manager',
      version: 1,
    });
    expect((await membersOf(worker.agent, home.id)).statusCode).toBe(200);
  });

  it('the last active administrator cannot be demoted; with a second one, they can', async () => {
    const home = await f.institution();
    const admin = await f.signedInMember(home.id, 'institutionAdmin');
    const own = admin.member.membership;
    const listed = memberIn((await membersOf(admin.agent, home.id)).json(), own.id);
    expect(listed.abilities).toEqual({ changeRole: false, deactivate: false });

    const demote = await admin.agent.patch(`/api/memberships/${own.id}`, { role: 'manager', version: 1 });
    expect(demote.statusCode).toBe(409);
    expect(errorCode(demote)).toBe('membership.lastAdmin');
    expect(demote.json().error.message).toContain('jedyny aktywny administrator');
    const remove = await admin.agent.post(`/api/memberships/${own.id}/deactivate`, { version: 1 });
    expect(errorCode(remove)).toBe('membership.lastAdmin');

    await buildMember(t.ctx, home.id, 'institutionAdmin');
    const now = await admin.agent.patch(`/api/memberships/${own.id}`, { role: 'manager', version: 1 });
    expect(now.statusCode).toBe(200);
  });

  it('two administrators demoting each other at the same moment leave one administrator, not none', async () => {
    const home = await f.institution();
    const first = await f.signedInMember(home.id, 'institutionAdmin');
    const second = await f.signedInMember(home.id, 'institutionAdmin');
    const results = await Promise.all([
      first.agent.patch(`/api/memberships/${second.member.membership.id}`, { role: 'manager', version: 1 }),
      second.agent.patch(`/api/memberships/${first.member.membership.id}`, { role: 'manager', version: 1 }),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    expect(results.map(errorCode).filter(Boolean)).toContain('membership.lastAdmin');
  });
});

describe('ending a membership', () => {
  it('the member loses the institution’s rights at once, keeps the account, and it is audited', async () => {
    const home = await f.institution();
    const admin = await f.signedInMember(home.id, 'institutionAdmin');
    const coordinator = await f.signedInMember(home.id, 'coordinator');
    expect((await membersOf(coordinator.agent, home.id)).statusCode).toBe(200);

    const end = await admin.agent.post(`/api/memberships/${coordinator.member.membership.id}/deactivate`, {
      version: 1,
    });
    expect(end.statusCode, end.body).toBe(200);
    expect(end.json()).toMatchObject({
      status: 'inactive',
      abilities: { changeRole: false, deactivate: false },
    });
    expect((await membersOf(coordinator.agent, home.id)).statusCode).toBe(403);
    const me = await coordinator.agent.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.memberships).toEqual([]);
    const [event] = await f.auditOf(coordinator.member.membership.id, 'membership.deactivate');
    expect(event?.institutionId).toBe(home.id);

    const active = (await membersOf(admin.agent, home.id)).json<MemberListResponse>();
    expect(active.items.map((m) => m.id)).not.toContain(coordinator.member.membership.id);
    const ended = (await membersOf(admin.agent, home.id, '?status=inactive')).json<MemberListResponse>();
    expect(ended.items.map((m) => m.id)).toEqual([coordinator.member.membership.id]);

    const again = await admin.agent.post(`/api/memberships/${coordinator.member.membership.id}/deactivate`, {
      version: 2,
    });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('membership.inactive');
  });

  it('a manager may see members but not end a membership: 403', async () => {
    const home = await f.institution();
    const manager = await f.signedInMember(home.id, 'manager');
    const end = await manager.agent.post(`/api/memberships/${manager.member.membership.id}/deactivate`, {
      version: 1,
    });
    expect(end.statusCode).toBe(403);
  });
});
