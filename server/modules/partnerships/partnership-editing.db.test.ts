import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactView, StaffListResponse } from '../../../common/contracts/partnership-members';
import type {
  GoalView,
  NeedsAssessmentView,
  PlanView,
  TaskPage,
} from '../../../common/contracts/partnership-plan';
import { goalProgress, warsawToday } from '../../../common/contracts/partnership-plan';
import type { PartnershipView } from '../../../common/contracts/partnerships';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';
import { createContact } from './contact.service';
import { createGoal, createNeedsAssessment } from './plan.service';
import { createTask } from './plan-tasks.service';

/**
 * Editing what a partnership already holds: contact persons (linked to an account), members'
 * roles and seats, the area, needs assessments, measured values of goals, and the tasks table's
 * pages, order and filters. Each change is audited with before and after; a stale version is 409.
 */

let t: TestApp;
let p: Awaited<ReturnType<typeof buildPartnership>>;
/** The OPS leads (its manager governs), the NGO coordinates, the PUP implements. */
let leader: Agent;
let pupManager: Agent;
let outsider: Agent;
let ngoWorker: Awaited<ReturnType<typeof buildMember>>;

type ErrorBody = {
  error: { code: string; message: string; fields?: { field: string; code: string; message: string }[] };
};
const fieldsOf = (response: { json: <T>() => T }) =>
  response.json<ErrorBody>().error.fields?.map((f) => `${f.field} ${f.code}`);

const url = (path = '') => `/api/partnerships/${p.id}${path}`;
const card = async () => (await leader.get(url())).json<PartnershipView>();

/** The latest audit row of an action on an entity. */
const lastAudit = async (action: string, entityId?: string) =>
  (
    await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), entityId ? eq(auditEvents.entityId, entityId) : undefined))
      .orderBy(desc(auditEvents.occurredAt))
      .limit(1)
  )[0];

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) =>
  t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);

beforeAll(async () => {
  t = await createTestApp();
  p = await buildPartnership(t.ctx);
  leader = await signIn(p.ops.id, 'manager');
  pupManager = await signIn(p.pup.id, 'manager');
  outsider = await signIn((await buildInstitution(t.ctx)).id, 'institutionAdmin');
  ngoWorker = await buildMember(t.ctx, p.ngo.id, 'caseWorker', { displayName: 'Ewa Pracownik' });
});
afterAll(() => t.close());

