import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { CommissioningPlanState } from '../../../common/enums';
import type { Executor } from '../../platform/db';
import { commissioningPlans } from './commissioning.table';

/** A plan as other modules show it beside a JST: its title, period, state and baseline. */
export interface JstPlanRef {
  id: string;
  jstInstitutionId: string;
  title: string;
  state: CommissioningPlanState;
  startsOn: string;
  endsOn: string;
  resolutionNumber: string | null;
  baseYear: number;
  baselinePesCount: number;
  baselinePesValue: number;
  baselineTotalCount: number;
  baselineTotalValue: number;
}

const refColumns = {
  id: commissioningPlans.id,
  jstInstitutionId: commissioningPlans.jstInstitutionId,
  title: commissioningPlans.title,
  state: commissioningPlans.state,
  startsOn: commissioningPlans.startsOn,
  endsOn: commissioningPlans.endsOn,
  resolutionNumber: commissioningPlans.resolutionNumber,
  baseYear: commissioningPlans.baseYear,
  baselinePesCount: commissioningPlans.baselinePesCount,
  baselinePesValue: commissioningPlans.baselinePesValue,
  baselineTotalCount: commissioningPlans.baselineTotalCount,
  baselineTotalValue: commissioningPlans.baselineTotalValue,
};

/**
 * The JSTs' plans past the draft (adopted by the council, so public), latest period first; for
 * the training programme, which takes a JST's baseline from it and links it as the outcome. No
 * access check: a draft is never returned, and an adopted plan is public to every member.
 */
export const findAdoptedPlansOfJsts = (db: Executor, jstIds: readonly string[]): Promise<JstPlanRef[]> =>
  jstIds.length
    ? db
        .select(refColumns)
        .from(commissioningPlans)
        .where(
          and(
            inArray(commissioningPlans.jstInstitutionId, [...jstIds]),
            ne(commissioningPlans.state, 'draft'),
          ),
        )
        .orderBy(desc(commissioningPlans.startsOn))
    : Promise.resolve([]);

/** The latest plan of a JST in any state, for its baseline only (the figures of the base year). */
export const findLatestPlanOfJst = async (db: Executor, jstId: string): Promise<JstPlanRef | undefined> =>
  (
    await db
      .select(refColumns)
      .from(commissioningPlans)
      .where(eq(commissioningPlans.jstInstitutionId, jstId))
      .orderBy(desc(commissioningPlans.startsOn))
      .limit(1)
  )[0];
