import { and, asc, count, desc, eq, gte, inArray, like, lte, ne, or, type SQL, sql, sum } from 'drizzle-orm';
import type { ListPlansQuery } from '../../../common/contracts/commissioning';
import type { InstitutionType } from '../../../common/enums';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { commissioningPlans, plannedCommissions } from './commissioning.table';

export type PlanRow = typeof commissioningPlans.$inferSelect;
export type PlanInsert = typeof commissioningPlans.$inferInsert;

/** The JST a plan belongs to, as lists and pages show it. */
export interface JstRef {
  id: string;
  name: string;
  type: InstitutionType;
  territoryCode: string;
}
export type PlanListRow = PlanRow & { jst: JstRef };

export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const jstColumns = {
  id: institutions.id,
  name: institutions.name,
  type: institutions.type,
  territoryCode: institutions.territoryCode,
};

const selectPlans = (db: Executor) =>
  db
    .select({ row: commissioningPlans, jst: jstColumns })
    .from(commissioningPlans)
    .innerJoin(institutions, eq(institutions.id, commissioningPlans.jstInstitutionId));

const flatten = (r: { row: PlanRow; jst: JstRef }): PlanListRow => ({ ...r.row, jst: r.jst });

export const findPlanRow = async (db: Executor, id: string): Promise<PlanListRow | undefined> =>
  isUuid(id)
    ? (await selectPlans(db).where(eq(commissioningPlans.id, id)).limit(1)).map(flatten)[0]
    : undefined;

/** Holds the plan for the rest of the transaction, so changes of one plan and its parts queue up. */
export const lockPlanRow = async (db: Executor, id: string): Promise<PlanListRow | undefined> =>
  isUuid(id)
    ? (
        await selectPlans(db)
          .where(eq(commissioningPlans.id, id))
          .limit(1)
          .for('update', { of: commissioningPlans })
      ).map(flatten)[0]
    : undefined;

export const insertPlan = async (db: Executor, row: PlanInsert): Promise<PlanRow> =>
  (await db.insert(commissioningPlans).values(row).returning())[0]!;

/** Writes only if the plan is still at the version the caller read; undefined means someone was first. */
export const updatePlanAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<PlanInsert>,
): Promise<PlanRow | undefined> =>
  (
    await db
      .update(commissioningPlans)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(commissioningPlans.id, id), eq(commissioningPlans.version, version)))
      .returning()
  )[0];

/**
 * The list's filters. `draftsOf` are the JSTs whose drafts the actor may see (null: all, for the
 * platform administrator); everyone else's drafts are left out, adopted plans are public.
 */
function filtersOf(query: ListPlansQuery, draftsOf: readonly string[] | null): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (draftsOf)
    conditions.push(
      draftsOf.length
        ? or(
            ne(commissioningPlans.state, 'draft'),
            inArray(commissioningPlans.jstInstitutionId, [...draftsOf]),
          )
        : ne(commissioningPlans.state, 'draft'),
    );
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(commissioningPlans.searchTitle, `%${escapeLike(q)}%`));
  if (query.state) conditions.push(eq(commissioningPlans.state, query.state));
  if (query.jstInstitutionId)
    conditions.push(eq(commissioningPlans.jstInstitutionId, query.jstInstitutionId));
  if (query.territory) conditions.push(like(institutions.territoryCode, `${query.territory}%`));
  if (query.year)
    conditions.push(
      lte(commissioningPlans.startsOn, `${query.year}-12-31`),
      gte(commissioningPlans.endsOn, `${query.year}-01-01`),
    );
  const given = conditions.filter((c): c is SQL => c !== undefined);
  return given.length ? and(...given) : undefined;
}

/** One page of plans, the latest periods first, and the total under the same filters. */
export async function searchPlans(
  db: Executor,
  query: ListPlansQuery,
  draftsOf: readonly string[] | null,
): Promise<{ rows: PlanListRow[]; total: number }> {
  const where = filtersOf(query, draftsOf);
  const [rows, totals] = await Promise.all([
    selectPlans(db)
      .where(where)
      .orderBy(
        desc(commissioningPlans.startsOn),
        asc(commissioningPlans.searchTitle),
        asc(commissioningPlans.id),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: count() })
      .from(commissioningPlans)
      .innerJoin(institutions, eq(institutions.id, commissioningPlans.jstInstitutionId))
      .where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.total ?? 0 };
}

/** How many commissions each plan has and their planned budget in grosze. */
export async function commissionTotals(
  db: Executor,
  planIds: readonly string[],
): Promise<Map<string, { count: number; budget: number }>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .select({
      planId: plannedCommissions.planId,
      count: count(),
      budget: sql<string | null>`${sum(plannedCommissions.budget)}`,
    })
    .from(plannedCommissions)
    .where(inArray(plannedCommissions.planId, [...planIds]))
    .groupBy(plannedCommissions.planId);
  return new Map(rows.map((r) => [r.planId, { count: r.count, budget: Number(r.budget ?? 0) }]));
}

/** The JSTs among these institutions, for the "new plan" form. */
export const findJsts = (db: Executor, ids: readonly string[]): Promise<JstRef[]> =>
  ids.length
    ? db
        .select(jstColumns)
        .from(institutions)
        .where(and(inArray(institutions.id, [...ids]), eq(institutions.status, 'active')))
        .orderBy(asc(institutions.searchName))
    : Promise.resolve([]);
