import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberView } from '../../common/contracts/accounts';
import { type MembershipRole, membershipRoles } from '../../common/enums';
import { rolePermissions } from '../../common/permissions';
import {
  createAgreement,
  createContact,
  createMeeting,
  sendToSignature,
  signAgreement,
} from '../../server/modules/partnerships';
import { buildInstitution } from '../support/factories/institutions';
import { buildPlanRecords } from '../support/factories/partnership-plan';
import { buildPartnership } from '../support/factories/partnerships';
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
  // A partnership's card (name, kind, area, members) is public; changing it is refused with 403.
  'GET /api/partnerships/:id',
  'PATCH /api/partnerships/:id',
  'POST /api/partnerships/:id/members',
  'PATCH /api/partnerships/:id/members/:memberId',
  'POST /api/partnerships/:id/members/:memberId/leave',
  'POST /api/partnerships/:id/leader',
  // The catalogue of social services is one standard everybody reads; only the platform
  // administrator changes it (403 for anyone else).
  'GET /api/social-services/areas/:id',
  'PATCH /api/social-services/areas/:id',
  'GET /api/social-services/types/:id',
  'PATCH /api/social-services/types/:id',
  'POST /api/social-services/types/:id/retire',
  'POST /api/social-services/types/:id/reinstate',
  'GET /api/social-services/qualifications/:id',
  'PATCH /api/social-services/qualifications/:id',
  'POST /api/social-services/qualifications/:id/retire',
  'POST /api/social-services/qualifications/:id/reinstate',
  // An offering is published as open data; only its institution changes it (403 for others).
  'GET /api/social-services/offerings/:id',
  'PATCH /api/social-services/offerings/:id',
  'POST /api/social-services/offerings/:id/end',
  // The public HSDS directory: open data, read without signing in.
  'GET /api/hsds/services/:id',
  'GET /api/hsds/service_at_locations/:id',
  'GET /api/hsds/organizations/:id',
  'GET /api/hsds/taxonomies/:id',
  'GET /api/hsds/taxonomy_terms/:id',
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
  'GET /api/partnerships/:id/leaders',
  'GET /api/partnerships/:id/contacts',
  'POST /api/partnerships/:id/contacts',
  'PATCH /api/partnerships/:id/contacts/:contactId',
  'DELETE /api/partnerships/:id/contacts/:contactId',
  'GET /api/partnerships/:id/lifecycle',
  'POST /api/partnerships/:id/lifecycle/:step/complete',
  'POST /api/partnerships/:id/lifecycle/:step/reopen',
  'GET /api/partnerships/:id/decisions',
  'POST /api/partnerships/:id/decisions',
  'GET /api/partnerships/:id/meetings',
  'POST /api/partnerships/:id/meetings',
  'PATCH /api/partnerships/:id/meetings/:meetingId',
  'PUT /api/partnerships/:id/meetings/:meetingId/attendance',
  'GET /api/partnerships/:id/meetings/:meetingId/invitation.ics',
  'GET /api/partnerships/:id/meetings/:meetingId/minutes.pdf',
  'GET /api/partnerships/:id/agreements',
  'POST /api/partnerships/:id/agreements',
  'GET /api/partnerships/:id/agreements/:agreementId',
  'PATCH /api/partnerships/:id/agreements/:agreementId',
  'POST /api/partnerships/:id/agreements/:agreementId/send-to-signature',
  'POST /api/partnerships/:id/agreements/:agreementId/terminate',
  'POST /api/partnerships/:id/agreements/:agreementId/signatures',
  'GET /api/partnerships/:id/agreements/:agreementId/versions',
  'GET /api/partnerships/:id/agreements/:agreementId/diff',
  'GET /api/partnerships/:id/agreements/:agreementId/versions/:n/pdf',
  'PUT /api/partnerships/:id/agreements/:agreementId/signatures/:signatureId/scan',
  'GET /api/partnerships/:id/agreements/:agreementId/signatures/:signatureId/scan',
  'GET /api/partnerships/:id/plan',
  'POST /api/partnerships/:id/plan/goals',
  'PATCH /api/partnerships/:id/plan/goals/:goalId',
  'DELETE /api/partnerships/:id/plan/goals/:goalId',
  'PUT /api/partnerships/:id/plan/target-group',
  'POST /api/partnerships/:id/plan/needs-assessments',
  'DELETE /api/partnerships/:id/plan/needs-assessments/:assessmentId',
  'POST /api/partnerships/:id/plan/scope',
  'PATCH /api/partnerships/:id/plan/scope/:itemId',
  'DELETE /api/partnerships/:id/plan/scope/:itemId',
  'POST /api/partnerships/:id/plan/tasks',
  'PATCH /api/partnerships/:id/plan/tasks/:taskId',
  'PUT /api/partnerships/:id/plan/tasks/:taskId/status',
  'DELETE /api/partnerships/:id/plan/tasks/:taskId',
  'PUT /api/partnerships/:id/plan/standards/:principle',
  'POST /api/partnerships/:id/plan/own-standards',
  'PATCH /api/partnerships/:id/plan/own-standards/:standardId',
  'DELETE /api/partnerships/:id/plan/own-standards/:standardId',
  'GET /api/partnerships/:id/resources',
  'POST /api/partnerships/:id/resources',
  'PATCH /api/partnerships/:id/resources/:pledgeId',
  'DELETE /api/partnerships/:id/resources/:pledgeId',
  'GET /api/partnerships/:id/budget',
  'GET /api/partnerships/:id/budget/export.csv',
  'POST /api/partnerships/:id/budget',
  'PATCH /api/partnerships/:id/budget/:lineId',
  'DELETE /api/partnerships/:id/budget/:lineId',
] as const;

