import { and, asc, count, eq, like, type SQL, sql } from 'drizzle-orm';
import type { ListServiceAreasQuery } from '../../../common/contracts/social-services';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { qualified } from '../../platform/db';
import { serviceAreas, serviceTypes } from './catalogue.table';
import { isUuid } from './catalogue-codes';

export type ServiceAreaRow = typeof serviceAreas.$inferSelect;
export type ServiceAreaInsert = typeof serviceAreas.$inferInsert;
export type ServiceAreaListRow = ServiceAreaRow & { activeTypeCount: number };

const activeTypeCount = sql<number>`(select count(*) from ${serviceTypes}
  where ${qualified(serviceTypes.areaId)} = ${qualified(serviceAreas.id)}
  and ${qualified(serviceTypes.status)} = 'active')`.mapWith(Number);

export const findAreaRow = async (db: Executor, id: string): Promise<ServiceAreaListRow | undefined> =>
  isUuid(id)
    ? (
        await db
          .select({ row: serviceAreas, activeTypeCount })
          .from(serviceAreas)
          .where(eq(serviceAreas.id, id))
          .limit(1)
      ).map((r) => ({ ...r.row, activeTypeCount: r.activeTypeCount }))[0]
    : undefined;

export const findAreaCodes = async (db: Executor): Promise<Set<string>> =>
  new Set((await db.select({ code: serviceAreas.code }).from(serviceAreas)).map((r) => r.code));

/** Areas by name, with how many service types are in use in each. */
export async function searchAreas(
  db: Executor,
  query: ListServiceAreasQuery,
): Promise<{ rows: ServiceAreaListRow[]; total: number }> {
  const q = query.q ? toSearchable(query.q) : '';
  const where: SQL | undefined = q ? like(serviceAreas.searchName, `%${escapeLike(q)}%`) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select({ row: serviceAreas, activeTypeCount })
      .from(serviceAreas)
      .where(where)
      .orderBy(asc(serviceAreas.searchName), asc(serviceAreas.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(serviceAreas).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.row, activeTypeCount: r.activeTypeCount })),
    total: totals[0]?.total ?? 0,
  };
}

export const insertArea = async (db: Executor, row: ServiceAreaInsert): Promise<ServiceAreaRow> =>
  (await db.insert(serviceAreas).values(row).returning())[0]!;

/** Writes only if the row is still at the version the caller read; undefined when someone was first. */
export const updateAreaAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ServiceAreaInsert>,
): Promise<ServiceAreaRow | undefined> =>
  (
    await db
      .update(serviceAreas)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(serviceAreas.id, id), eq(serviceAreas.version, version)))
      .returning()
  )[0];
