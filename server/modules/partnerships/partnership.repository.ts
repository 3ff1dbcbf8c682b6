import { and, asc, count, desc, eq, exists, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { ListPartnershipsQuery, PartnershipSort } from '../../../common/contracts/partnerships';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { partnershipAreas, partnershipMembers, partnerships } from './partnership.table';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type PartnershipInsert = typeof partnerships.$inferInsert;

/** The ids Postgres accepts as uuid; anything else cannot name a record. */
export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const findPartnershipRow = async (db: Executor, id: string): Promise<PartnershipRow | undefined> =>
  isUuid(id) ? (await db.select().from(partnerships).where(eq(partnerships.id, id)).limit(1))[0] : undefined;

/** Locks the row for the rest of the transaction, so two changes of one partnership queue up. */
export const lockPartnershipRow = async (db: Executor, id: string): Promise<PartnershipRow | undefined> =>
  isUuid(id)
    ? (await db.select().from(partnerships).where(eq(partnerships.id, id)).limit(1).for('update'))[0]
    : undefined;

export const insertPartnership = async (db: Executor, row: PartnershipInsert): Promise<PartnershipRow> =>
  (await db.insert(partnerships).values(row).returning())[0]!;

/** Writes only if the row is still at the version the caller read; undefined means someone was first. */
export const updatePartnershipAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<PartnershipInsert>,
): Promise<PartnershipRow | undefined> =>
  (
    await db
      .update(partnerships)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(partnerships.id, id), eq(partnerships.version, version)))
      .returning()
  )[0];

/** The area is a set of codes nothing refers to: replacing it rewrites the set. */
export async function replaceAreas(db: Executor, partnershipId: string, codes: readonly string[]) {
  await db.delete(partnershipAreas).where(eq(partnershipAreas.partnershipId, partnershipId));
  if (codes.length)
    await db
      .insert(partnershipAreas)
      .values(codes.map((territoryCode) => ({ partnershipId, territoryCode })));
}

export async function findAreaCodes(db: Executor, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db
    .select()
    .from(partnershipAreas)
    .where(inArray(partnershipAreas.partnershipId, [...ids]))
    .orderBy(asc(partnershipAreas.territoryCode));
  for (const row of rows) out.get(row.partnershipId)?.push(row.territoryCode);
  return out;
}

/** The units that contain a unit: its voivodeship, its powiat, itself (2, 4 and 7 digits). */
const unitsCovering = (code: string) => [...new Set([code.slice(0, 2), code.slice(0, 4), code])];

/**
 * The list's filters. A territory matches partnerships whose area lies within it (codes starting
 * with it) or covers it (a powiat-wide partnership is found from its gminas), both through the
 * area code index; `mine` through the members' institution index.
 */
function filtersOf(
  db: Executor,
  query: ListPartnershipsQuery,
  mineOf: readonly string[] | null,
): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.status !== 'all') conditions.push(eq(partnerships.status, query.status));
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(partnerships.searchName, `%${escapeLike(q)}%`));
  if (query.kind) conditions.push(eq(partnerships.kind, query.kind));
  if (query.step) conditions.push(eq(partnerships.currentStep, query.step));
  if (query.territory) {
    const code = query.territory;
    conditions.push(
      exists(
        db
          .select({ one: partnershipAreas.partnershipId })
          .from(partnershipAreas)
          .where(
            and(
              eq(partnershipAreas.partnershipId, partnerships.id),
              or(
                like(partnershipAreas.territoryCode, `${code}%`),
                inArray(partnershipAreas.territoryCode, unitsCovering(code)),
              ),
            ),
          ),
      ),
    );
  }
  if (mineOf)
    conditions.push(
      mineOf.length === 0
        ? sql`false`
        : exists(
            db
              .select({ one: partnershipMembers.id })
              .from(partnershipMembers)
              .where(
                and(
                  eq(partnershipMembers.partnershipId, partnerships.id),
                  isNull(partnershipMembers.leftAt),
                  inArray(partnershipMembers.institutionId, [...mineOf]),
                ),
              ),
          ),
    );
  return conditions.length ? and(...conditions) : undefined;
}

const orderings: Record<PartnershipSort, SQL[]> = {
  name: [asc(partnerships.searchName), asc(partnerships.id)],
  '-name': [desc(partnerships.searchName), desc(partnerships.id)],
  updatedAt: [asc(partnerships.updatedAt), asc(partnerships.id)],
  '-updatedAt': [desc(partnerships.updatedAt), desc(partnerships.id)],
};

/** One page of partnerships and the total under the same filters; `mineOf` limits to those institutions' ones. */
export async function searchPartnerships(
  db: Executor,
  query: ListPartnershipsQuery,
  mineOf: readonly string[] | null,
): Promise<{ rows: PartnershipRow[]; total: number }> {
  const where = filtersOf(db, query, mineOf);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(partnerships)
      .where(where)
      .orderBy(...orderings[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(partnerships).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}
