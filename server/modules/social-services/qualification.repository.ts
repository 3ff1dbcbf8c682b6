import { and, asc, count, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { ListQualificationsQuery } from '../../../common/contracts/social-services';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { qualified } from '../../platform/db';
import { qualifications, serviceTypeQualifications, serviceTypes } from './catalogue.table';
import { isUuid } from './catalogue-codes';

export type QualificationRow = typeof qualifications.$inferSelect;
export type QualificationInsert = typeof qualifications.$inferInsert;
export type QualificationListRow = QualificationRow & { serviceTypeCount: number };

const serviceTypeCount = sql<number>`(select count(*) from ${serviceTypeQualifications}
  join ${serviceTypes} on ${qualified(serviceTypes.id)} = ${qualified(serviceTypeQualifications.serviceTypeId)}
  where ${qualified(serviceTypeQualifications.qualificationId)} = ${qualified(qualifications.id)}
  and ${qualified(serviceTypes.status)} = 'active')`.mapWith(Number);

const withCount = (r: { row: QualificationRow; serviceTypeCount: number }): QualificationListRow => ({
  ...r.row,
  serviceTypeCount: r.serviceTypeCount,
});

export const findQualificationRow = async (
  db: Executor,
  id: string,
): Promise<QualificationListRow | undefined> =>
  isUuid(id)
    ? (
        await db
          .select({ row: qualifications, serviceTypeCount })
          .from(qualifications)
          .where(eq(qualifications.id, id))
          .limit(1)
      ).map(withCount)[0]
    : undefined;

export const findQualificationsByIds = (db: Executor, ids: readonly string[]): Promise<QualificationRow[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(qualifications)
        .where(inArray(qualifications.id, [...ids]));

export const findQualificationCodes = async (db: Executor): Promise<Set<string>> =>
  new Set((await db.select({ code: qualifications.code }).from(qualifications)).map((r) => r.code));

function filtersOf(query: ListQualificationsQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.status !== 'all') conditions.push(eq(qualifications.status, query.status));
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(qualifications.searchName, `%${escapeLike(q)}%`));
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of the qualifications catalogue by name, with how many service types require each. */
export async function searchQualifications(
  db: Executor,
  query: ListQualificationsQuery,
): Promise<{ rows: QualificationListRow[]; total: number }> {
  const where = filtersOf(query);
  const [rows, totals] = await Promise.all([
    db
      .select({ row: qualifications, serviceTypeCount })
      .from(qualifications)
      .where(where)
      .orderBy(asc(qualifications.searchName), asc(qualifications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(qualifications).where(where),
  ]);
  return { rows: rows.map(withCount), total: totals[0]?.total ?? 0 };
}

export const insertQualification = async (
  db: Executor,
  row: QualificationInsert,
): Promise<QualificationRow> => (await db.insert(qualifications).values(row).returning())[0]!;

/** Writes only if the row is still at the version the caller read; undefined when someone was first. */
export const updateQualificationAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<QualificationInsert>,
): Promise<QualificationRow | undefined> =>
  (
    await db
      .update(qualifications)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(qualifications.id, id), eq(qualifications.version, version)))
      .returning()
  )[0];
