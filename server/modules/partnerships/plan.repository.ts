import { and, asc, count, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgSelect, PgTable } from 'drizzle-orm/pg-core';
import type { PlanListQuery } from '../../../common/contracts/partnership-plan';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { partnershipBudgetLines, partnershipResourcePledges } from './budget.table';
import { isUuid } from './partnership.repository';
import { partnershipMembers } from './partnership.table';
import {
  partnershipGoals,
  partnershipNeedsAssessments,
  partnershipOwnStandards,
  partnershipPrincipleConfirmations,
  partnershipScopeItems,
  partnershipScopeProviders,
  partnershipTargetGroups,
  partnershipTasks,
} from './plan.table';
import type { PlanFacts } from './plan-rules';

export type GoalRow = typeof partnershipGoals.$inferSelect;
export type GoalInsert = typeof partnershipGoals.$inferInsert;
export type TargetGroupRow = typeof partnershipTargetGroups.$inferSelect;
export type TargetGroupInsert = typeof partnershipTargetGroups.$inferInsert;
export type AssessmentRow = typeof partnershipNeedsAssessments.$inferSelect & { institutionName: string };
export type AssessmentInsert = typeof partnershipNeedsAssessments.$inferInsert;
export type ConfirmationRow = typeof partnershipPrincipleConfirmations.$inferSelect;
export type OwnStandardRow = typeof partnershipOwnStandards.$inferSelect;

/** One record by id when an id is given; a malformed id names none (a 404, never a database error). */
export const idIs = (column: PgColumn, id: string | undefined): SQL | undefined =>
  id === undefined ? undefined : isUuid(id) ? eq(column, id) : sql`false`;

/** One page of a list query when a page is asked for; the whole list otherwise (the plan read, the rules). */
export const paged = <T extends PgSelect>(query: T, page?: PlanListQuery): T =>
  page ? query.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : query;

/** How many rows of `table` match: the total a pager shows. */
export const countWhere = async (db: Executor, table: PgTable, where: SQL | undefined): Promise<number> =>
  Number((await db.select({ n: count() }).from(table).where(where))[0]?.n ?? 0);

const bumped = (version: number) => ({ version: version + 1, updatedAt: new Date() });
const first = <T>(rows: T[]): T | undefined => rows[0];

export const findGoals = (db: Executor, partnershipId: string, page?: PlanListQuery): Promise<GoalRow[]> =>
  paged(
    db
      .select()
      .from(partnershipGoals)
      .where(eq(partnershipGoals.partnershipId, partnershipId))
      .orderBy(asc(partnershipGoals.createdAt), asc(partnershipGoals.id))
      .$dynamic(),
    page,
  );

export const countGoals = (db: Executor, partnershipId: string) =>
  countWhere(db, partnershipGoals, eq(partnershipGoals.partnershipId, partnershipId));

export const findGoal = async (db: Executor, partnershipId: string, id: string) =>
  first(
    await db
      .select()
      .from(partnershipGoals)
      .where(and(eq(partnershipGoals.partnershipId, partnershipId), idIs(partnershipGoals.id, id))),
  );

export const insertGoal = async (db: Executor, row: GoalInsert): Promise<GoalRow> =>
  (await db.insert(partnershipGoals).values(row).returning())[0]!;

export const updateGoalAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<GoalInsert>,
): Promise<GoalRow | undefined> =>
  first(
    await db
      .update(partnershipGoals)
      .set({ ...changes, ...bumped(version) })
      .where(and(eq(partnershipGoals.id, id), eq(partnershipGoals.version, version)))
      .returning(),
  );

export const deleteGoal = (db: Executor, id: string) =>
  db.delete(partnershipGoals).where(eq(partnershipGoals.id, id));

export const findTargetGroup = async (db: Executor, partnershipId: string) =>
  first(
    await db
      .select()
      .from(partnershipTargetGroups)
      .where(eq(partnershipTargetGroups.partnershipId, partnershipId)),
  );

