import type { LifecycleEvidence } from '../../../common/contracts/partnership-lifecycle';
import type { Executor } from '../../platform/db';
import { agreementSignedByAllMembers } from './agreement-attention';
import { findPlanFacts } from './plan.repository';
import { planEvidence } from './plan-rules';

/** The facts the lifecycle reads from the partnership's other records: agreements, needs assessments, scopes, plans, resources. */
export type RecordsEvidence = Omit<LifecycleEvidence, 'hasLeader' | 'missingRequirements'>;

/**
 * Where the lifecycle learns whether the artefacts of steps 4–9 exist, as an interface so that
 * the lifecycle's rules do not depend on how agreements and plans are stored.
 */
export interface ArtefactSource {
  evidenceFor(db: Executor, partnershipId: string): Promise<RecordsEvidence>;
}

/**
 * The artefacts as the partnership's records show them: step 4 from its agreements (one in force
 * signed by every current member), steps 5–9 from its plan, pledges and budget lines
 * (plan-rules.ts says what each step needs).
 */
export const agreementAndPlanRecords: ArtefactSource = {
  evidenceFor: async (db, partnershipId) => ({
    agreementSignedByAllMembers: await agreementSignedByAllMembers(db, partnershipId),
    ...planEvidence(await findPlanFacts(db, partnershipId)),
  }),
};
