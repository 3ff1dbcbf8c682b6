import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DecisionView,
  LifecycleView,
  MeetingView,
} from '../../../common/contracts/partnership-activity';
import type { ContactView } from '../../../common/contracts/partnership-members';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';

let t: TestApp;
let p: Awaited<ReturnType<typeof buildPartnership>>;
let leader: Agent;
let pupManager: Agent;

type ErrorBody = { error: { code: string; message: string; fields?: { field: string; code: string }[] } };

beforeAll(async () => {
  t = await createTestApp();
  p = await buildPartnership(t.ctx);
  leader = await t
    .agent()
    .signIn((await buildMember(t.ctx, p.ops.id, 'coordinator')).email, DEFAULT_PASSWORD);
  pupManager = await t
    .agent()
    .signIn((await buildMember(t.ctx, p.pup.id, 'manager')).email, DEFAULT_PASSWORD);
});
afterAll(() => t.close());

const lifecycle = async () => (await leader.get(`/api/partnerships/${p.id}/lifecycle`)).json<LifecycleView>();
const complete = async (step: string, body: object = {}) =>
  leader.post(`/api/partnerships/${p.id}/lifecycle/${step}/complete`, {
    version: (await lifecycle()).version,
    ...body,
  });

const auditOf = (action: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.institutionId, p.ops.id)));

describe('the lifecycle of a partnership', () => {
  it('starts at step 1 with a task list that says what each step needs', async () => {
    const view = await lifecycle();
    expect(view.currentStep).toBe('leaderEmerged');
    expect(view.steps.map((s) => s.status).slice(0, 3)).toEqual([
      'inProgress',
      'cannotStartYet',
      'cannotStartYet',
    ]);
    expect(view.steps.find((s) => s.step === 'agreementSigned')?.missing).toBe('lifecycle.noSignedAgreement');
  });

  it('steps go in order: step 3 before step 2 is refused', async () => {
    const response = await complete('rulesAgreed', { note: 'Cele i zasady ustalone na spotkaniu.' });
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorBody>().error.code).toBe('lifecycle.previousStepsOpen');
  });

  it('an implementer does not move the lifecycle on (403)', async () => {
    const response = await pupManager.post(`/api/partnerships/${p.id}/lifecycle/leaderEmerged/complete`, {
      version: (await lifecycle()).version,
    });
    expect(response.statusCode).toBe(403);
  });

  it('steps 1 and 2 complete on their artefacts; step 3 needs its record', async () => {
    expect((await complete('leaderEmerged')).statusCode).toBe(200);
    expect((await complete('partnersAcquired')).statusCode).toBe(200);
    const bare = await complete('rulesAgreed');
    expect(bare.statusCode).toBe(400);
    expect(bare.json<ErrorBody>().error.fields?.[0]).toMatchObject({
      field: 'note',
      code: 'lifecycle.noRulesRecord',
    });
    const decision = await leader.post(`/api/partnerships/${p.id}/decisions`, {
      body: 'managementBody',
      summary: 'Przyjęto cele, zasady, role i formy współpracy partnerstwa.',
      decidedOn: '2025-02-10',
      lifecycleStep: 'rulesAgreed',
    });
    expect(decision.statusCode).toBe(201);
    const done = await complete('rulesAgreed', { decisionId: decision.json<DecisionView>().id });
    expect(done.statusCode).toBe(200);
    expect(done.json<LifecycleView>().currentStep).toBe('agreementSigned');
  });

  it('step 4 is refused while no agreement signed by every member exists', async () => {
    const response = await complete('agreementSigned');
    expect(response.statusCode).toBe(409);
    const { error } = response.json<ErrorBody>();
    expect(error.code).toBe('lifecycle.noSignedAgreement');
    expect(error.message).toContain('umowy o współpracy');
  });

  it('going back reopens the step and the later ones, with the reason in the history and the audit log', async () => {
    const response = await leader.post(`/api/partnerships/${p.id}/lifecycle/partnersAcquired/reopen`, {
      version: (await lifecycle()).version,
      reason: 'Dołącza nowy partner',
    });
    expect(response.statusCode).toBe(200);
    const view = response.json<LifecycleView>();
    expect(view.currentStep).toBe('partnersAcquired');
    expect(view.history.slice(0, 2).map((e) => [e.step, e.action, e.reason])).toEqual([
      ['rulesAgreed', 'reopened', 'Dołącza nowy partner'],
      ['partnersAcquired', 'reopened', 'Dołącza nowy partner'],
    ]);
    const [event] = await auditOf('partnership.lifecycle.reopen');
    expect(event?.changes).toMatchObject({
      reopened: ['partnersAcquired', 'rulesAgreed'],
      reason: 'Dołącza nowy partner',
    });
  });

  it('a stale version of the partnership answers 409', async () => {
    const response = await leader.post(`/api/partnerships/${p.id}/lifecycle/partnersAcquired/complete`, {
      version: 1,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorBody>().error.code).toBe('versionConflict');
  });
});

