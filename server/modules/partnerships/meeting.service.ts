import {
  type AttendanceInput,
  attendanceBody,
  type CreateDecisionInput,
  type CreateMeetingInput,
  createDecisionBody,
  createMeetingBody,
  type DecisionView,
  type MeetingView,
  type UpdateMeetingInput,
  updateMeetingBody,
} from '../../../common/contracts/partnership-activity';
import { changedFields } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/authz';
import {
  type FieldProblem,
  givenFields,
  invalid,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import { presentDecision, presentMeeting } from './activity.presenter';
import {
  findAttendance,
  findDecisions,
  findDecisionsOfMeetings,
  findMeeting,
  findMeetings,
  insertDecision,
  insertMeeting,
  type MeetingRow,
  replaceAttendance,
  updateMeetingAtVersion,
} from './activity.repository';
import { partnershipAbilities } from './partnership.policy';
import {
  auditChange,
  type LoadedPartnership,
  loadPartnership,
  requireGovernPrivate,
  requireOpen,
  requirePrivate,
} from './partnership-access';

const MEETING_FIELDS = ['title', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'agenda', 'minutes'] as const;

/**
 * The partnership's meetings and its decisions log, private to its members; those who govern it
 * record them. A decision, once recorded, is not edited: a later decision amends it.
 */

export async function listDecisions(ctx: Ctx, id: string): Promise<DecisionView[]> {
  const loaded = await loadPartnership(ctx, id);
  requirePrivate(ctx, loaded);
  const rows = await findDecisions(ctx.db, id);
  return rows.map((r) => presentDecision(r.decision, r.meeting));
}

export async function createDecision(
  ctx: Ctx,
  id: string,
  input: CreateDecisionInput,
): Promise<DecisionView> {
  const body = parse(createDecisionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await governed(tctx, id);
    const meeting = body.meetingId ? await findMeeting(tctx.db, id, body.meetingId) : undefined;
    if (body.meetingId && !meeting) throw invalid([{ field: 'meetingId', id: 'partnership.meetingUnknown' }]);
    const decision = await insertDecision(tctx.db, {
      partnershipId: id,
      body: body.body,
      summary: body.summary,
      decidedOn: body.decidedOn,
      meetingId: meeting?.id ?? null,
      sourceDocument: body.sourceDocument ?? null,
      lifecycleStep: body.lifecycleStep ?? null,
      recordedBy: tctx.actor?.userId ?? null,
      recordedByName: tctx.actor?.displayName ?? null,
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.decision.create',
      entityType: 'partnershipDecision',
      entityId: decision.id,
      changes: changedFields(null, decision, ['body', 'summary', 'decidedOn', 'meetingId', 'lifecycleStep']),
    });
    return presentDecision(decision, meeting ?? null);
  });
}

async function governed(ctx: Ctx, id: string): Promise<LoadedPartnership> {
  const loaded = await loadPartnership(ctx, id, true);
  requireGovernPrivate(ctx, loaded);
  requireOpen(loaded);
  return loaded;
}

/** A meeting happens somewhere (a place or a link) and does not end before it starts. */
function meetingProblems(m: Pick<MeetingRow, 'place' | 'onlineUrl' | 'startsAt' | 'endsAt'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!m.place && !m.onlineUrl) problems.push({ field: 'place', id: 'partnership.meetingPlace' });
  if (m.endsAt && m.endsAt < m.startsAt) problems.push({ field: 'endsAt', id: 'field.dateOrder' });
  return problems;
}

const canUpdateMeetings = (ctx: Ctx, loaded: LoadedPartnership) =>
  Boolean(ctx.system) || partnershipAbilities(ctx.actor, loaded.facts).manageMeetings;

async function viewsOf(ctx: Ctx, loaded: LoadedPartnership, meetings: MeetingRow[]): Promise<MeetingView[]> {
  const ids = meetings.map((m) => m.id);
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const attendance = await findAttendance(ctx.db, ids);
  const decisions = await findDecisionsOfMeetings(ctx.db, ids);
  const update = canUpdateMeetings(ctx, loaded);
  return meetings.map((m) =>
    presentMeeting(
      m,
      attendance.filter((a) => a.meetingId === m.id),
      decisions.filter((d) => d.meetingId === m.id).map(({ id, summary }) => ({ id, summary })),
      update,
    ),
  );
}

export async function listMeetings(ctx: Ctx, id: string): Promise<MeetingView[]> {
  const loaded = await loadPartnership(ctx, id);
  requirePrivate(ctx, loaded);
  return viewsOf(ctx, loaded, await findMeetings(ctx.db, id));
}

/** One meeting of the partnership, for its calendar invitation; 404 to outsiders. */
export async function getMeeting(ctx: Ctx, id: string, meetingId: string) {
  const loaded = await loadPartnership(ctx, id);
  requirePrivate(ctx, loaded);
  const meeting = await findMeeting(ctx.db, id, meetingId);
  if (!meeting) throw notFound();
  return { partnership: loaded.row, meeting };
}

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

