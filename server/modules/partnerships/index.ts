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
export { signAgreement, sniffScanType } from './agreement-signature.service';
export { createBudgetLine, createPledge } from './budget.service';
export { createContact } from './contact.service';
export { completeStep } from './lifecycle.service';
export { createDecision, createMeeting } from './meeting.service';
/** For the cooperation groups (model D), which an OPS convenes from the institutions of a PZK. */
export { findPartnershipNames, findPartnerTeam, findPartnerTeamsOf, type PartnerTeam } from './partner-teams';
export { createPartnership } from './partnership.service';
/** The tables, for modules whose records belong to a partnership (beneficiaries of its service). */
export { partnershipMembers, partnerships } from './partnership.table';
export {
  createGoal,
  createNeedsAssessment,
  createOwnStandard,
  saveTargetGroup,
  setPrinciple,
} from './plan.service';
/** The service scope, from which a referral of a person names the services. */
export { partnershipScopeItems } from './plan.table';
export { planAttention } from './plan-attention';
export { createScopeItem, createTask } from './plan-tasks.service';
export { type ServiceScopeItem, serviceScope } from './scope-reader';

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