/** Inserts the first target group; undefined when one was recorded meanwhile (a conflict). */
export const insertTargetGroup = async (db: Executor, row: TargetGroupInsert) =>
  first(await db.insert(partnershipTargetGroups).values(row).onConflictDoNothing().returning());

export const updateTargetGroupAtVersion = async (
  db: Executor,
  partnershipId: string,
  version: number,
  changes: Partial<TargetGroupInsert>,
): Promise<TargetGroupRow | undefined> =>
  first(
    await db
      .update(partnershipTargetGroups)
      .set({ ...changes, ...bumped(version) })
      .where(
        and(
          eq(partnershipTargetGroups.partnershipId, partnershipId),
          eq(partnershipTargetGroups.version, version),
        ),
      )
      .returning(),
  );

const assessmentColumns = { assessment: partnershipNeedsAssessments, institutionName: institutions.name };
const withInstitution = (r: {
  assessment: typeof partnershipNeedsAssessments.$inferSelect;
  institutionName: string;
}) => ({
  ...r.assessment,
  institutionName: r.institutionName,
});

export const findAssessments = async (
  db: Executor,
  partnershipId: string,
  id?: string,
): Promise<AssessmentRow[]> =>
  (
    await db
      .select(assessmentColumns)
      .from(partnershipNeedsAssessments)
      .innerJoin(partnershipMembers, eq(partnershipMembers.id, partnershipNeedsAssessments.memberId))
      .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
      .where(
        and(
          eq(partnershipNeedsAssessments.partnershipId, partnershipId),
          idIs(partnershipNeedsAssessments.id, id),
        ),
      )
      .orderBy(asc(partnershipNeedsAssessments.assessedOn), asc(partnershipNeedsAssessments.id))
  ).map(withInstitution);

export const insertAssessment = async (db: Executor, row: AssessmentInsert) =>
  (await db.insert(partnershipNeedsAssessments).values(row).returning())[0]!;

export const updateAssessmentAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<AssessmentInsert>,
) =>
  first(
    await db
      .update(partnershipNeedsAssessments)
      .set({ ...changes, ...bumped(version) })
      .where(and(eq(partnershipNeedsAssessments.id, id), eq(partnershipNeedsAssessments.version, version)))
      .returning(),
  );

export const deleteAssessment = (db: Executor, id: string) =>
  db.delete(partnershipNeedsAssessments).where(eq(partnershipNeedsAssessments.id, id));

export const findConfirmations = (db: Executor, partnershipId: string): Promise<ConfirmationRow[]> =>
  db
    .select()
    .from(partnershipPrincipleConfirmations)
    .where(eq(partnershipPrincipleConfirmations.partnershipId, partnershipId));

/** Confirms a principle; false when it already was (nothing changed, nothing to audit). */
export const insertConfirmation = async (
  db: Executor,
  row: typeof partnershipPrincipleConfirmations.$inferInsert,
): Promise<boolean> =>
  (await db.insert(partnershipPrincipleConfirmations).values(row).onConflictDoNothing().returning()).length >
  0;

/** Withdraws a confirmation; false when there was none. */
export const deleteConfirmation = async (
  db: Executor,
  partnershipId: string,
  principle: ConfirmationRow['principle'],
): Promise<boolean> =>
  (
    await db
      .delete(partnershipPrincipleConfirmations)
      .where(
        and(
          eq(partnershipPrincipleConfirmations.partnershipId, partnershipId),
          eq(partnershipPrincipleConfirmations.principle, principle),
        ),
      )
      .returning()
  ).length > 0;

export const findOwnStandards = (
  db: Executor,
  partnershipId: string,
  id?: string,
  page?: PlanListQuery,
): Promise<OwnStandardRow[]> =>
  paged(
    db
      .select()
      .from(partnershipOwnStandards)
      .where(
        and(eq(partnershipOwnStandards.partnershipId, partnershipId), idIs(partnershipOwnStandards.id, id)),
      )
      .orderBy(asc(partnershipOwnStandards.createdAt), asc(partnershipOwnStandards.id))
      .$dynamic(),
    page,
  );

