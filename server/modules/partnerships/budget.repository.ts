import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { ExportBudgetQuery, ListPledgesQuery } from '../../../common/contracts/partnership-budget';
import { ownCostCategories } from '../../../common/plan-catalogue';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { partnershipBudgetLines, partnershipResourcePledges } from './budget.table';
import { partnershipMembers } from './partnership.table';
import { idIs, paged } from './plan.repository';

export type PledgeRow = typeof partnershipResourcePledges.$inferSelect & { institutionName: string };
export type PledgeInsert = typeof partnershipResourcePledges.$inferInsert;
export type BudgetLineRow = typeof partnershipBudgetLines.$inferSelect & { institutionName: string };
export type BudgetLineInsert = typeof partnershipBudgetLines.$inferInsert;

const bumped = (version: number) => ({ version: version + 1, updatedAt: new Date() });
const first = <T>(rows: T[]): T | undefined => rows[0];

export const findPledges = async (
  db: Executor,
  partnershipId: string,
  id?: string,
  page?: ListPledgesQuery,
): Promise<PledgeRow[]> =>
  (
    await paged(
      db
        .select({ pledge: partnershipResourcePledges, institutionName: institutions.name })
        .from(partnershipResourcePledges)
        .innerJoin(partnershipMembers, eq(partnershipMembers.id, partnershipResourcePledges.memberId))
        .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
        .where(
          and(
            eq(partnershipResourcePledges.partnershipId, partnershipId),
            idIs(partnershipResourcePledges.id, id),
          ),
        )
        .orderBy(
          asc(institutions.name),
          asc(partnershipResourcePledges.kind),
          asc(partnershipResourcePledges.createdAt),
          asc(partnershipResourcePledges.id),
        )
        .$dynamic(),
      page,
    )
  ).map((r) => ({ ...r.pledge, institutionName: r.institutionName }));

export const insertPledge = async (db: Executor, row: PledgeInsert) =>
  (await db.insert(partnershipResourcePledges).values(row).returning())[0]!;

export const updatePledgeAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<PledgeInsert>,
) =>
  first(
    await db
      .update(partnershipResourcePledges)
      .set({ ...changes, ...bumped(version) })
      .where(and(eq(partnershipResourcePledges.id, id), eq(partnershipResourcePledges.version, version)))
      .returning(),
  );

export const deletePledge = (db: Executor, id: string) =>
  db.delete(partnershipResourcePledges).where(eq(partnershipResourcePledges.id, id));

export const countPledges = async (db: Executor, partnershipId: string) =>
  Number(
    (
      await db
        .select({ n: count() })
        .from(partnershipResourcePledges)
        .where(eq(partnershipResourcePledges.partnershipId, partnershipId))
    )[0]?.n ?? 0,
  );

type BudgetFilters = Omit<ExportBudgetQuery, 'lang'>;

const lineFilter = (partnershipId: string, f: BudgetFilters): SQL | undefined =>
  and(
    eq(partnershipBudgetLines.partnershipId, partnershipId),
    f.payer ? eq(partnershipBudgetLines.memberId, f.payer) : undefined,
    f.source ? eq(partnershipBudgetLines.source, f.source) : undefined,
    f.year ? eq(partnershipBudgetLines.year, f.year) : undefined,
  );

const linesQuery = (db: Executor, where: SQL | undefined) =>
  db
    .select({ line: partnershipBudgetLines, institutionName: institutions.name })
    .from(partnershipBudgetLines)
    .innerJoin(partnershipMembers, eq(partnershipMembers.id, partnershipBudgetLines.memberId))
    .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
    .where(where)
    .orderBy(
      asc(partnershipBudgetLines.year),
      asc(institutions.name),
      asc(partnershipBudgetLines.source),
      asc(partnershipBudgetLines.createdAt),
      asc(partnershipBudgetLines.id),
    );

const withName = (r: { line: typeof partnershipBudgetLines.$inferSelect; institutionName: string }) => ({
  ...r.line,
  institutionName: r.institutionName,
});

