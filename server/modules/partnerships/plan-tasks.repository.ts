import { and, asc, count, desc, eq, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { ListTasksQuery, PlanListQuery, TaskSort } from '../../../common/contracts/partnership-plan';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { partnershipMembers, partnerships } from './partnership.table';
import { idIs, paged } from './plan.repository';
import {
  partnershipScopeItems,
  partnershipScopeProviders,
  partnershipTaskDependencies,
  partnershipTasks,
} from './plan.table';

export type ScopeItemRow = typeof partnershipScopeItems.$inferSelect;
export type ScopeItemInsert = typeof partnershipScopeItems.$inferInsert;
export type ProviderRow = { scopeItemId: string; memberId: string; institutionName: string };
export type TaskRow = typeof partnershipTasks.$inferSelect;
export type TaskInsert = typeof partnershipTasks.$inferInsert;

const bumped = (version: number) => ({ version: version + 1, updatedAt: new Date() });
const first = <T>(rows: T[]): T | undefined => rows[0];

export const findScopeItems = (
  db: Executor,
  partnershipId: string,
  id?: string,
  page?: PlanListQuery,
): Promise<ScopeItemRow[]> =>
  paged(
    db
      .select()
      .from(partnershipScopeItems)
      .where(and(eq(partnershipScopeItems.partnershipId, partnershipId), idIs(partnershipScopeItems.id, id)))
      .orderBy(asc(partnershipScopeItems.createdAt), asc(partnershipScopeItems.id))
      .$dynamic(),
    page,
  );

export const findProviders = async (db: Executor, scopeItemIds: string[]): Promise<ProviderRow[]> =>
  scopeItemIds.length === 0
    ? []
    : db
        .select({
          scopeItemId: partnershipScopeProviders.scopeItemId,
          memberId: partnershipScopeProviders.memberId,
          institutionName: institutions.name,
        })
        .from(partnershipScopeProviders)
        .innerJoin(partnershipMembers, eq(partnershipMembers.id, partnershipScopeProviders.memberId))
        .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
        .where(inArray(partnershipScopeProviders.scopeItemId, scopeItemIds))
        .orderBy(asc(institutions.name));

export const insertScopeItem = async (db: Executor, row: ScopeItemInsert): Promise<ScopeItemRow> =>
  (await db.insert(partnershipScopeItems).values(row).returning())[0]!;

export const updateScopeItemAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ScopeItemInsert>,
): Promise<ScopeItemRow | undefined> =>
  first(
    await db
      .update(partnershipScopeItems)
      .set({ ...changes, ...bumped(version) })
      .where(and(eq(partnershipScopeItems.id, id), eq(partnershipScopeItems.version, version)))
      .returning(),
  );

export async function replaceProviders(db: Executor, scopeItemId: string, memberIds: readonly string[]) {
  await db.delete(partnershipScopeProviders).where(eq(partnershipScopeProviders.scopeItemId, scopeItemId));
  if (memberIds.length)
    await db
      .insert(partnershipScopeProviders)
      .values(memberIds.map((memberId) => ({ scopeItemId, memberId })));
}

/** Removes the item; its providers go with it (cascade). */
export const deleteScopeItem = (db: Executor, id: string) =>
  db.delete(partnershipScopeItems).where(eq(partnershipScopeItems.id, id));

export const countScopeItems = async (db: Executor, partnershipId: string) =>
  Number(
    (
      await db
        .select({ n: count() })
        .from(partnershipScopeItems)
        .where(eq(partnershipScopeItems.partnershipId, partnershipId))
    )[0]?.n ?? 0,
  );

export const findTasks = (db: Executor, partnershipId: string, id?: string): Promise<TaskRow[]> =>
  db
    .select()
    .from(partnershipTasks)
    .where(and(eq(partnershipTasks.partnershipId, partnershipId), idIs(partnershipTasks.id, id)))
    .orderBy(asc(partnershipTasks.dueOn), asc(partnershipTasks.id));

/** Orders of the tasks table; the id last keeps pages stable. A task without a responsible partner sorts last. */
const taskOrderings: Record<TaskSort, SQL[]> = {
  dueOn: [asc(partnershipTasks.dueOn), asc(partnershipTasks.id)],
  '-dueOn': [desc(partnershipTasks.dueOn), desc(partnershipTasks.id)],
  status: [asc(partnershipTasks.status), asc(partnershipTasks.dueOn), asc(partnershipTasks.id)],
  '-status': [desc(partnershipTasks.status), asc(partnershipTasks.dueOn), asc(partnershipTasks.id)],
  responsible: [
    sql`${institutions.name} asc nulls last`,
    asc(partnershipTasks.dueOn),
    asc(partnershipTasks.id),
  ],
  '-responsible': [
    sql`${institutions.name} desc nulls last`,
    asc(partnershipTasks.dueOn),
    asc(partnershipTasks.id),
  ],
};

