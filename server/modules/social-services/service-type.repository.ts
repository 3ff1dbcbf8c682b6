import { and, asc, count, eq, like, type SQL, sql } from 'drizzle-orm';
import type { ListServiceTypesQuery } from '../../../common/contracts/social-services';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { qualified } from '../../platform/db';
import { qualifications, serviceAreas, serviceTypeQualifications, serviceTypes } from './catalogue.table';
import { isUuid } from './catalogue-codes';
import { serviceOfferings } from './offering.table';
import type { QualificationRow } from './qualification.repository';

export type ServiceTypeRow = typeof serviceTypes.$inferSelect;
export type ServiceTypeInsert = typeof serviceTypes.$inferInsert;
export interface AreaRef {
  id: string;
  code: string;
  name: string;
}
/** A type with its area and how many current offerings it has. */
export type ServiceTypeListRow = ServiceTypeRow & { area: AreaRef; offeringCount: number };

const offeringCount = sql<number>`(select count(*) from ${serviceOfferings}
  where ${qualified(serviceOfferings.serviceTypeId)} = ${qualified(serviceTypes.id)}
  and ${qualified(serviceOfferings.status)} <> 'ended')`.mapWith(Number);

const selectListRows = (db: Executor) =>
  db
    .select({
      row: serviceTypes,
      area: { id: serviceAreas.id, code: serviceAreas.code, name: serviceAreas.name },
      offeringCount,
    })
    .from(serviceTypes)
    .innerJoin(serviceAreas, eq(serviceAreas.id, serviceTypes.areaId));

const flatten = (r: { row: ServiceTypeRow; area: AreaRef; offeringCount: number }): ServiceTypeListRow => ({
  ...r.row,
  area: r.area,
  offeringCount: r.offeringCount,
});

export const findTypeRow = async (db: Executor, id: string): Promise<ServiceTypeListRow | undefined> =>
  isUuid(id) ? (await selectListRows(db).where(eq(serviceTypes.id, id)).limit(1)).map(flatten)[0] : undefined;

export const findTypeByCode = async (db: Executor, code: string): Promise<ServiceTypeRow | undefined> =>
  (await db.select().from(serviceTypes).where(eq(serviceTypes.code, code)).limit(1))[0];

export const findTypeCodes = async (db: Executor): Promise<Set<string>> =>
  new Set((await db.select({ code: serviceTypes.code }).from(serviceTypes)).map((r) => r.code));

/** The qualifications a type requires, by name. */
export const findTypeQualifications = (db: Executor, typeId: string): Promise<QualificationRow[]> =>
  db
    .select({ q: qualifications })
    .from(serviceTypeQualifications)
    .innerJoin(qualifications, eq(qualifications.id, serviceTypeQualifications.qualificationId))
    .where(eq(serviceTypeQualifications.serviceTypeId, typeId))
    .orderBy(asc(qualifications.searchName))
    .then((rows) => rows.map((r) => r.q));

function filtersOf(query: ListServiceTypesQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.status !== 'all') conditions.push(eq(serviceTypes.status, query.status));
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(serviceTypes.searchName, `%${escapeLike(q)}%`));
  if (query.areaId) conditions.push(eq(serviceTypes.areaId, query.areaId));
  if (query.qualificationId)
    conditions.push(
      sql`exists (select 1 from ${serviceTypeQualifications}
        where ${qualified(serviceTypeQualifications.serviceTypeId)} = ${qualified(serviceTypes.id)}
        and ${qualified(serviceTypeQualifications.qualificationId)} = ${query.qualificationId})`,
    );
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of the catalogue: by area, then by name, so the list reads area by area. */
export async function searchTypes(
  db: Executor,
  query: ListServiceTypesQuery,
): Promise<{ rows: ServiceTypeListRow[]; total: number }> {
  const where = filtersOf(query);
  const [rows, totals] = await Promise.all([
    selectListRows(db)
      .where(where)
      .orderBy(asc(serviceAreas.searchName), asc(serviceTypes.searchName), asc(serviceTypes.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(serviceTypes).where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.total ?? 0 };
}

export const insertType = async (db: Executor, row: ServiceTypeInsert): Promise<ServiceTypeRow> =>
  (await db.insert(serviceTypes).values(row).returning())[0]!;

/** Writes only if the row is still at the version the caller read; undefined when someone was first. */
export const updateTypeAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ServiceTypeInsert>,
): Promise<ServiceTypeRow | undefined> =>
  (
    await db
      .update(serviceTypes)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(serviceTypes.id, id), eq(serviceTypes.version, version)))
      .returning()
  )[0];

/** The links are the card's list of qualifications: replaced whole, the audit log keeps the old list. */
export async function replaceTypeQualifications(
  db: Executor,
  typeId: string,
  qualificationIds: readonly string[],
): Promise<void> {
  await db.delete(serviceTypeQualifications).where(eq(serviceTypeQualifications.serviceTypeId, typeId));
  if (qualificationIds.length)
    await db
      .insert(serviceTypeQualifications)
      .values(qualificationIds.map((qualificationId) => ({ serviceTypeId: typeId, qualificationId })));
}
