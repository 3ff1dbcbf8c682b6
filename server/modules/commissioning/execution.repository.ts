import { and, asc, eq, inArray } from 'drizzle-orm';
import type { InstitutionType } from '../../../common/enums';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { commissioningContracts, plannedCommissions, qualityReviews } from './commissioning.table';
import { isUuid } from './plan.repository';

/** The planned commissions, the contracts that execute them and the quality reviews of their delivery. */

export type CommissionRow = typeof plannedCommissions.$inferSelect;
export type CommissionInsert = typeof plannedCommissions.$inferInsert;
export type ContractRow = typeof commissioningContracts.$inferSelect;
export type ContractInsert = typeof commissioningContracts.$inferInsert;
export type ReviewRow = typeof qualityReviews.$inferSelect;
export type ReviewInsert = typeof qualityReviews.$inferInsert;

export interface InstitutionRef {
  id: string;
  name: string;
  type: InstitutionType;
  territoryCode: string;
  status: 'active' | 'inactive';
}

export const findCommissions = (db: Executor, planId: string): Promise<CommissionRow[]> =>
  db
    .select()
    .from(plannedCommissions)
    .where(eq(plannedCommissions.planId, planId))
    .orderBy(asc(plannedCommissions.year), asc(plannedCommissions.quarter), asc(plannedCommissions.id));

export const findContracts = (db: Executor, planId: string): Promise<ContractRow[]> =>
  db
    .select()
    .from(commissioningContracts)
    .where(eq(commissioningContracts.planId, planId))
    .orderBy(asc(commissioningContracts.startsOn), asc(commissioningContracts.id));

export const findReviews = (db: Executor, planId: string): Promise<ReviewRow[]> =>
  db
    .select()
    .from(qualityReviews)
    .where(eq(qualityReviews.planId, planId))
    .orderBy(asc(qualityReviews.reviewedOn), asc(qualityReviews.id));

/** A part of the plan by its id, only when it belongs to that plan. */
export const findCommission = async (db: Executor, planId: string, id: string) =>
  isUuid(id)
    ? (
        await db
          .select()
          .from(plannedCommissions)
          .where(and(eq(plannedCommissions.planId, planId), eq(plannedCommissions.id, id)))
      )[0]
    : undefined;

export const findContract = async (db: Executor, planId: string, id: string) =>
  isUuid(id)
    ? (
        await db
          .select()
          .from(commissioningContracts)
          .where(and(eq(commissioningContracts.planId, planId), eq(commissioningContracts.id, id)))
      )[0]
    : undefined;

export const findReview = async (db: Executor, planId: string, id: string) =>
  isUuid(id)
    ? (
        await db
          .select()
          .from(qualityReviews)
          .where(and(eq(qualityReviews.planId, planId), eq(qualityReviews.id, id)))
      )[0]
    : undefined;

export const insertCommission = async (db: Executor, row: CommissionInsert) =>
  (await db.insert(plannedCommissions).values(row).returning())[0]!;
export const insertContract = async (db: Executor, row: ContractInsert) =>
  (await db.insert(commissioningContracts).values(row).returning())[0]!;
export const insertReview = async (db: Executor, row: ReviewInsert) =>
  (await db.insert(qualityReviews).values(row).returning())[0]!;

const bump = (version: number) => ({ version: version + 1, updatedAt: new Date() });

/** Each write below happens only at the version the caller read; undefined means someone was first. */
export const updateCommissionAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<CommissionInsert>,
) =>
  (
    await db
      .update(plannedCommissions)
      .set({ ...changes, ...bump(version) })
      .where(and(eq(plannedCommissions.id, id), eq(plannedCommissions.version, version)))
      .returning()
  )[0];

export const updateContractAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ContractInsert>,
) =>
  (
    await db
      .update(commissioningContracts)
      .set({ ...changes, ...bump(version) })
      .where(and(eq(commissioningContracts.id, id), eq(commissioningContracts.version, version)))
      .returning()
  )[0];

export const updateReviewAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ReviewInsert>,
) =>
  (
    await db
      .update(qualityReviews)
      .set({ ...changes, ...bump(version) })
      .where(and(eq(qualityReviews.id, id), eq(qualityReviews.version, version)))
      .returning()
  )[0];

/** A draft's commission has no contract yet (contracts come after adoption), so it may go. */
export const deleteCommissionAtVersion = async (db: Executor, id: string, version: number) =>
  (
    await db
      .delete(plannedCommissions)
      .where(and(eq(plannedCommissions.id, id), eq(plannedCommissions.version, version)))
      .returning({ id: plannedCommissions.id })
  )[0];

/** Institutions by id with what the rules check: type, territory, status. */
export async function findInstitutionRefs(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, InstitutionRef>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: institutions.id,
      name: institutions.name,
      type: institutions.type,
      territoryCode: institutions.territoryCode,
      status: institutions.status,
    })
    .from(institutions)
    .where(inArray(institutions.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}
