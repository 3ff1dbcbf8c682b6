import { planningJstTypes } from '../../../common/contracts/commissioning';
import type { CommissioningPlanState, InstitutionType } from '../../../common/enums';
import { type Actor, hasPermission } from '../../platform/authz';

/**
 * Who may do what with commissioning plans.
 *
 * - A plan is the JST's own while it is a draft: only the people of that gmina or powiat office
 *   (and the platform administrator) see it; to anyone else it does not exist (404).
 * - Once adopted by the council's resolution it is a public document (it is an annex to a
 *   resolution, published in the public information bulletin anyway): every signed-in user reads
 *   it with its commissions, contracts, progress and quality reviews, so partners, PES and the
 *   OPS can plan around it. A change they may not make is then refused with 403.
 * - The JST's people holding `commissioning.managePlans` write its plans: the draft and its
 *   commissions, its adoption and reporting, and the contracts that execute it.
 * - Quality reviews are recorded by the social welfare centre serving the plan's territory: the
 *   OPS (or CUS) of the very gmina of a gmina's plan, or the PCPR of the powiat (of the gmina's
 *   powiat, or of the powiat's own plan), by its people holding `commissioning.reviewQuality`.
 */

export interface PlanFacts {
  jstInstitutionId: string;
  state: CommissioningPlanState;
  /** The TERYT code of the JST: a gmina's 7 digits or a powiat's 4. */
  jstTerritoryCode: string;
}

export interface ReviewerCandidate {
  id: string;
  type: InstitutionType;
  territoryCode: string;
  status: 'active' | 'inactive';
}

export const canReadPlans = (actor: Actor | null): boolean => hasPermission(actor, 'commissioning.read');

/** Drafts are the JST's own; an adopted plan is public to every signed-in user. */
export const canReadPlan = (actor: Actor | null, plan: PlanFacts): boolean =>
  canReadPlans(actor) &&
  (plan.state !== 'draft' || hasPermission(actor, 'commissioning.read', plan.jstInstitutionId));

/** The JST's people who manage its plans (or the platform administrator). */
export const canManagePlan = (actor: Actor | null, plan: Pick<PlanFacts, 'jstInstitutionId'>): boolean =>
  hasPermission(actor, 'commissioning.managePlans', plan.jstInstitutionId);

/** Only a gmina or powiat office writes a plan, and only its own people for it. */
export const canCreatePlanFor = (actor: Actor | null, jst: { id: string; type: InstitutionType }): boolean =>
  (planningJstTypes as readonly InstitutionType[]).includes(jst.type) &&
  canManagePlan(actor, { jstInstitutionId: jst.id });

/** Whether an institution serves the plan's territory as its OPS/CUS (gmina plans) or PCPR (powiat). */
export function servesPlanTerritory(institution: ReviewerCandidate, plan: PlanFacts): boolean {
  if (institution.status !== 'active') return false;
  const powiat = plan.jstTerritoryCode.slice(0, 4);
  if (institution.type === 'pcpr') return institution.territoryCode.startsWith(powiat);
  if (institution.type === 'ops' || institution.type === 'cus')
    return plan.jstTerritoryCode.length === 7 && institution.territoryCode === plan.jstTerritoryCode;
  return false;
}

/** Reviewing is for executed plans: contracts exist only once the plan is adopted. */
const underExecution = (plan: PlanFacts) => plan.state === 'adopted' || plan.state === 'inExecution';

/** May the actor record (or change) a review in the name of this institution? */
export const canReviewAs = (actor: Actor | null, plan: PlanFacts, institution: ReviewerCandidate): boolean =>
  underExecution(plan) &&
  servesPlanTerritory(institution, plan) &&
  hasPermission(actor, 'commissioning.reviewQuality', institution.id);

/** What the plan's page may offer: the same rules, so the browser never repeats them. */
export const planAbilities = (actor: Actor | null, plan: PlanFacts) => {
  const manages = canManagePlan(actor, plan);
  return {
    update: manages && plan.state === 'draft',
    adopt: manages && plan.state === 'draft',
    startExecution: manages && plan.state === 'adopted',
    report: manages && plan.state === 'inExecution',
    manageCommissions: manages && plan.state === 'draft',
    manageContracts: manages && underExecution(plan),
  };
};