/** One page of the lines the filters select, in the order the budget reads: year, payer, source. */
export async function findBudgetPage(
  db: Executor,
  partnershipId: string,
  f: BudgetFilters & { page: number; pageSize: number },
) {
  const where = lineFilter(partnershipId, f);
  const [rows, total] = await Promise.all([
    linesQuery(db, where)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(partnershipBudgetLines).where(where),
  ]);
  return { items: rows.map(withName), total: Number(total[0]?.n ?? 0) };
}

/** Every line the filters select, for the export (a partnership's budget is hundreds of lines at most). */
export const findBudgetLines = async (db: Executor, partnershipId: string, f: BudgetFilters) =>
  (await linesQuery(db, lineFilter(partnershipId, f))).map(withName);

export const findBudgetLine = async (db: Executor, partnershipId: string, id: string) =>
  first(
    (
      await linesQuery(
        db,
        and(eq(partnershipBudgetLines.partnershipId, partnershipId), idIs(partnershipBudgetLines.id, id)),
      )
    ).map(withName),
  );

const sums = {
  planned: sql<string>`coalesce(sum(${partnershipBudgetLines.plannedGrosze}), 0)`,
  spent: sql<string>`coalesce(sum(${partnershipBudgetLines.spentGrosze}), 0)`,
};
/** Sums of bigint come back as text from PostgreSQL: grosze stay exact up to 2^53. */
const asGrosze = (r: { planned: string; spent: string }) => ({
  planned: Number(r.planned),
  spent: Number(r.spent),
});

/** Totals per payer, per source and of the partnership's own costs; never one pooled sum. */
export async function findBudgetTotals(db: Executor, partnershipId: string, f: BudgetFilters) {
  const where = lineFilter(partnershipId, f);
  const [byPayer, bySource, own] = await Promise.all([
    db
      .select({ memberId: partnershipBudgetLines.memberId, institutionName: institutions.name, ...sums })
      .from(partnershipBudgetLines)
      .innerJoin(partnershipMembers, eq(partnershipMembers.id, partnershipBudgetLines.memberId))
      .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
      .where(where)
      .groupBy(partnershipBudgetLines.memberId, institutions.name)
      .orderBy(asc(institutions.name)),
    db
      .select({ source: partnershipBudgetLines.source, ...sums })
      .from(partnershipBudgetLines)
      .where(where)
      .groupBy(partnershipBudgetLines.source)
      .orderBy(asc(partnershipBudgetLines.source)),
    db
      .select(sums)
      .from(partnershipBudgetLines)
      .where(and(where, inArray(partnershipBudgetLines.category, [...ownCostCategories]))),
  ]);
  return {
    byPayer: byPayer.map((r) => ({
      memberId: r.memberId,
      institutionName: r.institutionName,
      ...asGrosze(r),
    })),
    bySource: bySource.map((r) => ({ source: r.source, ...asGrosze(r) })),
    ownCosts: asGrosze(own[0] ?? { planned: '0', spent: '0' }),
  };
}

export const insertBudgetLine = async (db: Executor, row: BudgetLineInsert) =>
  (await db.insert(partnershipBudgetLines).values(row).returning())[0]!;

export const updateBudgetLineAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<BudgetLineInsert>,
) =>
  first(
    await db
      .update(partnershipBudgetLines)
      .set({ ...changes, ...bumped(version) })
      .where(and(eq(partnershipBudgetLines.id, id), eq(partnershipBudgetLines.version, version)))
      .returning(),
  );

export const deleteBudgetLine = (db: Executor, id: string) =>
  db.delete(partnershipBudgetLines).where(eq(partnershipBudgetLines.id, id));

export const countBudgetLines = async (db: Executor, partnershipId: string) =>
  Number(
    (
      await db
        .select({ n: count() })
        .from(partnershipBudgetLines)
        .where(eq(partnershipBudgetLines.partnershipId, partnershipId))
    )[0]?.n ?? 0,
  );
