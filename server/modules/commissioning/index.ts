import type { RoutesPlugin } from '../../platform/http';
import { executionRoutes } from './execution.routes';
import { planRoutes } from './plan.routes';

/** For seeds and tests' factories, which create through the real use cases (rules, audit and all). */
export { createCommission } from './commission.service';
/** For PES initiative groups, which prepare a new PES for a planned commission (sphere 2). */
export {
  findCommissionIdsOfPlan,
  findOpenCommissionsOfJst,
  findPlannedCommissionRefs,
  type PlannedCommissionRef,
} from './commission-lookup';
export { plannedCommissions } from './commissioning.table';
export { createContract, createReview } from './execution.service';
export { adoptPlan, createPlan } from './plan.service';
/** For the training programme (seed 003): a JST's baseline and its adopted plan as the outcome. */
export { findAdoptedPlansOfJsts, findLatestPlanOfJst, type JstPlanRef } from './plan-lookup';

/** Every commissioning route: plans, their commissions and contracts, quality reviews, PDF and XLSX. */
export const commissioningRoutes: RoutesPlugin = async (app, deps) => {
  await planRoutes(app, deps);
  await executionRoutes(app, deps);
};