/** One page of a plan's tasks with the filters of the tasks table, and how many match in all. */
export async function findTaskPage(
  db: Executor,
  partnershipId: string,
  query: Pick<ListTasksQuery, 'sort' | 'status' | 'responsibleMemberId' | 'overdue' | 'page' | 'pageSize'>,
  today: string,
): Promise<{ rows: TaskRow[]; total: number }> {
  const where = and(
    eq(partnershipTasks.partnershipId, partnershipId),
    query.status ? eq(partnershipTasks.status, query.status) : undefined,
    query.responsibleMemberId
      ? eq(partnershipTasks.responsibleMemberId, query.responsibleMemberId)
      : undefined,
    query.overdue === true
      ? and(ne(partnershipTasks.status, 'done'), lt(partnershipTasks.dueOn, today))
      : undefined,
    query.overdue === false
      ? sql`not (${partnershipTasks.status} <> 'done' and ${partnershipTasks.dueOn} < ${today})`
      : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select({ task: partnershipTasks })
      .from(partnershipTasks)
      .leftJoin(partnershipMembers, eq(partnershipMembers.id, partnershipTasks.responsibleMemberId))
      .leftJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
      .where(where)
      .orderBy(...taskOrderings[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(partnershipTasks).where(where),
  ]);
  return { rows: rows.map((r) => r.task), total: Number(counted?.n ?? 0) };
}

/** Every dependency of the plan's tasks, task → the tasks it waits for. */
export async function findDependencies(db: Executor, partnershipId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .select({
      taskId: partnershipTaskDependencies.taskId,
      dependsOnId: partnershipTaskDependencies.dependsOnId,
    })
    .from(partnershipTaskDependencies)
    .innerJoin(partnershipTasks, eq(partnershipTasks.id, partnershipTaskDependencies.taskId))
    .where(eq(partnershipTasks.partnershipId, partnershipId));
  const edges = new Map<string, string[]>();
  for (const r of rows) edges.set(r.taskId, [...(edges.get(r.taskId) ?? []), r.dependsOnId]);
  return edges;
}

export const insertTask = async (db: Executor, row: TaskInsert): Promise<TaskRow> =>
  (await db.insert(partnershipTasks).values(row).returning())[0]!;

export const updateTaskAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<TaskInsert>,
): Promise<TaskRow | undefined> =>
  first(
    await db
      .update(partnershipTasks)
      .set({ ...changes, ...bumped(version) })
      .where(and(eq(partnershipTasks.id, id), eq(partnershipTasks.version, version)))
      .returning(),
  );

export async function replaceDependencies(db: Executor, taskId: string, dependsOn: readonly string[]) {
  await db.delete(partnershipTaskDependencies).where(eq(partnershipTaskDependencies.taskId, taskId));
  if (dependsOn.length)
    await db
      .insert(partnershipTaskDependencies)
      .values(dependsOn.map((dependsOnId) => ({ taskId, dependsOnId })));
}

/** Removes the task and what it waits for (cascade); tasks that wait for it must be changed first. */
export const deleteTask = (db: Executor, id: string) =>
  db.delete(partnershipTasks).where(eq(partnershipTasks.id, id));

export const countTasks = async (db: Executor, partnershipId: string) =>
  Number(
    (
      await db
        .select({ n: count() })
        .from(partnershipTasks)
        .where(eq(partnershipTasks.partnershipId, partnershipId))
    )[0]?.n ?? 0,
  );

/**
 * Open tasks past their due date whose responsible member is one of `institutionIds`, counted
 * per partnership (active ones, current members): the home dashboard's reminder.
 */
export const countOverdueTasks = (db: Executor, institutionIds: string[], today: string) =>
  institutionIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          partnershipId: partnerships.id,
          partnershipName: partnerships.name,
          institutionId: institutions.id,
          institutionName: institutions.name,
          overdue: sql<number>`count(*)::int`,
        })
        .from(partnershipTasks)
        .innerJoin(partnershipMembers, eq(partnershipMembers.id, partnershipTasks.responsibleMemberId))
        .innerJoin(partnerships, eq(partnerships.id, partnershipTasks.partnershipId))
        .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
        .where(
          and(
            inArray(partnershipMembers.institutionId, institutionIds),
            sql`${partnershipMembers.leftAt} is null`,
            eq(partnerships.status, 'active'),
            ne(partnershipTasks.status, 'done'),
            lt(partnershipTasks.dueOn, today),
          ),
        )
        .groupBy(partnerships.id, partnerships.name, institutions.id, institutions.name)
        .orderBy(asc(partnerships.name), asc(institutions.name));
