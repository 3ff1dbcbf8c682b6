import { and, count, desc, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { persons } from './person.table';
import { supportPlans, supportPlanVersions } from './support-plan.table';

export type SupportPlanRow = typeof supportPlans.$inferSelect;
export type PlanVersionRow = typeof supportPlanVersions.$inferSelect;
export type PlanVersionInsert = typeof supportPlanVersions.$inferInsert;

export async function findPlan(db: Executor, personId: string, lock = false) {
  const query = db.select().from(supportPlans).where(eq(supportPlans.personId, personId)).limit(1);
  return (await (lock ? query.for('update') : query))[0];
}

export const insertPlan = async (db: Executor, row: typeof supportPlans.$inferInsert) =>
  (await db.insert(supportPlans).values(row).returning())[0]!;

/** Moves the plan to its next version number of changes; undefined when someone changed it first. */
export const bumpPlan = async (db: Executor, id: string, version: number) =>
  (
    await db
      .update(supportPlans)
      .set({ version: version + 1, updatedAt: new Date() })
      .where(and(eq(supportPlans.id, id), eq(supportPlans.version, version)))
      .returning()
  )[0];

/** Every version of the plan, newest first. */
export const findPlanVersions = (db: Executor, planId: string): Promise<PlanVersionRow[]> =>
  db
    .select()
    .from(supportPlanVersions)
    .where(eq(supportPlanVersions.planId, planId))
    .orderBy(desc(supportPlanVersions.number));

export const insertPlanVersion = async (db: Executor, row: PlanVersionInsert) =>
  (await db.insert(supportPlanVersions).values(row).returning())[0]!;

export const updatePlanVersion = async (db: Executor, id: string, changes: Partial<PlanVersionInsert>) =>
  (
    await db
      .update(supportPlanVersions)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(supportPlanVersions.id, id))
      .returning()
  )[0]!;

/** The person's plan has a version submitted and not yet approved (at most one version is open at a time). */
export const planAwaitsApproval = (db: Executor): SQL =>
  exists(
    db
      .select({ one: sql`1` })
      .from(supportPlanVersions)
      .innerJoin(supportPlans, eq(supportPlans.id, supportPlanVersions.planId))
      .where(and(eq(supportPlans.personId, persons.id), eq(supportPlanVersions.status, 'submitted'))),
  );

/** Submitted plans per entry institution, for those institutions' approvers. */
export async function countPlansAwaitingApproval(db: Executor, institutionIds: readonly string[]) {
  if (institutionIds.length === 0) return [];
  return db
    .select({ institutionId: persons.entryInstitutionId, count: count() })
    .from(persons)
    .where(and(inArray(persons.entryInstitutionId, [...institutionIds]), planAwaitsApproval(db)))
    .groupBy(persons.entryInstitutionId);
}
