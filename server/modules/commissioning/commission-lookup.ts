import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CommissioningMode, CommissioningPlanState } from '../../../common/enums';
import type { Executor } from '../../platform/db';
import { commissioningPlans, plannedCommissions } from './commissioning.table';

/**
 * A planned commission as other modules point at it (an initiative group preparing a PES for it):
 * what, how, when and for how much, and the plan it belongs to.
 */
export interface PlannedCommissionRef {
  id: string;
  planId: string;
  planTitle: string;
  planState: CommissioningPlanState;
  jstInstitutionId: string;
  serviceTypeId: string;
  mode: CommissioningMode;
  year: number;
  quarter: number | null;
  /** Grosze. */
  budget: number;
}

const refColumns = {
  id: plannedCommissions.id,
  planId: plannedCommissions.planId,
  planTitle: commissioningPlans.title,
  planState: commissioningPlans.state,
  jstInstitutionId: commissioningPlans.jstInstitutionId,
  serviceTypeId: plannedCommissions.serviceTypeId,
  mode: plannedCommissions.mode,
  year: plannedCommissions.year,
  quarter: plannedCommissions.quarter,
  budget: plannedCommissions.budget,
};

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * Commissions by id, with their plan, in any state: the caller decides what a draft means to it
 * (a draft is the JST's own, so another module must not reveal one). Unknown ids are absent.
 */
export async function findPlannedCommissionRefs(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, PlannedCommissionRef>> {
  const valid = [...new Set(ids)].filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await db
    .select(refColumns)
    .from(plannedCommissions)
    .innerJoin(commissioningPlans, eq(commissioningPlans.id, plannedCommissions.planId))
    .where(inArray(plannedCommissions.id, valid));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The commissions of a JST's plans that are adopted or in execution: those a new PES can still
 * prepare for. A draft is not the public's yet and a reported plan is over. Public to members,
 * as an adopted plan is.
 */
export const findOpenCommissionsOfJst = (db: Executor, jstId: string): Promise<PlannedCommissionRef[]> =>
  db
    .select(refColumns)
    .from(plannedCommissions)
    .innerJoin(commissioningPlans, eq(commissioningPlans.id, plannedCommissions.planId))
    .where(
      and(
        eq(commissioningPlans.jstInstitutionId, jstId),
        inArray(commissioningPlans.state, ['adopted', 'inExecution']),
      ),
    )
    .orderBy(asc(commissioningPlans.startsOn), asc(plannedCommissions.year), asc(plannedCommissions.quarter));

/** The ids of a plan's commissions, for lists that filter what points at one plan. */
export const findCommissionIdsOfPlan = async (db: Executor, planId: string): Promise<string[]> =>
  isUuid(planId)
    ? (
        await db
          .select({ id: plannedCommissions.id })
          .from(plannedCommissions)
          .where(eq(plannedCommissions.planId, planId))
      ).map((r) => r.id)
    : [];
