import type { LifecycleEvidence } from '../../../common/contracts/partnership-lifecycle';
import type { Executor } from '../../platform/db';
import { agreementSignedByAllMembers } from './agreement-attention';
import { findPlanFacts } from './plan.repository';
import { planEvidence } from './plan-rules';

/** The facts about records this module does not keep: agreements, needs assessments, scopes, plans, resources. */
export type RecordsEvidence = Omit<LifecycleEvidence, 'hasLeader' | 'missingRequirements'>;

/**
 * Where the lifecycle learns whether the artefacts of steps 4–9 exist. The modules that will
 * keep agreements, plans and resources answer through this interface; until they exist, none of
 * those artefacts does, and steps 4–9 are refused rather than completed on trust.
 */
export interface ArtefactSource {
  evidenceFor(db: Executor, partnershipId: string): Promise<RecordsEvidence>;
}

/** Step 4 is answered by the agreements (an agreement in force signed by every current member). */
export const noRecordsKeptYet: ArtefactSource = {
  evidenceFor: async (db, partnershipId) => ({
    agreementSignedByAllMembers: await agreementSignedByAllMembers(db, partnershipId),
    // Steps 5–9: the plan, the pledges and the budget lines (plan-rules.ts says what each step needs).
    ...planEvidence(await findPlanFacts(db, partnershipId)),
  }),
};