let t: TestApp;
let adminA: Agent;
let a: { institutionId: string; membershipId: string; userId: string; invitationId: string };
/** A partnership institution B does not belong to, with a meeting and a contact person. */
let partnership: {
  id: string;
  memberId: string;
  meetingId: string;
  contactId: string;
  agreementId: string;
  signatureId: string;
  plan: Awaited<ReturnType<typeof buildPlanRecords>>;
};
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

  const built = await buildPartnership(t.ctx);
  const meeting = await createMeeting(t.ctx, built.id, {
    title: 'Posiedzenie',
    startsAt: '2025-03-04T09:00:00Z',
    place: 'Janów Lubelski',
    agenda: 'Plan działania',
  });
  const contact = await createContact(t.ctx, built.id, {
    memberId: built.members.ops.id,
    level: 'heads',
    name: 'Jan Nowak',
  });
  partnership = {
    id: built.id,
    memberId: built.members.pup.id,
    meetingId: meeting.id,
    contactId: contact.id,
    ...(await agreementInSignature(built.id, built.members.ops.id)),
    plan: await buildPlanRecords(t.ctx, built),
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

/** An agreement of the partnership sent to signature and signed by one member. */
async function agreementInSignature(partnershipId: string, memberId: string) {
  const draft = await createAgreement(t.ctx, partnershipId, { kind: 'cooperation' });
  const sent = await sendToSignature(t.ctx, partnershipId, draft.id, { version: draft.version });
  const signed = await signAgreement(t.ctx, partnershipId, draft.id, {
    version: sent.version,
    memberId,
    signerName: 'Anna Kowalska',
    signerPosition: 'Dyrektor',
    signedOn: '2025-01-10',
  });
  return { agreementId: signed.id, signatureId: signed.signatures[0]!.id };
}

function urlFor(route: (typeof PRIVATE_RECORD_ROUTES)[number]): string {
  const path = route.split(' ')[1] as string;
  if (path.startsWith('/api/institutions/')) return path.replace(':id', a.institutionId);
  if (path.startsWith('/api/memberships/')) return path.replace(':id', a.membershipId);
  if (path.startsWith('/api/users/')) return path.replace(':id', a.userId);
  if (path.startsWith('/api/partnerships/'))
    return path
      .replace(':id', partnership.id)
      .replace(':meetingId', partnership.meetingId)
      .replace(':contactId', partnership.contactId)
      .replace(':step', 'leaderEmerged')
      .replace(':agreementId', partnership.agreementId)
      .replace(':signatureId', partnership.signatureId)
      .replace(':n', '1')
      .replace(':goalId', partnership.plan.goalId)
      .replace(':assessmentId', partnership.plan.assessmentId)
      .replace(':itemId', partnership.plan.itemId)
      .replace(':taskId', partnership.plan.taskId)
      .replace(':standardId', partnership.plan.standardId)
      .replace(':pledgeId', partnership.plan.pledgeId)
      .replace(':lineId', partnership.plan.lineId)
      .replace(':principle', 'jointGoals')
      .replace(/\/diff$/, '/diff?from=1&to=1');
  return path.replace(':id', a.invitationId);
}

/** A body the route would accept from someone allowed, so only the access check can refuse it. */
function validBody(route: string): object | undefined {
  if (route === 'POST /api/institutions/:id/invitations')
    return { email: 'intruz@example.pl', displayName: 'Intruz', role: 'institutionAdmin' };
  if (route === 'PATCH /api/memberships/:id') return { role: 'institutionAdmin', version: 1 };
  if (route === 'POST /api/memberships/:id/deactivate') return { version: 1 };
  if (route === 'POST /api/partnerships/:id/contacts')
    return { memberId: partnership.memberId, level: 'heads', name: 'Intruz' };
  if (route === 'PATCH /api/partnerships/:id/contacts/:contactId') return { name: 'Intruz', version: 1 };
  if (route.startsWith('POST /api/partnerships/:id/lifecycle/'))
    return route.endsWith('reopen') ? { version: 1, reason: 'Intruz' } : { version: 1 };
  if (route === 'POST /api/partnerships/:id/decisions')
    return { body: 'managementBody', summary: 'Intruz', decidedOn: '2025-01-01' };
  if (route === 'POST /api/partnerships/:id/meetings')
    return { title: 'Intruz', startsAt: '2025-01-01T10:00:00Z', place: 'X', agenda: 'X' };
  if (route === 'PATCH /api/partnerships/:id/meetings/:meetingId') return { title: 'Intruz', version: 1 };
  if (route === 'PUT /api/partnerships/:id/meetings/:meetingId/attendance')
    return { version: 1, entries: [] };
  if (route === 'POST /api/partnerships/:id/agreements') return { kind: 'cooperation' };
  if (route === 'PATCH /api/partnerships/:id/agreements/:agreementId') return { version: 2, title: 'Intruz' };
  if (route.endsWith('/send-to-signature')) return { version: 2 };
  if (route.endsWith('/terminate')) return { version: 2, reason: 'Intruz', terminatedOn: '2025-01-01' };
  if (route === 'POST /api/partnerships/:id/agreements/:agreementId/signatures')
    return {
      version: 2,
      memberId: partnership.memberId,
      signerName: 'Intruz',
      signerPosition: 'Intruz',
      signedOn: '2025-01-01',
    };
  return planBody(route) ?? (route.startsWith('POST') ? {} : undefined);
}

/** Bodies for the plan, pledges and budget routes. */
function planBody(route: string): object | undefined {
  const memberId = partnership.memberId;
  const bodies: Record<string, object> = {
    'POST /api/partnerships/:id/plan/goals': { text: 'Intruz', expectedResult: 'Intruz' },
    'PATCH /api/partnerships/:id/plan/goals/:goalId': { text: 'Intruz', version: 1 },
    'PUT /api/partnerships/:id/plan/target-group': {
      description: 'Intruz',
      plannedSize: 12,
      selectionCriteria: 'Intruz',
      version: 0,
    },
    'POST /api/partnerships/:id/plan/needs-assessments': {
      assessedOn: '2025-01-01',
      method: 'Intruz',
      findings: 'Intruz',
      memberId,
    },
    'POST /api/partnerships/:id/plan/scope': { instrument: 'training', providerMemberIds: [memberId] },
    'PATCH /api/partnerships/:id/plan/scope/:itemId': { description: 'Intruz', version: 1 },
    'POST /api/partnerships/:id/plan/tasks': { title: 'Intruz', dueOn: '2025-01-01' },
    'PATCH /api/partnerships/:id/plan/tasks/:taskId': { title: 'Intruz', version: 1 },
    'PUT /api/partnerships/:id/plan/tasks/:taskId/status': { status: 'done', version: 1 },
    'PUT /api/partnerships/:id/plan/standards/:principle': { confirmed: true },
    'POST /api/partnerships/:id/plan/own-standards': { text: 'Intruz' },
    'PATCH /api/partnerships/:id/plan/own-standards/:standardId': { text: 'Intruz', version: 1 },
    'POST /api/partnerships/:id/resources': {
      memberId,
      kind: 'premises',
      description: 'Intruz',
      quantity: 1,
      unit: 'x',
    },
    'PATCH /api/partnerships/:id/resources/:pledgeId': { description: 'Intruz', version: 1 },
    'POST /api/partnerships/:id/budget': {
      memberId,
      source: 'other',
      legalBasis: 'Intruz',
      category: 'other',
      year: 2025,
      planned: '1',
    },
    'PATCH /api/partnerships/:id/budget/:lineId': { planned: '1', version: 1 },
  };
  return bodies[route];
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
        const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', string];
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
