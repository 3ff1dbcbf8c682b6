import { and, asc, count, desc, eq, exists, inArray, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type { ListGroupsQuery } from '../../../common/contracts/cooperation-groups';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { isUuid } from './authorisation.repository';
import {
  cooperationGroupMeetings,
  cooperationGroupMembers,
  cooperationGroups,
  cooperationGroupTasks,
} from './cooperation-groups.table';

export type GroupRow = typeof cooperationGroups.$inferSelect;
export type GroupInsert = typeof cooperationGroups.$inferInsert;
export type GroupMemberRowOnly = typeof cooperationGroupMembers.$inferSelect;
export type GroupMemberRow = GroupMemberRowOnly & {
  institution: { id: string; name: string; type: (typeof institutions.$inferSelect)['type'] };
};
export type GroupMeetingRow = typeof cooperationGroupMeetings.$inferSelect;
export type GroupTaskRow = typeof cooperationGroupTasks.$inferSelect;

export async function findGroup(db: Executor, id: string, lock = false): Promise<GroupRow | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(cooperationGroups).where(eq(cooperationGroups.id, id));
  return (await (lock ? query.for('update') : query))[0];
}

export const insertGroup = async (db: Executor, row: GroupInsert): Promise<GroupRow> =>
  (await db.insert(cooperationGroups).values(row).returning())[0]!;

/** Writes only at the version the caller read; undefined means someone was first. */
export const updateGroupAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<GroupInsert>,
): Promise<GroupRow | undefined> =>
  (
    await db
      .update(cooperationGroups)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(cooperationGroups.id, id), eq(cooperationGroups.version, version)))
      .returning()
  )[0];

/** A change below the group (member, meeting, task) still moves the group's `updatedAt`. */
export const touchGroup = (db: Executor, id: string) =>
  db.update(cooperationGroups).set({ updatedAt: new Date() }).where(eq(cooperationGroups.id, id));

export async function findGroupMembers(db: Executor, groupIds: readonly string[]): Promise<GroupMemberRow[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .select({
      member: cooperationGroupMembers,
      institution: { id: institutions.id, name: institutions.name, type: institutions.type },
    })
    .from(cooperationGroupMembers)
    .innerJoin(institutions, eq(institutions.id, cooperationGroupMembers.institutionId))
    .where(inArray(cooperationGroupMembers.groupId, [...groupIds]))
    .orderBy(
      asc(cooperationGroupMembers.requestedAt),
      asc(institutions.name),
      asc(cooperationGroupMembers.id),
    );
  return rows.map((r) => ({ ...r.member, institution: r.institution }));
}

export const insertGroupMember = async (
  db: Executor,
  row: typeof cooperationGroupMembers.$inferInsert,
): Promise<GroupMemberRowOnly> => (await db.insert(cooperationGroupMembers).values(row).returning())[0]!;

export const updateGroupMemberAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<typeof cooperationGroupMembers.$inferInsert>,
): Promise<GroupMemberRowOnly | undefined> =>
  (
    await db
      .update(cooperationGroupMembers)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(cooperationGroupMembers.id, id), eq(cooperationGroupMembers.version, version)))
      .returning()
  )[0];

export const findMeetings = (db: Executor, groupId: string): Promise<GroupMeetingRow[]> =>
  db
    .select()
    .from(cooperationGroupMeetings)
    .where(eq(cooperationGroupMeetings.groupId, groupId))
    .orderBy(desc(cooperationGroupMeetings.heldAt), desc(cooperationGroupMeetings.id));

export const insertMeeting = async (
  db: Executor,
  row: typeof cooperationGroupMeetings.$inferInsert,
): Promise<GroupMeetingRow> => (await db.insert(cooperationGroupMeetings).values(row).returning())[0]!;

export const updateMeetingAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<typeof cooperationGroupMeetings.$inferInsert>,
): Promise<GroupMeetingRow | undefined> =>
  (
    await db
      .update(cooperationGroupMeetings)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(cooperationGroupMeetings.id, id), eq(cooperationGroupMeetings.version, version)))
      .returning()
  )[0];

export const findTasks = (db: Executor, groupId: string): Promise<GroupTaskRow[]> =>
  db
    .select()
    .from(cooperationGroupTasks)
    .where(eq(cooperationGroupTasks.groupId, groupId))
    .orderBy(asc(cooperationGroupTasks.dueOn), asc(cooperationGroupTasks.id));

export const insertTask = async (
  db: Executor,
  row: typeof cooperationGroupTasks.$inferInsert,
): Promise<GroupTaskRow> => (await db.insert(cooperationGroupTasks).values(row).returning())[0]!;

export const updateTaskAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<typeof cooperationGroupTasks.$inferInsert>,
): Promise<GroupTaskRow | undefined> =>
  (
    await db
      .update(cooperationGroupTasks)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(cooperationGroupTasks.id, id), eq(cooperationGroupTasks.version, version)))
      .returning()
  )[0];

/**
 * One page of groups the scope sees: those convened by `coordinating` institutions, and those
 * that asked `member` institutions (and were not declined by them). `null` scope: every group.
 */
export async function searchGroups(
  db: Executor,
  query: ListGroupsQuery,
  scope: { coordinating: readonly string[]; member: readonly string[] } | null,
): Promise<{ rows: GroupRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(cooperationGroups.status, query.status));
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(cooperationGroups.searchLabel, `%${escapeLike(q)}%`));
  if (scope) {
    const visible: SQL[] = [];
    if (scope.coordinating.length)
      visible.push(inArray(cooperationGroups.opsInstitutionId, [...scope.coordinating]));
    if (scope.member.length)
      visible.push(
        exists(
          db
            .select({ one: cooperationGroupMembers.id })
            .from(cooperationGroupMembers)
            .where(
              and(
                eq(cooperationGroupMembers.groupId, cooperationGroups.id),
                inArray(cooperationGroupMembers.institutionId, [...scope.member]),
                ne(cooperationGroupMembers.status, 'declined'),
              ),
            ),
        ),
      );
    conditions.push(visible.length ? (or(...visible) as SQL) : sql`false`);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(cooperationGroups)
      .where(where)
      .orderBy(desc(cooperationGroups.updatedAt), desc(cooperationGroups.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(cooperationGroups).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}