describe('contact persons', () => {
  let contact: ContactView;
  beforeAll(async () => {
    const created = await createContact(t.ctx, p.id, {
      memberId: p.members.ngo.id,
      level: 'specialists',
      name: 'Adam Kontakt',
    });
    contact = (await leader.get(url('/contacts')))
      .json<{ items: ContactView[] }>()
      .items.find((c) => c.id === created.id)!;
  });

  it("lists the member's current staff to link, logged as a read of personal data; 404 to outsiders", async () => {
    const response = await leader.get(url(`/members/${p.members.ngo.id}/staff`));
    expect(response.statusCode).toBe(200);
    const staff = response.json<StaffListResponse>().items;
    expect(staff.map((s) => s.id)).toContain(ngoWorker.id);
    expect(await lastAudit('partnership.contact.staffRead', p.members.ngo.id)).toMatchObject({
      personalData: true,
    });
    expect((await outsider.get(url(`/members/${p.members.ngo.id}/staff`))).statusCode).toBe(404);
    // The PUP keeps its own contacts only: another member's staff is not its business.
    expect((await pupManager.get(url(`/members/${p.members.ngo.id}/staff`))).statusCode).toBe(403);
  });

  it('changes every field of a contact at its version, audited with before and after', async () => {
    const response = await leader.patch(url(`/contacts/${contact.id}`), {
      level: 'coordination',
      name: 'Adam Kontaktowy',
      position: 'Koordynator',
      email: 'adam@example.pl',
      phone: '+48 600 100 200',
      version: contact.version,
    });
    expect(response.statusCode).toBe(200);
    contact = response.json<ContactView>();
    expect(contact).toMatchObject({
      level: 'coordination',
      position: 'Koordynator',
      phone: '+48 600 100 200',
    });
    const audit = await lastAudit('partnership.contact.update', contact.id);
    expect(audit?.changes).toMatchObject({
      level: { before: 'specialists', after: 'coordination' },
      name: { before: 'Adam Kontakt', after: 'Adam Kontaktowy' },
    });
    expect(audit?.personalData).toBe(true);
  });

  it('links a contact to a platform user of the member institution, refusing anyone else on userId', async () => {
    const stranger = await buildMember(t.ctx, p.pup.id, 'caseWorker');
    const refused = await leader.patch(url(`/contacts/${contact.id}`), {
      userId: stranger.id,
      version: contact.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused)).toEqual(['userId partnership.contactUserNotStaff']);
    const linked = await leader.patch(url(`/contacts/${contact.id}`), {
      userId: ngoWorker.id,
      name: null,
      email: null,
      version: contact.version,
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json<ContactView>()).toMatchObject({
      userId: ngoWorker.id,
      name: 'Ewa Pracownik',
      email: ngoWorker.email,
    });
    contact = linked.json<ContactView>();
  });

  it('refuses a change at a stale version with 409 and the contact as it is now', async () => {
    const stale = await leader.patch(url(`/contacts/${contact.id}`), { name: 'Ktoś', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { details: { current: ContactView } } }>().error.details.current.name).toBe(
      'Ewa Pracownik',
    );
  });

  it('names the field of a malformed e-mail or phone', async () => {
    const response = await leader.patch(url(`/contacts/${contact.id}`), {
      email: 'nie-mail',
      phone: 'abc',
      version: contact.version,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)?.map((f) => f.split(' ')[0])).toEqual(['email', 'phone']);
  });
});

describe("members' roles, seats and coalition roles", () => {
  it('changes a role and the seat in the management body at the version read, audited', async () => {
    const pup = (await card()).members.find((m) => m.id === p.members.pup.id)!;
    const response = await leader.patch(url(`/members/${pup.id}`), {
      role: 'member',
      inManagementBody: false,
      version: pup.version,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<PartnershipView>().members.find((m) => m.id === pup.id)).toMatchObject({
      role: 'member',
      inManagementBody: false,
    });
    expect((await lastAudit('partnership.member.update', pup.id))?.changes).toMatchObject({
      role: { before: 'implementer', after: 'member' },
      inManagementBody: { before: true, after: false },
    });
    const stale = await leader.patch(url(`/members/${pup.id}`), {
      role: 'coordinator',
      version: pup.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it("refuses to change the leader's role (only handing over does) and refuses a member who does not govern", async () => {
    const ops = (await card()).members.find((m) => m.id === p.members.ops.id)!;
    const fixed = await leader.patch(url(`/members/${ops.id}`), { role: 'member', version: ops.version });
    expect(fixed.statusCode).toBe(409);
    expect(fixed.json<ErrorBody>().error.code).toBe('partnership.leaderRoleFixed');
    const ngo = (await card()).members.find((m) => m.id === p.members.ngo.id)!;
    expect(
      (await pupManager.patch(url(`/members/${ngo.id}`), { role: 'member', version: ngo.version }))
        .statusCode,
    ).toBe(403);
  });

  it("changes a coalition member's role of seed 000, refusing one that does not fit its type on coalitionRole", async () => {
    const [jst, owes, cis, pes] = await Promise.all(
      (['jstGmina', 'owes', 'cis', 'pes'] as const).map((type) => buildInstitution(t.ctx, { type })),
    );
    const owesManager = await signIn(owes!.id, 'manager');
    const created = await owesManager.post('/api/partnerships', {
      name: 'Koalicja na rzecz zatrudnienia',
      kind: 'socialEmploymentCoalition',
      area: [JANOW.gmina],
      members: [
        { institutionId: jst!.id, role: 'member', coalitionRole: 'jst1' },
        { institutionId: owes!.id, role: 'leader', coalitionRole: 'owes' },
        { institutionId: cis!.id, role: 'implementer', coalitionRole: 'cisKis' },
        { institutionId: pes!.id, role: 'implementer', coalitionRole: 'pes1' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const coalition = created.json<PartnershipView>();
    const pesMember = coalition.members.find((m) => m.institution.id === pes!.id)!;
    const wrong = await owesManager.patch(`/api/partnerships/${coalition.id}/members/${pesMember.id}`, {
      coalitionRole: 'jst2',
      version: pesMember.version,
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong)).toEqual(['coalitionRole partnership.coalitionRoleForType']);
    const right = await owesManager.patch(`/api/partnerships/${coalition.id}/members/${pesMember.id}`, {
      coalitionRole: 'pes2',
      version: pesMember.version,
    });
    expect(right.statusCode).toBe(200);
    expect(right.json<PartnershipView>().members.find((m) => m.id === pesMember.id)?.coalitionRole).toBe(
      'pes2',
    );
    expect((await lastAudit('partnership.member.update', pesMember.id))?.changes).toMatchObject({
      coalitionRole: { before: 'pes1', after: 'pes2' },
    });
  });
});

describe("the partnership's area", () => {
  it('is changed at the version read and audited; a stale version is 409 and an unknown unit names area.0', async () => {
    const before = await card();
    const unknown = await leader.patch(url(), { area: ['9999999'], version: before.version });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['area.0 field.tercUnknown']);
    const response = await leader.patch(url(), { area: [JANOW.powiat], version: before.version });
    expect(response.statusCode).toBe(200);
    expect(response.json<PartnershipView>().area.map((u) => u.code)).toEqual([JANOW.powiat]);
    expect((await lastAudit('partnership.update', p.id))?.changes).toMatchObject({
      area: { before: [JANOW.gmina], after: [JANOW.powiat] },
    });
    const stale = await leader.patch(url(), { area: [JANOW.gmina], version: before.version });
    expect(stale.statusCode).toBe(409);
    // The partnership sent back is the one stored, not the one the refused change would have made.
    const current = stale.json<{ error: { details: { current: PartnershipView } } }>().error.details.current;
    expect(current.area.map((u) => u.code)).toEqual([JANOW.powiat]);
    expect((await card()).area.map((u) => u.code)).toEqual([JANOW.powiat]);
  });
});

describe('needs assessments', () => {
  let assessment: NeedsAssessmentView;
  beforeAll(async () => {
    assessment = await createNeedsAssessment(t.ctx, p.id, {
      assessedOn: '2025-02-01',
      method: 'Wywiady',
      findings: 'Brak opieki nad dziećmi',
      memberId: p.members.ops.id,
    });
  });

  it('is corrected at its version, naming the partner who carried it out, audited with before and after', async () => {
    const response = await leader.patch(url(`/plan/needs-assessments/${assessment.id}`), {
      method: 'Wywiady i ankiety',
      memberId: p.members.ngo.id,
      version: assessment.version,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<NeedsAssessmentView>()).toMatchObject({
      method: 'Wywiady i ankiety',
      memberId: p.members.ngo.id,
      institutionName: p.ngo.name,
      version: assessment.version + 1,
    });
    expect((await lastAudit('partnership.needsAssessment.update', assessment.id))?.changes).toMatchObject({
      method: { before: 'Wywiady', after: 'Wywiady i ankiety' },
      memberId: { before: p.members.ops.id, after: p.members.ngo.id },
    });
  });

  it('refuses a stale version (409), an unknown partner (400 on memberId), a bad date (400 on assessedOn)', async () => {
    const target = url(`/plan/needs-assessments/${assessment.id}`);
    expect((await leader.patch(target, { method: 'X', version: assessment.version })).statusCode).toBe(409);
    const now = (await (await leader.get(url('/plan'))).json<PlanView>()).needsAssessments[0]!;
    const unknown = await leader.patch(target, { memberId: p.ops.id, version: now.version });
    expect(fieldsOf(unknown)).toEqual(['memberId partnership.memberUnknown']);
    const badDate = await leader.patch(target, { assessedOn: '2025-13-45', version: now.version });
    expect(fieldsOf(badDate)).toEqual(['assessedOn field.date']);
  });

  it('answers 404 to an outsider and 403 to a member who does not govern', async () => {
    const target = url(`/plan/needs-assessments/${assessment.id}`);
    expect((await outsider.patch(target, { method: 'X', version: 1 })).statusCode).toBe(404);
    expect((await pupManager.patch(target, { method: 'X', version: 2 })).statusCode).toBe(403);
  });
});

describe('measured values of goals', () => {
  let goal: GoalView;
  beforeAll(async () => {
    goal = await createGoal(t.ctx, p.id, {
      text: 'Zatrudnienie uczestników',
      expectedResult: 'Praca dla połowy grupy',
      indicator: 'Osoby zatrudnione',
      baseline: 0,
      targetValue: 6,
      unit: 'osób',
    });
  });

  it('records the current value with the day it was measured, shown with its progress, audited', async () => {
    const response = await leader.patch(url(`/plan/goals/${goal.id}`), {
      currentValue: 3,
      measuredOn: '2025-06-30',
      version: goal.version,
    });
    expect(response.statusCode).toBe(200);
    goal = response.json<GoalView>();
    expect(goal).toMatchObject({ currentValue: 3, measuredOn: '2025-06-30' });
    expect(goalProgress(goal)).toBe(50);
    expect((await lastAudit('partnership.goal.update', goal.id))?.changes).toMatchObject({
      currentValue: { before: null, after: 3 },
      measuredOn: { before: null, after: '2025-06-30' },
    });
    const plan = (await leader.get(url('/plan'))).json<PlanView>();
    expect(plan.goals.find((g) => g.id === goal.id)).toMatchObject({ currentValue: 3 });
  });

  it('refuses a value without its date, a date in the future, a value of a goal without a target', async () => {
    const target = url(`/plan/goals/${goal.id}`);
    const noDate = await leader.patch(target, { currentValue: 4, measuredOn: null, version: goal.version });
    expect(fieldsOf(noDate)).toEqual(['measuredOn plan.measurementIncomplete']);
    const tomorrow = new Date(`${warsawToday()}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const future = await leader.patch(target, {
      measuredOn: tomorrow.toISOString().slice(0, 10),
      version: goal.version,
    });
    expect(fieldsOf(future)).toEqual(['measuredOn plan.measuredInFuture']);
    const noTarget = await leader.post(url('/plan/goals'), {
      text: 'Cel bez miary',
      expectedResult: 'Coś',
      currentValue: 1,
      measuredOn: '2025-01-01',
    });
    expect(fieldsOf(noTarget)).toEqual(['currentValue plan.measuredWithoutTarget']);
    const stale = await leader.patch(target, { currentValue: 5, measuredOn: '2025-07-01', version: 1 });
    expect(stale.statusCode).toBe(409);
  });
});

describe('the tasks table', () => {
  beforeAll(async () => {
    const task = (title: string, dueOn: string, status: 'todo' | 'inProgress' | 'done', memberId?: string) =>
      createTask(t.ctx, p.id, { title, dueOn, status, responsibleMemberId: memberId ?? null });
    await task('Rekrutacja', '2020-01-10', 'done', p.members.ops.id);
    await task('Diagnoza', '2020-02-10', 'todo', p.members.ngo.id);
    await task('Szkolenie', '2099-03-10', 'inProgress', p.members.pup.id);
    await task('Staże', '2099-04-10', 'todo');
    await task('Ewaluacja', '2099-05-10', 'todo', p.members.ops.id);
  });
  const titles = async (query: string) => {
    const response = await leader.get(url(`/plan/tasks?${query}`));
    expect(response.statusCode).toBe(200);
    return response.json<TaskPage>();
  };

  it('pages the tasks by deadline and tells the total', async () => {
    const first = await titles('pageSize=2');
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.items.map((i) => i.title)).toEqual(['Rekrutacja', 'Diagnoza']);
    expect((await titles('pageSize=2&page=3')).items.map((i) => i.title)).toEqual(['Ewaluacja']);
    expect((await titles('sort=-dueOn&pageSize=1')).items[0]?.title).toBe('Ewaluacja');
  });

  it('sorts by status and by responsible partner (tasks of no one last)', async () => {
    expect((await titles('sort=status')).items.map((i) => i.status)).toEqual([
      'todo',
      'todo',
      'todo',
      'inProgress',
      'done',
    ]);
    const byPartner = (await titles('sort=responsible')).items.map((i) => i.responsibleName);
    expect(byPartner.at(-1)).toBeNull();
    expect(byPartner.slice(0, -1)).toEqual([...byPartner.slice(0, -1)].sort((a, b) => a!.localeCompare(b!)));
  });

  it('filters by status, responsible partner and overdue', async () => {
    expect((await titles('status=todo')).total).toBe(3);
    expect((await titles(`responsibleMemberId=${p.members.ops.id}`)).items.map((i) => i.title)).toEqual([
      'Rekrutacja',
      'Ewaluacja',
    ]);
    const overdue = await titles('overdue=true');
    expect(overdue.items.map((i) => i.title)).toEqual(['Diagnoza']);
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    expect((await titles('overdue=false')).total).toBe(4);
  });

  it('names the query parameter that is wrong, and answers 404 to an outsider', async () => {
    const bad = await leader.get(url('/plan/tasks?sort=title&status=lost&pageSize=1000'));
    expect(bad.statusCode).toBe(400);
    expect(
      fieldsOf(bad)
        ?.map((f) => f.split(' ')[0])
        .sort(),
    ).toEqual(['pageSize', 'sort', 'status']);
    expect((await outsider.get(url('/plan/tasks'))).statusCode).toBe(404);
  });
});

describe('the lists of the plan, a page at a time', () => {
  type Page = { items: { id: string }[]; total: number; page: number; pageSize: number };
  const pageOf = async (path: string) => {
    const response = await leader.get(url(path));
    expect(response.statusCode, path).toBe(200);
    return response.json<Page>();
  };

  it('pages goals, scope items, own standards and pledges, each with its total', async () => {
    const goalsBefore = (await pageOf('/plan/goals')).total;
    for (const text of ['Cel A', 'Cel B', 'Cel C'])
      await createGoal(t.ctx, p.id, { text, expectedResult: 'Rezultat' });
    const goals = await pageOf('/plan/goals?page=2&pageSize=2');
    expect(goals).toMatchObject({ total: goalsBefore + 3, page: 2, pageSize: 2 });
    expect(goals.items.length).toBe(Math.min(2, goalsBefore + 3 - 2));

    for (const instrument of ['training', 'socialWork', 'internship'] as const)
      expect(
        (await leader.post(url('/plan/scope'), { instrument, providerMemberIds: [p.members.ops.id] }))
          .statusCode,
      ).toBe(201);
    const scope = await pageOf('/plan/scope?pageSize=2');
    expect(scope.total).toBe(3);
    expect(scope.items.length).toBe(2);

    for (const text of ['Standard 1', 'Standard 2', 'Standard 3'])
      expect((await leader.post(url('/plan/own-standards'), { text })).statusCode).toBe(201);
    const own = await pageOf('/plan/own-standards?page=2&pageSize=2');
    expect(own.total).toBe(3);
    expect(own.items.length).toBe(1);

    for (const description of ['Sala', 'Laptop', 'Samochód'])
      expect(
        (
          await leader.post(url('/resources'), {
            memberId: p.members.ops.id,
            kind: 'premises',
            description,
            quantity: 1,
            unit: 'szt.',
          })
        ).statusCode,
      ).toBe(201);
    const pledges = await pageOf('/resources?pageSize=2&page=2');
    expect(pledges).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(pledges.items.length).toBe(1);
  });

  it('names a wrong page parameter and answers 404 to an outsider', async () => {
    const bad = await leader.get(url('/plan/goals?page=0&pageSize=abc'));
    expect(bad.statusCode).toBe(400);
    expect(
      fieldsOf(bad)
        ?.map((f) => f.split(' ')[0])
        .sort(),
    ).toEqual(['page', 'pageSize']);
    for (const path of ['/plan/goals', '/plan/scope', '/plan/own-standards', '/resources'])
      expect((await outsider.get(url(path))).statusCode, path).toBe(404);
  });
});
