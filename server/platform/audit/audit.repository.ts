import { and, count, desc, eq, gte, inArray, like, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AuditFilters } from '../../../common/contracts/audit';
import { escapeLike } from '../../../common/text';
import type { Executor } from '../db';
import { auditEvents } from './audit.table';

export type AuditRow = typeof auditEvents.$inferSelect;

/**
 * Whose events a reader may see: the ids of institutions, or `all` for a platform administrator.
 * An empty list means nothing, never everything.
 */
export type AuditScope = readonly string[] | 'all';

/** Midnight of a calendar day in Warsaw, the zone staff mean when they pick a date. */
const warsawMidnight = (day: string, plusDays = 0) =>
  sql`((${day}::date + ${plusDays}::int)::timestamp at time zone 'Europe/Warsaw')`;

/**
 * The reader's filters within their scope (which also carries the institution filter, see
 * `narrowAuditScope`). Each condition is an index condition: institution, actor and entity lead their own indexes,
 * the action prefix leads `audit_events_action_idx` (LIKE 'x%' on text_pattern_ops), and dates
 * bound `occurred_at`, which every index carries for the newest-first order.
 */
export function auditConditions(
  filters: Omit<AuditFilters, 'institutionId'>,
  scope: AuditScope,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (scope !== 'all') conditions.push(inArray(auditEvents.institutionId, [...scope]));
  if (filters.actorId) conditions.push(eq(auditEvents.actorUserId, filters.actorId));
  if (filters.action) conditions.push(like(auditEvents.action, `${escapeLike(filters.action)}%`));
  if (filters.entityType) conditions.push(eq(auditEvents.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditEvents.entityId, filters.entityId));
  if (filters.from) conditions.push(gte(auditEvents.occurredAt, warsawMidnight(filters.from)));
  if (filters.to) conditions.push(lt(auditEvents.occurredAt, warsawMidnight(filters.to, 1)));
  return and(...conditions);
}

const newestFirst = [desc(auditEvents.occurredAt), desc(auditEvents.id)];

/** The page's query, unexecuted, so the index test can `explain` exactly what the page runs. */
export const auditPageQuery = (db: Executor, where: SQL | undefined, limit: number, offset: number) =>
  db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(...newestFirst)
    .limit(limit)
    .offset(offset);

/** Counts matching rows but stops at `cap`: the count of a page never reads more than that. */
export const auditCountQuery = (db: Executor, where: SQL | undefined, cap: number) => {
  const capped = db.select({ one: sql`1` }).from(auditEvents).where(where).limit(cap).as('capped');
  return db.select({ total: count() }).from(capped);
};

/** One page of events, newest first, and how many match (exact up to `cap`). */
export async function findAuditPage(
  db: Executor,
  where: SQL | undefined,
  page: { limit: number; offset: number; cap: number },
): Promise<{ rows: AuditRow[]; total: number; capped: boolean }> {
  const [rows, totals] = await Promise.all([
    auditPageQuery(db, where, page.limit, page.offset),
    auditCountQuery(db, where, page.cap + 1),
  ]);
  const total = totals[0]?.total ?? 0;
  return { rows, total: Math.min(total, page.cap), capped: total > page.cap };
}

/** The exact moment as text: JavaScript dates drop the microseconds Postgres keeps. */
const exactMoment = sql<string>`to_char(${auditEvents.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Every matching event, newest first, up to `limit`, read in batches by keyset (the position
 * after the last row read), so a large export holds one batch in memory and never pays for an
 * offset.
 */
export async function* streamAuditRows(
  db: Executor,
  where: SQL | undefined,
  limit: number,
  batchSize = 1000,
): AsyncGenerator<AuditRow> {
  let after: { moment: string; id: string } | undefined;
  let left = limit;
  while (left > 0) {
    const position = after
      ? and(
          lte(auditEvents.occurredAt, sql`${after.moment}::timestamptz`),
          or(lt(auditEvents.occurredAt, sql`${after.moment}::timestamptz`), lt(auditEvents.id, after.id)),
        )
      : undefined;
    const batch = await db
      .select({ row: auditEvents, moment: exactMoment })
      .from(auditEvents)
      .where(and(where, position))
      .orderBy(...newestFirst)
      .limit(Math.min(batchSize, left));
    for (const { row } of batch) yield row;
    const last = batch.at(-1);
    if (!last || batch.length < Math.min(batchSize, left)) return;
    left -= batch.length;
    after = { moment: last.moment, id: last.row.id };
  }
}
