import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { partnershipMembers } from './partnership.table';
import {
  partnershipDecisions,
  partnershipLifecycleEvents,
  partnershipMeetingAttendance,
  partnershipMeetings,
} from './partnership-activity.table';

export type LifecycleEventRow = typeof partnershipLifecycleEvents.$inferSelect;
export type LifecycleEventInsert = typeof partnershipLifecycleEvents.$inferInsert;
export type DecisionRow = typeof partnershipDecisions.$inferSelect;
export type DecisionInsert = typeof partnershipDecisions.$inferInsert;
export type MeetingRow = typeof partnershipMeetings.$inferSelect;
export type MeetingInsert = typeof partnershipMeetings.$inferInsert;
export type AttendanceRow = typeof partnershipMeetingAttendance.$inferSelect & { institutionName: string };

/** Every lifecycle event of the partnership, oldest first: the current state is read by replaying them. */
export const findLifecycleEvents = (db: Executor, partnershipId: string): Promise<LifecycleEventRow[]> =>
  db
    .select()
    .from(partnershipLifecycleEvents)
    .where(eq(partnershipLifecycleEvents.partnershipId, partnershipId))
    .orderBy(asc(partnershipLifecycleEvents.occurredAt), asc(partnershipLifecycleEvents.id));

export const insertLifecycleEvents = async (db: Executor, rows: LifecycleEventInsert[]) => {
  if (rows.length) await db.insert(partnershipLifecycleEvents).values(rows);
};

/** The decisions log, newest first, each with the meeting it was taken at. */
export const findDecisions = (db: Executor, partnershipId: string) =>
  db
    .select({ decision: partnershipDecisions, meeting: partnershipMeetings })
    .from(partnershipDecisions)
    .leftJoin(partnershipMeetings, eq(partnershipMeetings.id, partnershipDecisions.meetingId))
    .where(eq(partnershipDecisions.partnershipId, partnershipId))
    .orderBy(desc(partnershipDecisions.decidedOn), desc(partnershipDecisions.createdAt));

export const findDecision = async (db: Executor, partnershipId: string, id: string) =>
  (
    await db
      .select()
      .from(partnershipDecisions)
      .where(and(eq(partnershipDecisions.partnershipId, partnershipId), eq(partnershipDecisions.id, id)))
      .limit(1)
  )[0];

export const insertDecision = async (db: Executor, row: DecisionInsert): Promise<DecisionRow> =>
  (await db.insert(partnershipDecisions).values(row).returning())[0]!;

export const findMeetings = (db: Executor, partnershipId: string): Promise<MeetingRow[]> =>
  db
    .select()
    .from(partnershipMeetings)
    .where(eq(partnershipMeetings.partnershipId, partnershipId))
    .orderBy(desc(partnershipMeetings.startsAt), desc(partnershipMeetings.id));

export const findMeeting = async (
  db: Executor,
  partnershipId: string,
  id: string,
): Promise<MeetingRow | undefined> =>
  (
    await db
      .select()
      .from(partnershipMeetings)
      .where(and(eq(partnershipMeetings.partnershipId, partnershipId), eq(partnershipMeetings.id, id)))
      .limit(1)
  )[0];

export const insertMeeting = async (db: Executor, row: MeetingInsert): Promise<MeetingRow> =>
  (await db.insert(partnershipMeetings).values(row).returning())[0]!;

export const updateMeetingAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<MeetingInsert>,
): Promise<MeetingRow | undefined> =>
  (
    await db
      .update(partnershipMeetings)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(partnershipMeetings.id, id), eq(partnershipMeetings.version, version)))
      .returning()
  )[0];

/** Attendance of several meetings with the members' institution names. */
export async function findAttendance(db: Executor, meetingIds: readonly string[]): Promise<AttendanceRow[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .select({ attendance: partnershipMeetingAttendance, institutionName: institutions.name })
    .from(partnershipMeetingAttendance)
    .innerJoin(partnershipMembers, eq(partnershipMembers.id, partnershipMeetingAttendance.memberId))
    .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
    .where(inArray(partnershipMeetingAttendance.meetingId, [...meetingIds]))
    .orderBy(asc(institutions.name));
  return rows.map((r) => ({ ...r.attendance, institutionName: r.institutionName }));
}

/** The attendance list is the meeting's, written whole: the meeting's version guards it. */
export async function replaceAttendance(
  db: Executor,
  meetingId: string,
  entries: { memberId: string; status: AttendanceRow['status']; representative: string | null }[],
) {
  await db.delete(partnershipMeetingAttendance).where(eq(partnershipMeetingAttendance.meetingId, meetingId));
  if (entries.length)
    await db.insert(partnershipMeetingAttendance).values(entries.map((e) => ({ ...e, meetingId })));
}

/** The decisions taken at several meetings, for the meetings list. */
export const findDecisionsOfMeetings = (db: Executor, meetingIds: readonly string[]) =>
  meetingIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: partnershipDecisions.id,
          summary: partnershipDecisions.summary,
          meetingId: partnershipDecisions.meetingId,
        })
        .from(partnershipDecisions)
        .where(inArray(partnershipDecisions.meetingId, [...meetingIds]))
        .orderBy(asc(partnershipDecisions.createdAt));
