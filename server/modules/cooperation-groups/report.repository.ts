import { and, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { GroupOutcome } from '../../../common/contracts/cooperation-groups';
import type { Executor } from '../../platform/db';
import { isUuid } from './authorisation.repository';
import {
  cooperationAuthorisations,
  cooperationGroups,
  cooperationGroupTasks,
  cooperationNeedsReports,
} from './cooperation-groups.table';

export type NeedsReportRow = typeof cooperationNeedsReports.$inferSelect;

export const insertNeedsReport = async (
  db: Executor,
  row: typeof cooperationNeedsReports.$inferInsert,
): Promise<NeedsReportRow> => (await db.insert(cooperationNeedsReports).values(row).returning())[0]!;

export const findNeedsReport = async (db: Executor, id: string): Promise<NeedsReportRow | undefined> =>
  isUuid(id)
    ? (await db.select().from(cooperationNeedsReports).where(eq(cooperationNeedsReports.id, id)))[0]
    : undefined;

/** One page of the reports sent by or to those institutions; every report for `null`. */
export async function searchNeedsReports(
  db: Executor,
  scope: readonly string[] | null,
  page: { page: number; pageSize: number },
): Promise<{ rows: NeedsReportRow[]; total: number }> {
  const where: SQL | undefined =
    scope === null
      ? undefined
      : scope.length === 0
        ? sql`false`
        : or(
            inArray(cooperationNeedsReports.opsInstitutionId, [...scope]),
            inArray(cooperationNeedsReports.ropsInstitutionId, [...scope]),
          );
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(cooperationNeedsReports)
      .where(where)
      .orderBy(desc(cooperationNeedsReports.submittedAt), desc(cooperationNeedsReports.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(cooperationNeedsReports).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** A timestamp's calendar day in Warsaw, where the periods are counted. */
const warsawDay = (column: unknown) => sql`(${column} at time zone 'Europe/Warsaw')::date`;

export interface SummaryCounts {
  convened: number;
  active: number;
  closedByOutcome: Partial<Record<GroupOutcome, number>>;
  tasksDone: number;
  tasksOverdue: number;
}

/**
 * Counts of the groups convened under authorisations the gmina granted, in the period: convened
 * in it, active at its end, closed in it (by outcome); tasks done in it, and tasks due in it (by
 * `today`) that were not done by their due date. Only numbers leave the database.
 */
export async function summaryCounts(
  db: Executor,
  jstInstitutionId: string,
  period: { from: string; to: string; today: string },
): Promise<SummaryCounts> {
  const ofGmina = inArray(
    cooperationGroups.authorisationId,
    db
      .select({ id: cooperationAuthorisations.id })
      .from(cooperationAuthorisations)
      .where(eq(cooperationAuthorisations.jstInstitutionId, jstInstitutionId)),
  );
  const created = warsawDay(cooperationGroups.createdAt);
  const closed = warsawDay(cooperationGroups.closedAt);
  const { from, to, today } = period;
  const [groups] = await db
    .select({
      convened: sql<number>`count(*) filter (where ${created} between ${from} and ${to})`.mapWith(Number),
      active:
        sql<number>`count(*) filter (where ${created} <= ${to} and (${cooperationGroups.closedAt} is null or ${closed} > ${to}))`.mapWith(
          Number,
        ),
    })
    .from(cooperationGroups)
    .where(ofGmina);
  const byOutcome = await db
    .select({ outcome: cooperationGroups.outcome, n: count() })
    .from(cooperationGroups)
    .where(and(ofGmina, sql`${closed} between ${from} and ${to}`))
    .groupBy(cooperationGroups.outcome);
  const [tasks] = await db
    .select({
      done: sql<number>`count(*) filter (where ${cooperationGroupTasks.status} = 'done' and ${cooperationGroupTasks.completedOn} between ${from} and ${to})`.mapWith(
        Number,
      ),
      overdue:
        sql<number>`count(*) filter (where ${cooperationGroupTasks.status} <> 'cancelled' and ${cooperationGroupTasks.dueOn} between ${from} and ${to} and ${cooperationGroupTasks.dueOn} < ${today} and (${cooperationGroupTasks.completedOn} is null or ${cooperationGroupTasks.completedOn} > ${cooperationGroupTasks.dueOn}))`.mapWith(
          Number,
        ),
    })
    .from(cooperationGroupTasks)
    .innerJoin(cooperationGroups, eq(cooperationGroups.id, cooperationGroupTasks.groupId))
    .where(ofGmina);
  return {
    convened: groups?.convened ?? 0,
    active: groups?.active ?? 0,
    closedByOutcome: Object.fromEntries(byOutcome.flatMap((r) => (r.outcome ? [[r.outcome, r.n]] : []))),
    tasksDone: tasks?.done ?? 0,
    tasksOverdue: tasks?.overdue ?? 0,
  };
}
