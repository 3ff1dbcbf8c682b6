import { and, asc, count, desc, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import type { ListInitiativesQuery } from '../../../common/contracts/pes-initiatives';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { serviceTypes } from '../social-services';
import { pesInitiatives } from './initiative.table';

export type InitiativeRow = typeof pesInitiatives.$inferSelect;
export type InitiativeInsert = typeof pesInitiatives.$inferInsert;

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const findInitiativeRow = async (db: Executor, id: string): Promise<InitiativeRow | undefined> =>
  isUuid(id)
    ? (await db.select().from(pesInitiatives).where(eq(pesInitiatives.id, id)).limit(1))[0]
    : undefined;

export const insertInitiative = async (db: Executor, values: InitiativeInsert): Promise<InitiativeRow> =>
  (await db.insert(pesInitiatives).values(values).returning())[0]!;

export const updateInitiativeAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<InitiativeInsert>,
): Promise<InitiativeRow | undefined> =>
  (
    await db
      .update(pesInitiatives)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(pesInitiatives.id, id), eq(pesInitiatives.version, version)))
      .returning()
  )[0];

/**
 * A page of initiatives; `visibleTo` (null for the platform administrator) keeps those whose OWES,
 * PUP or JST is one of the actor's institutions, so the page holds only what the policy lets see.
 */
export async function searchInitiatives(
  db: Executor,
  query: ListInitiativesQuery,
  visibleTo: readonly string[] | null,
  /** With `planId`: the ids of that plan's commissions, as the commissioning module gives them. */
  commissionIds?: readonly string[],
): Promise<{ rows: InitiativeRow[]; total: number }> {
  if (visibleTo && visibleTo.length === 0) return { rows: [], total: 0 };
  if (commissionIds && commissionIds.length === 0) return { rows: [], total: 0 };
  const conditions: (SQL | undefined)[] = [];
  if (visibleTo) {
    const ids = [...visibleTo];
    conditions.push(
      or(
        inArray(pesInitiatives.owesInstitutionId, ids),
        inArray(pesInitiatives.pupInstitutionId, ids),
        inArray(pesInitiatives.jstInstitutionId, ids),
      ),
    );
  }
  if (commissionIds) conditions.push(inArray(pesInitiatives.plannedCommissionId, [...commissionIds]));
  if (query.state !== 'all') conditions.push(eq(pesInitiatives.state, query.state));
  if (query.owesInstitutionId) conditions.push(eq(pesInitiatives.owesInstitutionId, query.owesInstitutionId));
  if (query.territory) conditions.push(like(pesInitiatives.territoryCode, `${query.territory}%`));
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(pesInitiatives.searchName, `%${escapeLike(q)}%`));
  const where = and(...conditions.filter((c): c is SQL => !!c));
  const rows = await db
    .select()
    .from(pesInitiatives)
    .where(where)
    .orderBy(asc(pesInitiatives.searchName), desc(pesInitiatives.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db.select({ total: count() }).from(pesInitiatives).where(where);
  return { rows, total: totals?.total ?? 0 };
}

export const findInstitutionRefs = async (db: Executor, ids: readonly string[]) =>
  new Map(
    (ids.length === 0
      ? []
      : await db
          .select({
            id: institutions.id,
            name: institutions.name,
            type: institutions.type,
            status: institutions.status,
            territoryCode: institutions.territoryCode,
            voivodeshipCode: institutions.voivodeshipCode,
            powiatCode: institutions.powiatCode,
          })
          .from(institutions)
          .where(inArray(institutions.id, [...new Set(ids)]))
    ).map((r) => [r.id, r]),
  );

export const findServiceTypeRefs = async (db: Executor, ids: readonly string[]) =>
  new Map(
    (ids.length === 0
      ? []
      : await db
          .select({ id: serviceTypes.id, name: serviceTypes.name, status: serviceTypes.status })
          .from(serviceTypes)
          .where(inArray(serviceTypes.id, [...new Set(ids)]))
    ).map((r) => [r.id, r]),
  );
