import type { RoutesPlugin } from '../../platform/http';
import { activityRoutes } from './activity.routes';
import { agreementRoutes } from './agreement.routes';
import { budgetRoutes } from './budget.routes';
import { documentRoutes } from './document.routes';
import { memberRoutes } from './member.routes';
import { partnershipRoutes as cardRoutes } from './partnership.routes';
import { planRoutes } from './plan.routes';

/** For seeds and tests' factories, which create through the real use cases (rules, audit and all). */
export { createAgreement, sendToSignature } from './agreement.service';
export { agreementAttention } from './agreement-attention';
export { signAgreement } from './agreement-signature.service';
export { createBudgetLine, createPledge } from './budget.service';
export { createContact } from './contact.service';
export { createMeeting } from './meeting.service';
export { createPartnership } from './partnership.service';
export { createGoal, createNeedsAssessment, createOwnStandard } from './plan.service';
export { planAttention } from './plan-attention';
export { createScopeItem, createTask } from './plan-tasks.service';

/** Every partnership route: the cards, members and contacts, the lifecycle, decisions and meetings. */
export const partnershipRoutes: RoutesPlugin = async (app, deps) => {
  await cardRoutes(app, deps);
  await memberRoutes(app, deps);
  await activityRoutes(app, deps);
  await agreementRoutes(app, deps);
  await documentRoutes(app, deps);
  await planRoutes(app, deps);
  await budgetRoutes(app, deps);
};
