import { and, asc, count, eq, like, ne, or, type SQL } from 'drizzle-orm';
import type { ListOfferingsQuery } from '../../../common/contracts/service-offerings';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { serviceAreas, serviceTypes } from './catalogue.table';
import { isUuid } from './catalogue-codes';
import { serviceOfferings } from './offering.table';

export type OfferingRow = typeof serviceOfferings.$inferSelect;
export type OfferingInsert = typeof serviceOfferings.$inferInsert;

const selectOfferings = (db: Executor) =>
  db
    .select({
      row: serviceOfferings,
      serviceType: {
        id: serviceTypes.id,
        code: serviceTypes.code,
        name: serviceTypes.name,
        deliveryUnit: serviceTypes.deliveryUnit,
        status: serviceTypes.status,
      },
      area: { id: serviceAreas.id, name: serviceAreas.name },
      institution: {
        id: institutions.id,
        name: institutions.name,
        type: institutions.type,
        city: institutions.city,
        status: institutions.status,
      },
    })
    .from(serviceOfferings)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceOfferings.serviceTypeId))
    .innerJoin(serviceAreas, eq(serviceAreas.id, serviceTypes.areaId))
    .innerJoin(institutions, eq(institutions.id, serviceOfferings.institutionId));

type Selected = Awaited<ReturnType<typeof selectOfferings>>[number];
/** An offering with what its card shows of its type, area and institution. */
export type OfferingListRow = OfferingRow & Omit<Selected, 'row'>;
const flatten = ({ row, ...joined }: Selected): OfferingListRow => ({ ...row, ...joined });

export const findOfferingRow = async (db: Executor, id: string): Promise<OfferingListRow | undefined> =>
  isUuid(id)
    ? (await selectOfferings(db).where(eq(serviceOfferings.id, id)).limit(1)).map(flatten)[0]
    : undefined;

/** The offering an HSDS service id names: one imported with that id, or one of ours published under it. */
export const findOfferingByHsdsId = async (db: Executor, hsdsId: string): Promise<OfferingRow | undefined> =>
  (
    await db
      .select()
      .from(serviceOfferings)
      .where(or(eq(serviceOfferings.hsdsId, hsdsId), eq(serviceOfferings.id, hsdsId)))
      .limit(1)
  )[0];

function filtersOf(query: Omit<ListOfferingsQuery, 'page' | 'pageSize'>): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.status === 'current') conditions.push(ne(serviceOfferings.status, 'ended'));
  if (query.status === 'ended') conditions.push(eq(serviceOfferings.status, 'ended'));
  if (query.institutionId) conditions.push(eq(serviceOfferings.institutionId, query.institutionId));
  if (query.serviceTypeId) conditions.push(eq(serviceOfferings.serviceTypeId, query.serviceTypeId));
  if (query.areaId) conditions.push(eq(serviceTypes.areaId, query.areaId));
  if (query.territory) conditions.push(like(serviceOfferings.territoryCode, `${query.territory}%`));
  const q = query.q ? toSearchable(query.q) : '';
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(like(serviceTypes.searchName, pattern), like(institutions.searchName, pattern))!);
  }
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of offerings: by institution, then by service type. */
export async function searchOfferings(
  db: Executor,
  query: ListOfferingsQuery,
): Promise<{ rows: OfferingListRow[]; total: number }> {
  const where = filtersOf(query);
  const [rows, totals] = await Promise.all([
    selectOfferings(db)
      .where(where)
      .orderBy(asc(institutions.searchName), asc(serviceTypes.searchName), asc(serviceOfferings.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: count() })
      .from(serviceOfferings)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceOfferings.serviceTypeId))
      .innerJoin(institutions, eq(institutions.id, serviceOfferings.institutionId))
      .where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.total ?? 0 };
}

export const insertOffering = async (db: Executor, row: OfferingInsert): Promise<OfferingRow> =>
  (await db.insert(serviceOfferings).values(row).returning())[0]!;

/** Writes only if the row is still at the version the caller read; undefined when someone was first. */
export const updateOfferingAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<OfferingInsert>,
): Promise<OfferingRow | undefined> =>
  (
    await db
      .update(serviceOfferings)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(serviceOfferings.id, id), eq(serviceOfferings.version, version)))
      .returning()
  )[0];
