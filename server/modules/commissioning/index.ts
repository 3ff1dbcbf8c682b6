import type { RoutesPlugin } from '../../platform/http';
import { executionRoutes } from './execution.routes';
import { planRoutes } from './plan.routes';

/** For seeds and tests' factories, which create through the real use cases (rules, audit and all). */
export { createCommission } from './commission.service';
export { adoptPlan, createPlan } from './plan.service';

/** Every commissioning route: plans, their commissions and contracts, quality reviews, PDF and XLSX. */
export const commissioningRoutes: RoutesPlugin = async (app, deps) => {
  await planRoutes(app, deps);
  await executionRoutes(app, deps);
};
