import {
  type CreateGroupMeetingInput,
  type CreateGroupTaskInput,
  createMeetingBody,
  createTaskBody,
  type GroupTaskStatusInput,
  type GroupView,
  taskStatusBody,
  type UpdateGroupMeetingInput,
  updateMeetingBody,
} from '../../../common/contracts/cooperation-groups';
import { warsawToday } from '../../../common/contracts/partnership-plan';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { givenFields, invalid, notFound, parse } from '../../platform/errors';
import { canChangeTaskStatus, visibleTask } from './cooperation-group.policy';
import {
  findMeetings,
  findTasks,
  insertMeeting,
  insertTask,
  touchGroup,
  updateMeetingAtVersion,
  updateTaskAtVersion,
} from './group.repository';
import { groupConflict, recordOf, viewOf } from './group.service';
import { auditGroup, type LoadedGroup, loadForManagement, loadGroup, requireOpen } from './group-access';
import { minutesPdf } from './group-pdfs';

/**
 * Meetings of a group (agenda, attendance of the delegates, minutes, decisions) and the tasks of
 * its member institutions: the OPS holds the meetings and divides the tasks; each institution
 * reports on its own tasks.
 */

/** Attendance may name only delegates the institutions have named. */
function checkAttendance(loaded: LoadedGroup, ids: readonly string[] | undefined) {
  const problems = (ids ?? []).flatMap((id, index) =>
    loaded.members.some((m) => m.id === id && m.status === 'named')
      ? []
      : [{ field: `presentMemberIds.${index}`, id: 'cooperationGroup.notDelegate' }],
  );
  if (problems.length) throw invalid(...problems);
}

export async function createMeeting(
  ctx: Ctx,
  id: string,
  input: CreateGroupMeetingInput,
): Promise<GroupView> {
  const body = parse(createMeetingBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadForManagement(tctx, id);
    checkAttendance(loaded, body.presentMemberIds);
    const meeting = await insertMeeting(tctx.db, {
      groupId: id,
      heldAt: new Date(body.heldAt),
      place: body.place,
      agenda: body.agenda,
      minutes: body.minutes ?? null,
      decisions: body.decisions,
      presentMemberIds: body.presentMemberIds,
    });
    await touchGroup(tctx.db, id);
    await auditGroup(tctx, loaded, {
      action: 'cooperationGroup.meeting.create',
      entityType: 'cooperationGroupMeeting',
      entityId: meeting.id,
      changes: { heldAt: body.heldAt, place: body.place, presentMemberIds: body.presentMemberIds },
    });
    return viewOf(tctx, loaded);
  });
}

export async function updateMeeting(
  ctx: Ctx,
  id: string,
  meetingId: string,
  input: UpdateGroupMeetingInput,
): Promise<GroupView> {
  const { version, heldAt, ...patch } = parse(updateMeetingBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadForManagement(tctx, id);
    const meeting = (await findMeetings(tctx.db, id)).find((m) => m.id === meetingId);
    if (!meeting) throw notFound();
    checkAttendance(loaded, patch.presentMemberIds);
    const given = givenFields(patch);
    const next = { ...meeting, ...given, ...(heldAt && { heldAt: new Date(heldAt) }) };
    const updated =
      version === meeting.version
        ? await updateMeetingAtVersion(tctx.db, meetingId, version, {
            heldAt: next.heldAt,
            place: next.place,
            agenda: next.agenda,
            minutes: next.minutes,
            decisions: next.decisions,
            presentMemberIds: next.presentMemberIds,
          })
        : undefined;
    if (!updated) throw await groupConflict(tctx, loaded);
    await touchGroup(tctx.db, id);
    await auditGroup(tctx, loaded, {
      action: 'cooperationGroup.meeting.update',
      entityType: 'cooperationGroupMeeting',
      entityId: meetingId,
      changes: changedFields(meeting, next, [
        'heldAt',
        'place',
        'agenda',
        'minutes',
        'decisions',
        'presentMemberIds',
      ]),
    });
    return viewOf(tctx, loaded);
  });
}

/** The minutes as a PDF, for everyone taking part in the group. */
export async function meetingMinutesPdf(ctx: Ctx, id: string, meetingId: string) {
  const loaded = await loadGroup(ctx, id);
  const record = await recordOf(ctx, loaded);
  const meeting = record.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw notFound();
  const pdf = await minutesPdf({ record, meeting });
  return { pdf, fileName: `Protokół GGK - ${record.row.label.slice(0, 60).trim()}.pdf` };
}

/** A task for one institution taking part (asked and not declined). */
export async function createTask(ctx: Ctx, id: string, input: CreateGroupTaskInput): Promise<GroupView> {
  const body = parse(createTaskBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadForManagement(tctx, id);
    const member = loaded.members.find((m) => m.id === body.memberId && m.status !== 'declined');
    if (!member) throw invalid({ field: 'memberId', id: 'cooperationGroup.memberUnknown' });
    const task = await insertTask(tctx.db, {
      groupId: id,
      memberId: member.id,
      institutionId: member.institutionId,
      title: body.title,
      description: body.description ?? null,
      dueOn: body.dueOn,
    });
    await touchGroup(tctx.db, id);
    await auditGroup(tctx, loaded, {
      action: 'cooperationGroup.task.create',
      entityType: 'cooperationGroupTask',
      entityId: task.id,
      changes: { institutionId: member.institutionId, title: body.title, dueOn: body.dueOn },
    });
    return viewOf(tctx, loaded);
  });
}

/** The institution (or the OPS) reports the task's status; done records the day it was done. */
export async function changeTaskStatus(
  ctx: Ctx,
  id: string,
  taskId: string,
  input: GroupTaskStatusInput,
): Promise<GroupView> {
  const body = parse(taskStatusBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadGroup(tctx, id, true);
    const task = (await findTasks(tctx.db, id)).find((t) => t.id === taskId);
    // Another institution's task does not exist for a member: it never sees it.
    if (!task || (!tctx.system && !visibleTask(tctx.actor, loaded.facts, task))) throw notFound();
    requireOpen(loaded);
    authorize(tctx, (actor) => canChangeTaskStatus(actor, loaded.facts, task));
    const completedOn = body.status === 'done' ? (task.completedOn ?? warsawToday()) : null;
    const updated =
      body.version === task.version
        ? await updateTaskAtVersion(tctx.db, taskId, body.version, {
            status: body.status,
            statusNote: body.note ?? null,
            completedOn,
          })
        : undefined;
    if (!updated) throw await groupConflict(tctx, loaded);
    await touchGroup(tctx.db, id);
    await auditGroup(tctx, loaded, {
      action: 'cooperationGroup.task.status',
      entityType: 'cooperationGroupTask',
      entityId: taskId,
      changes: { status: { before: task.status, after: body.status }, institutionId: task.institutionId },
    });
    return viewOf(tctx, loaded);
  });
}