export const countOwnStandards = (db: Executor, partnershipId: string) =>
  countWhere(db, partnershipOwnStandards, eq(partnershipOwnStandards.partnershipId, partnershipId));

export const insertOwnStandard = async (db: Executor, row: typeof partnershipOwnStandards.$inferInsert) =>
  (await db.insert(partnershipOwnStandards).values(row).returning())[0]!;

export const updateOwnStandardAtVersion = async (db: Executor, id: string, version: number, text: string) =>
  first(
    await db
      .update(partnershipOwnStandards)
      .set({ text, ...bumped(version) })
      .where(and(eq(partnershipOwnStandards.id, id), eq(partnershipOwnStandards.version, version)))
      .returning(),
  );

export const deleteOwnStandard = (db: Executor, id: string) =>
  db.delete(partnershipOwnStandards).where(eq(partnershipOwnStandards.id, id));

const countOf = async (query: Promise<{ n: number }[]>) => Number((await query)[0]?.n ?? 0);

/** Everything steps 5–9 rest on, in a handful of counting queries. */
export async function findPlanFacts(db: Executor, partnershipId: string): Promise<PlanFacts> {
  // One after another: the lifecycle reads these facts inside its transaction, on one connection.
  const targetGroup = await findTargetGroup(db, partnershipId);
  const needsAssessments = await countOf(
    db
      .select({ n: count() })
      .from(partnershipNeedsAssessments)
      .where(eq(partnershipNeedsAssessments.partnershipId, partnershipId)),
  );
  const scopeItemsWithProvider = await countOf(
    db
      .select({ n: sql<number>`count(distinct ${partnershipScopeProviders.scopeItemId})` })
      .from(partnershipScopeProviders)
      .innerJoin(partnershipScopeItems, eq(partnershipScopeItems.id, partnershipScopeProviders.scopeItemId))
      .where(eq(partnershipScopeItems.partnershipId, partnershipId)),
  );
  // A task's responsible partner counts only while it is a member: one that left covers nothing.
  const taskCounts = await db
    .select({
      tasks: count(),
      withoutResponsible: sql<number>`count(*) filter (where ${partnershipMembers.id} is null)`,
      started: sql<number>`count(*) filter (where ${partnershipTasks.status} in ('inProgress', 'done'))`,
    })
    .from(partnershipTasks)
    .leftJoin(
      partnershipMembers,
      and(
        eq(partnershipMembers.id, partnershipTasks.responsibleMemberId),
        sql`${partnershipMembers.leftAt} is null`,
      ),
    )
    .where(eq(partnershipTasks.partnershipId, partnershipId));
  const confirmed = await findConfirmations(db, partnershipId);
  const members = await db
    .select({ id: partnershipMembers.id })
    .from(partnershipMembers)
    .where(
      and(eq(partnershipMembers.partnershipId, partnershipId), sql`${partnershipMembers.leftAt} is null`),
    );
  const pledgers = await db
    .selectDistinct({ id: partnershipResourcePledges.memberId })
    .from(partnershipResourcePledges)
    .where(
      and(
        eq(partnershipResourcePledges.partnershipId, partnershipId),
        ne(partnershipResourcePledges.status, 'withdrawn'),
      ),
    );
  const payers = await db
    .selectDistinct({ id: partnershipBudgetLines.memberId })
    .from(partnershipBudgetLines)
    .where(eq(partnershipBudgetLines.partnershipId, partnershipId));
  const tasks = taskCounts[0];
  return {
    hasTargetGroup: Boolean(targetGroup),
    needsAssessments,
    scopeItemsWithProvider,
    tasks: Number(tasks?.tasks ?? 0),
    tasksWithoutResponsible: Number(tasks?.withoutResponsible ?? 0),
    tasksStarted: Number(tasks?.started ?? 0),
    confirmedPrinciples: new Set(confirmed.map((c) => c.principle)),
    memberIds: members.map((m) => m.id),
    contributingMemberIds: new Set([...pledgers, ...payers].map((m) => m.id)),
  };
}
