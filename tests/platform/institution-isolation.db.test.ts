import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberView } from '../../common/contracts/accounts';
import { type MembershipRole, membershipRoles } from '../../common/enums';
import { rolePermissions } from '../../common/permissions';
import { buildInstitution } from '../support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../support/test-app';

/**
 * No user of institution B reads or changes institution A's private records, whatever B's role:
 * each such record answers 404, exactly as a record that does not exist, and stays as it was.
 * The institution card itself is in the shared registry: B reads it, and a change is refused
 * with 403.
 */

/** Routes on a record of the shared registry (readable by every signed-in user). */
const SHARED_RECORD_ROUTES = new Set([
  'GET /api/institutions/:id',
  'PATCH /api/institutions/:id',
  'POST /api/institutions/:id/deactivate',
  'POST /api/institutions/:id/reactivate',
]);

/** Routes whose `:id` names a record another institution may not know of; every one is probed. */
const PRIVATE_RECORD_ROUTES = [
  'GET /api/institutions/:id/members',
  'GET /api/institutions/:id/invitations',
  'POST /api/institutions/:id/invitations',
  'PATCH /api/memberships/:id',
  'POST /api/memberships/:id/deactivate',
  'POST /api/users/:id/deactivate',
  'POST /api/users/:id/reactivate',
  'POST /api/invitations/:id/revoke',
] as const;

let t: TestApp;
let adminA: Agent;
let a: { institutionId: string; membershipId: string; userId: string; invitationId: string };
const outsiders = new Map<string, Agent>();

beforeAll(async () => {
  t = await createTestApp();
  const institutionA = await buildInstitution(t.ctx);
  const adminAccount = await buildMember(t.ctx, institutionA.id, 'institutionAdmin');
  const workerA = await buildMember(t.ctx, institutionA.id, 'caseWorker');
  adminA = await t.agent().signIn(adminAccount.email, DEFAULT_PASSWORD);
  const invited = await adminA.post(`/api/institutions/${institutionA.id}/invitations`, {
    email: 'zaproszona@example.pl',
    displayName: 'Zaproszona Osoba',
    role: 'coordinator',
  });
  expect(invited.statusCode).toBe(201);
  a = {
    institutionId: institutionA.id,
    membershipId: workerA.membership.id,
    userId: workerA.id,
    invitationId: invited.json<{ invitation: { id: string } }>().invitation.id,
  };

  const institutionB = await buildInstitution(t.ctx);
  for (const role of membershipRoles) {
    const member = await buildMember(t.ctx, institutionB.id, role);
    outsiders.set(role, await t.agent().signIn(member.email, DEFAULT_PASSWORD));
  }
  // A person who belongs to no institution at all is an outsider too.
  const loner = await buildUser(t.ctx);
  outsiders.set('no institution', await t.agent().signIn(loner.email, DEFAULT_PASSWORD));
});
afterAll(() => t.close());

function urlFor(route: (typeof PRIVATE_RECORD_ROUTES)[number]): string {
  const path = route.split(' ')[1] as string;
  if (path.startsWith('/api/institutions/')) return path.replace(':id', a.institutionId);
  if (path.startsWith('/api/memberships/')) return path.replace(':id', a.membershipId);
  if (path.startsWith('/api/users/')) return path.replace(':id', a.userId);
  return path.replace(':id', a.invitationId);
}

/** A body the route would accept from someone allowed, so only the access check can refuse it. */
function validBody(route: string): object | undefined {
  if (route === 'POST /api/institutions/:id/invitations')
    return { email: 'intruz@example.pl', displayName: 'Intruz', role: 'institutionAdmin' };
  if (route === 'PATCH /api/memberships/:id') return { role: 'institutionAdmin', version: 1 };
  if (route === 'POST /api/memberships/:id/deactivate') return { version: 1 };
  return route.startsWith('POST') ? {} : undefined;
}

describe('institution isolation', () => {
  it('every route on a record classifies it as shared or private, so a new route cannot slip past', () => {
    const private_ = new Set<string>(PRIVATE_RECORD_ROUTES);
    const unclassified = t.app.routeCatalog
      .filter((r) => r.method !== 'HEAD' && r.url.includes('/:id'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !SHARED_RECORD_ROUTES.has(r) && !private_.has(r));
    expect(unclassified).toEqual([]);
  });

  it("no role of another institution reads or changes institution A's private records: 404 each time", async () => {
    const leaks: string[] = [];
    for (const [who, agent] of outsiders) {
      for (const route of PRIVATE_RECORD_ROUTES) {
        const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PATCH', string];
        const access = t.app.routeCatalog.find((r) => r.method === method && r.url === url)?.access;
        // A role without the route's permission is turned away before any record is looked up
        // (403, which says nothing of the record); a role holding it must find nothing (404).
        const holdsPermission = rolePermissions[who as MembershipRole]?.includes(access as never) ?? false;
        const expected = holdsPermission || access === 'signedIn' ? 404 : 403;
        const response = await agent.request({ method, url: urlFor(route), payload: validBody(route) });
        if (response.statusCode !== expected) leaks.push(`${who}: ${route} → ${response.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("lists of users and audit events never show institution A's people or events to another institution", async () => {
    const admin = outsiders.get('institutionAdmin') as Agent;
    const users = await admin.get('/api/users?pageSize=100');
    expect(users.statusCode).toBe(200);
    expect(users.body).not.toContain(a.userId);
    const audit = await admin.get(`/api/audit?institutionId=${a.institutionId}`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it("after every attempt, institution A's member, invitation and account are exactly as they were", async () => {
    const members = await adminA.get(`/api/institutions/${a.institutionId}/members?status=all`);
    const worker = members.json<{ items: MemberView[] }>().items.find((m) => m.id === a.membershipId);
    expect(worker).toMatchObject({
      role: 'caseWorker',
      status: 'active',
      accountStatus: 'active',
      version: 1,
    });
    const invitations = await adminA.get(`/api/institutions/${a.institutionId}/invitations`);
    const statuses = invitations.json<{ items: { email: string; status: string }[] }>().items;
    expect(statuses).toEqual([
      expect.objectContaining({ email: 'zaproszona@example.pl', status: 'pending' }),
    ]);
  });

  it('the shared card of institution A is readable by everyone, and a change by an outsider is refused with 403', async () => {
    const admin = outsiders.get('institutionAdmin') as Agent;
    const card = await admin.get(`/api/institutions/${a.institutionId}`);
    expect(card.statusCode).toBe(200);
    const { version } = card.json<{ version: number }>();
    const change = await admin.patch(`/api/institutions/${a.institutionId}`, { name: 'Przejęta', version });
    expect(change.statusCode).toBe(403);
    const deactivation = await admin.post(`/api/institutions/${a.institutionId}/deactivate`, {
      reason: 'Przejęcie cudzej instytucji',
    });
    expect(deactivation.statusCode).toBe(403);
    expect((await admin.get(`/api/institutions/${a.institutionId}`)).json<{ name: string }>().name).not.toBe(
      'Przejęta',
    );
  });
});
