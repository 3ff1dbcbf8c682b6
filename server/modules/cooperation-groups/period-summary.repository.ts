import { and, count, desc, eq, inArray, min, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { isUuid } from './authorisation.repository';
import { cooperationAuthorisations } from './cooperation-groups.table';
import { cooperationPeriodSummaries, cooperationPeriodSummaryReads } from './period-summary.table';

export type PeriodSummaryRow = typeof cooperationPeriodSummaries.$inferSelect;
export type PeriodSummaryRowWithOpened = PeriodSummaryRow & { opened: boolean };

/** The first day any authorisation of the gmina is valid from: no group can be counted before it. */
export const firstAuthorisationDay = async (db: Executor, jstId: string): Promise<string | null> =>
  (
    await db
      .select({ first: min(cooperationAuthorisations.validFrom) })
      .from(cooperationAuthorisations)
      .where(eq(cooperationAuthorisations.jstInstitutionId, jstId))
  )[0]?.first ?? null;

/** The quarters already counted for the gmina, as `year-quarter`. */
export const countedQuarters = async (db: Executor, jstId: string): Promise<Set<string>> =>
  new Set(
    (
      await db
        .select({ year: cooperationPeriodSummaries.year, quarter: cooperationPeriodSummaries.quarter })
        .from(cooperationPeriodSummaries)
        .where(eq(cooperationPeriodSummaries.jstInstitutionId, jstId))
    ).map((r) => `${r.year}-${r.quarter}`),
  );

/** Keeps a quarter's counts; a concurrent first reading that kept them already wins (undefined). */
export const insertPeriodSummary = async (
  db: Executor,
  row: typeof cooperationPeriodSummaries.$inferInsert,
): Promise<PeriodSummaryRow | undefined> =>
  (await db.insert(cooperationPeriodSummaries).values(row).onConflictDoNothing().returning())[0];

const opened = (userId: string | null) =>
  userId
    ? sql<boolean>`exists (select 1 from ${cooperationPeriodSummaryReads} r where r.summary_id = ${cooperationPeriodSummaries.id} and r.user_id = ${userId})`
    : sql<boolean>`false`;

/** A page of the gmina's summaries, latest quarter first, with whether the user opened each. */
export async function searchPeriodSummaries(
  db: Executor,
  jstId: string,
  userId: string | null,
  query: { year?: number | undefined; page: number; pageSize: number },
): Promise<{ rows: PeriodSummaryRowWithOpened[]; total: number }> {
  const where = and(
    eq(cooperationPeriodSummaries.jstInstitutionId, jstId),
    query.year ? eq(cooperationPeriodSummaries.year, query.year) : undefined,
  );
  const rows = await db
    .select({ summary: cooperationPeriodSummaries, opened: opened(userId) })
    .from(cooperationPeriodSummaries)
    .where(where)
    .orderBy(desc(cooperationPeriodSummaries.year), desc(cooperationPeriodSummaries.quarter))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const totals = await db.select({ total: count() }).from(cooperationPeriodSummaries).where(where);
  return { rows: rows.map((r) => ({ ...r.summary, opened: !!r.opened })), total: totals[0]?.total ?? 0 };
}

export const findPeriodSummary = async (
  db: Executor,
  id: string,
  userId: string | null,
): Promise<PeriodSummaryRowWithOpened | undefined> => {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ summary: cooperationPeriodSummaries, opened: opened(userId) })
    .from(cooperationPeriodSummaries)
    .where(eq(cooperationPeriodSummaries.id, id));
  return row ? { ...row.summary, opened: !!row.opened } : undefined;
};

export const markPeriodSummaryOpened = async (db: Executor, summaryId: string, userId: string) =>
  db.insert(cooperationPeriodSummaryReads).values({ summaryId, userId }).onConflictDoNothing();

/** Of the gminas' summaries of one quarter, those the user has not opened yet. */
export const unopenedSummariesOf = (
  db: Executor,
  jstIds: readonly string[],
  userId: string,
  period: { year: number; quarter: number },
) =>
  jstIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: cooperationPeriodSummaries.id,
          jstInstitutionId: cooperationPeriodSummaries.jstInstitutionId,
          year: cooperationPeriodSummaries.year,
          quarter: cooperationPeriodSummaries.quarter,
        })
        .from(cooperationPeriodSummaries)
        .where(
          and(
            inArray(cooperationPeriodSummaries.jstInstitutionId, [...jstIds]),
            eq(cooperationPeriodSummaries.year, period.year),
            eq(cooperationPeriodSummaries.quarter, period.quarter),
            sql`not ${opened(userId)}`,
          ),
        );

/** Which of these institutions are gmina governments (only they receive the mayor's summary). */
export const gminaGovernments = async (db: Executor, ids: readonly string[]) =>
  ids.length === 0
    ? []
    : db
        .select({ id: institutions.id, name: institutions.name })
        .from(institutions)
        .where(and(inArray(institutions.id, [...ids]), eq(institutions.type, 'jstGmina')))
        .orderBy(institutions.name);