describe('meetings, decisions and contacts', () => {
  let meeting: MeetingView;

  it('a meeting needs a place or a link; the leader plans one and records attendance', async () => {
    const base = {
      title: 'Posiedzenie ciała zarządzającego',
      startsAt: '2025-03-04T09:00:00Z',
      agenda: '1. Plan działania',
    };
    const placeless = await leader.post(`/api/partnerships/${p.id}/meetings`, base);
    expect(placeless.json<ErrorBody>().error.fields?.[0]).toMatchObject({
      field: 'place',
      code: 'partnership.meetingPlace',
    });
    const created = await leader.post(`/api/partnerships/${p.id}/meetings`, {
      ...base,
      place: 'Janów Lubelski, ul. Ogrodowa 16, sala 2',
    });
    expect(created.statusCode).toBe(201);
    meeting = created.json<MeetingView>();
    const attendance = await leader.put(`/api/partnerships/${p.id}/meetings/${meeting.id}/attendance`, {
      version: meeting.version,
      entries: [
        { memberId: p.members.ops.id, status: 'present' },
        { memberId: p.members.pup.id, status: 'excused', representative: 'Anna Nowak' },
      ],
    });
    expect(attendance.statusCode).toBe(200);
    meeting = attendance.json<MeetingView>();
    expect(meeting.attendance.map((a) => a.status).sort()).toEqual(['excused', 'present']);
    const stale = await leader.put(`/api/partnerships/${p.id}/meetings/${meeting.id}/attendance`, {
      version: 1,
      entries: [],
    });
    expect(stale.statusCode).toBe(409);
  });

  it('the .ics invitation carries the meeting in UTC with its place, and is private', async () => {
    const url = `/api/partnerships/${p.id}/meetings/${meeting.id}/invitation.ics`;
    const response = await pupManager.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.body).toContain('BEGIN:VEVENT');
    expect(response.body).toContain('DTSTART:20250304T090000Z');
    expect(response.body).toContain(`UID:${meeting.id}@localhost`);
    expect(response.body).toContain('LOCATION:Janów Lubelski\\, ul. Ogrodowa 16\\, sala 2');
    const outsiderInstitution = (await buildPartnership(t.ctx)).ops;
    const outsider = await t
      .agent()
      .signIn((await buildMember(t.ctx, outsiderInstitution.id, 'manager')).email, DEFAULT_PASSWORD);
    expect((await outsider.get(url)).statusCode).toBe(404);
  });

  it('a decision records the meeting it was taken at; the meeting lists it', async () => {
    const response = await leader.post(`/api/partnerships/${p.id}/decisions`, {
      body: 'managementBody',
      summary: 'Przyjęto harmonogram spotkań.',
      decidedOn: '2025-03-04',
      meetingId: meeting.id,
    });
    expect(response.json<DecisionView>().meeting?.id).toBe(meeting.id);
    const meetings = (await leader.get(`/api/partnerships/${p.id}/meetings`)).json<{
      items: MeetingView[];
    }>();
    expect(meetings.items[0]?.decisions.map((d) => d.summary)).toEqual(['Przyjęto harmonogram spotkań.']);
  });

  it("a member keeps its own contact persons but not another member's; reads are logged", async () => {
    const own = await pupManager.post(`/api/partnerships/${p.id}/contacts`, {
      memberId: p.members.pup.id,
      level: 'specialists',
      name: 'Jan Kowalski',
      position: 'Doradca zawodowy',
      email: 'jan.kowalski@pup.example.pl',
    });
    expect(own.statusCode).toBe(201);
    const foreign = await pupManager.post(`/api/partnerships/${p.id}/contacts`, {
      memberId: p.members.ops.id,
      level: 'heads',
      name: 'Ktoś Obcy',
    });
    expect(foreign.statusCode).toBe(403);
    const contact = own.json<ContactView>();
    const changed = await pupManager.patch(`/api/partnerships/${p.id}/contacts/${contact.id}`, {
      phone: '+48 15 872 00 00',
      version: 1,
    });
    expect(changed.json<ContactView>()).toMatchObject({ phone: '+48 15 872 00 00', version: 2 });
    expect((await pupManager.delete(`/api/partnerships/${p.id}/contacts/${contact.id}`)).statusCode).toBe(
      204,
    );
    expect(
      (await leader.get(`/api/partnerships/${p.id}/contacts`)).json<{ items: unknown[] }>().items,
    ).toEqual([]);
    expect((await auditOf('partnership.contact.read')).every((e) => e.personalData)).toBe(true);
    expect(await auditOf('partnership.contact.delete')).toHaveLength(1);
  });
});