export async function createMeeting(ctx: Ctx, id: string, input: CreateMeetingInput): Promise<MeetingView> {
  const body = parse(createMeetingBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await governed(tctx, id);
    const values = {
      title: body.title,
      startsAt: new Date(body.startsAt),
      endsAt: toDate(body.endsAt),
      place: body.place ?? null,
      onlineUrl: body.onlineUrl ?? null,
      agenda: body.agenda,
      minutes: body.minutes ?? null,
    };
    const problems = meetingProblems(values);
    if (problems.length) throw invalid(problems);
    const meeting = await insertMeeting(tctx.db, {
      partnershipId: id,
      createdBy: tctx.actor?.userId ?? null,
      ...values,
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.meeting.create',
      entityType: 'partnershipMeeting',
      entityId: meeting.id,
      changes: changedFields(null, meeting, MEETING_FIELDS),
    });
    return (await viewsOf(tctx, loaded, [meeting]))[0]!;
  });
}

async function meetingOf(ctx: Ctx, loaded: LoadedPartnership, meetingId: string) {
  const meeting = await findMeeting(ctx.db, loaded.row.id, meetingId);
  if (!meeting) throw notFound();
  return meeting;
}

async function writeMeeting(
  ctx: Ctx,
  loaded: LoadedPartnership,
  meeting: MeetingRow,
  version: number,
  changes: Partial<MeetingRow>,
): Promise<MeetingRow> {
  const updated =
    version === meeting.version
      ? await updateMeetingAtVersion(ctx.db, meeting.id, version, changes)
      : undefined;
  if (updated) return updated;
  const now = await findMeeting(ctx.db, loaded.row.id, meeting.id);
  throw now ? versionConflict((await viewsOf(ctx, loaded, [now]))[0]) : notFound();
}

export async function updateMeeting(
  ctx: Ctx,
  id: string,
  meetingId: string,
  input: UpdateMeetingInput,
): Promise<MeetingView> {
  const { version, ...patch } = parse(updateMeetingBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await governed(tctx, id);
    const meeting = await meetingOf(tctx, loaded, meetingId);
    const given = givenFields(patch);
    const next: MeetingRow = {
      ...meeting,
      ...given,
      startsAt: patch.startsAt ? new Date(patch.startsAt) : meeting.startsAt,
      endsAt: patch.endsAt === undefined ? meeting.endsAt : toDate(patch.endsAt),
    };
    const problems = meetingProblems(next);
    if (problems.length) throw invalid(problems);
    const changes = changedFields(meeting, next, MEETING_FIELDS);
    if (Object.keys(changes).length === 0) return (await viewsOf(tctx, loaded, [meeting]))[0]!;
    const updated = await writeMeeting(
      tctx,
      loaded,
      meeting,
      version,
      Object.fromEntries(Object.keys(changes).map((f) => [f, next[f as keyof MeetingRow]])),
    );
    await auditChange(tctx, loaded, {
      action: 'partnership.meeting.update',
      entityType: 'partnershipMeeting',
      entityId: meeting.id,
      changes,
    });
    return (await viewsOf(tctx, loaded, [updated]))[0]!;
  });
}

/** Records who attended, for current members only; the whole list at once, at the meeting's version. */
export async function setAttendance(
  ctx: Ctx,
  id: string,
  meetingId: string,
  input: AttendanceInput,
): Promise<MeetingView> {
  const { version, entries } = parse(attendanceBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await governed(tctx, id);
    const meeting = await meetingOf(tctx, loaded, meetingId);
    const problems: FieldProblem[] = entries.flatMap((e, index) =>
      loaded.members.some((m) => m.id === e.memberId) &&
      entries.findIndex((other) => other.memberId === e.memberId) === index
        ? []
        : [{ field: `entries.${index}.memberId`, id: 'partnership.memberUnknown' }],
    );
    if (problems.length) throw invalid(problems);
    const before = await findAttendance(tctx.db, [meeting.id]);
    const updated = await writeMeeting(tctx, loaded, meeting, version, {});
    await replaceAttendance(
      tctx.db,
      meeting.id,
      entries.map((e) => ({
        memberId: e.memberId,
        status: e.status,
        representative: e.representative ?? null,
      })),
    );
    await auditChange(tctx, loaded, {
      action: 'partnership.meeting.attendance',
      entityType: 'partnershipMeeting',
      entityId: meeting.id,
      changes: {
        attendance: {
          before: before.map((a) => ({ memberId: a.memberId, status: a.status })),
          after: entries.map((e) => ({ memberId: e.memberId, status: e.status })),
        },
      },
    });
    return (await viewsOf(tctx, loaded, [updated]))[0]!;
  });
}
