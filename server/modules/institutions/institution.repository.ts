import { and, asc, count, desc, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { InstitutionSort, ListInstitutionsQuery } from '../../../common/contracts/institutions';
import { escapeLike, toSearchable } from '../../../common/text';
import { auditEvents } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { institutions } from './institution.table';

export type InstitutionRow = typeof institutions.$inferSelect;
export type InstitutionInsert = typeof institutions.$inferInsert;

/** The ids Postgres accepts as uuid; anything else cannot name an institution. */
export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const findInstitutionRow = async (db: Executor, id: string): Promise<InstitutionRow | undefined> =>
  isUuid(id) ? (await db.select().from(institutions).where(eq(institutions.id, id)).limit(1))[0] : undefined;

/** RODZ digits a gmina's parts may carry (town, rural area, districts, delegatures). */
const RODZ = ['1', '2', '3', '4', '5', '8', '9'];

/**
 * Every condition uses an indexed column: status and type with the name, the denormalised
 * voivodeship and powiat codes, and the territory code (a gmina matches itself and its parts,
 * which share its first six digits).
 */
function filtersOf(query: Omit<ListInstitutionsQuery, 'sort' | 'page' | 'pageSize'>): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.status !== 'all') conditions.push(eq(institutions.status, query.status));
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(institutions.searchName, `%${escapeLike(q)}%`));
  if (query.type?.length) conditions.push(inArray(institutions.type, query.type));
  if (query.voivodeship) conditions.push(eq(institutions.voivodeshipCode, query.voivodeship));
  if (query.powiat) conditions.push(eq(institutions.powiatCode, query.powiat));
  if (query.gmina) {
    const prefix = query.gmina.slice(0, 6);
    conditions.push(
      inArray(
        institutions.territoryCode,
        RODZ.map((r) => prefix + r),
      ),
    );
  }
  return conditions.length ? and(...conditions) : undefined;
}

const orderings: Record<InstitutionSort, SQL[]> = {
  name: [asc(institutions.searchName), asc(institutions.id)],
  '-name': [desc(institutions.searchName), desc(institutions.id)],
  type: [asc(institutions.type), asc(institutions.searchName), asc(institutions.id)],
  '-type': [desc(institutions.type), asc(institutions.searchName), asc(institutions.id)],
  updatedAt: [asc(institutions.updatedAt), asc(institutions.id)],
  '-updatedAt': [desc(institutions.updatedAt), desc(institutions.id)],
};

/** One page of the registry and the total under the same filters, for the pager. */
export async function searchInstitutions(
  db: Executor,
  query: ListInstitutionsQuery,
): Promise<{ rows: InstitutionRow[]; total: number }> {
  const where = filtersOf(query);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(institutions)
      .where(where)
      .orderBy(...orderings[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(institutions).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export const insertInstitution = async (db: Executor, row: InstitutionInsert): Promise<InstitutionRow> =>
  (await db.insert(institutions).values(row).returning())[0]!;

/**
 * Writes a change only if the row is still at the version the caller read; undefined means
 * someone else changed it first.
 */
export const updateInstitutionAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<InstitutionInsert>,
): Promise<InstitutionRow | undefined> =>
  (
    await db
      .update(institutions)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(institutions.id, id), eq(institutions.version, version)))
      .returning()
  )[0];

/** Who deactivated the institution, as the audit log names them (the log outlives the user record). */
export async function findDeactivatorName(db: Executor, institutionId: string): Promise<string | null> {
  const [event] = await db
    .select({ actorName: auditEvents.actorName })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'institution'),
        eq(auditEvents.entityId, institutionId),
        eq(auditEvents.action, 'institution.deactivate'),
      ),
    )
    .orderBy(desc(auditEvents.occurredAt))
    .limit(1);
  return event?.actorName ?? null;
}
