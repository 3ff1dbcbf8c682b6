import { type ContinuationOutcome, type LifecycleStep, lifecycleSteps } from '../enums';

/**
 * The eleven steps of seed 002 §6.1 and the artefact each must leave. Pure functions over the
 * facts the server gathers, so the task list shows what a step needs with the same rule that
 * refuses its completion.
 */

/** The artefact a step leaves; the ones marked "later" are built by the next phase of the platform. */
export const stepArtefacts = {
  leaderEmerged: 'leader',
  partnersAcquired: 'requiredMembers',
  rulesAgreed: 'rulesRecord',
  agreementSigned: 'signedAgreement',
  targetGroupAssessed: 'needsAssessment',
  serviceScopeDefined: 'serviceScope',
  actionPlanWritten: 'actionPlan',
  resourcesSecured: 'pledgedResources',
  jointActionsMonitored: 'planAndResources',
  evaluated: 'evaluation',
  continuationDecided: 'continuationDecision',
} as const satisfies Record<LifecycleStep, string>;
export type StepArtefact = (typeof stepArtefacts)[LifecycleStep];

/**
 * Facts about the partnership's records that the artefacts rest on: the server gathers them from
 * the records it keeps (the plan, pledges and budget for steps 5–9); a record not kept is `false`,
 * so its step is refused instead of pretending.
 */
export interface LifecycleEvidence {
  hasLeader: boolean;
  /** Ids of the kind's requirements the current members leave unmet. */
  missingRequirements: readonly string[];
  agreementSignedByAllMembers: boolean;
  needsAssessed: boolean;
  serviceScopeDefined: boolean;
  actionPlanAdopted: boolean;
  resourcesPledged: boolean;
  /** A task of the plan is under way or done: there are joint actions to monitor (step 9). */
  jointActionsStarted: boolean;
}

/** What the person completing a step records with it. */
export interface StepCompletion {
  note?: string | null;
  /** A decision of the partnership's log that is the step's record (already checked to exist). */
  decisionId?: string | null;
  evaluation?: { effectiveness: string; efficiency: string; utility: string } | null;
  outcome?: ContinuationOutcome | null;
}

/** A note long enough to be a record of what was agreed, not a placeholder. */
export const MIN_NOTE = 20;

const hasNote = (given: StepCompletion) => (given.note?.trim().length ?? 0) >= MIN_NOTE;
const filled = (text: string | undefined) => (text?.trim().length ?? 0) > 0;

/**
 * Why the step cannot be completed now, as an `errors` catalog id, or null when its artefact is
 * there. Without `given`, the steps whose record comes with the completion itself pass.
 */
export function missingArtefact(
  step: LifecycleStep,
  evidence: LifecycleEvidence,
  given?: StepCompletion,
): string | null {
  switch (stepArtefacts[step]) {
    case 'leader':
      return evidence.hasLeader ? null : 'lifecycle.noLeader';
    case 'requiredMembers':
      return evidence.missingRequirements.length === 0 ? null : 'lifecycle.membersIncomplete';
    case 'rulesRecord':
      return !given || given.decisionId || hasNote(given) ? null : 'lifecycle.noRulesRecord';
    case 'signedAgreement':
      return evidence.agreementSignedByAllMembers ? null : 'lifecycle.noSignedAgreement';
    case 'needsAssessment':
      return evidence.needsAssessed ? null : 'lifecycle.noNeedsAssessment';
    case 'serviceScope':
      return evidence.serviceScopeDefined ? null : 'lifecycle.noServiceScope';
    case 'actionPlan':
      return evidence.actionPlanAdopted ? null : 'lifecycle.noActionPlan';
    case 'pledgedResources':
      return evidence.resourcesPledged ? null : 'lifecycle.noPledgedResources';
    case 'planAndResources':
      if (!evidence.actionPlanAdopted || !evidence.resourcesPledged) return 'lifecycle.noPlanOrResources';
      return evidence.jointActionsStarted ? null : 'lifecycle.noJointActions';
    case 'evaluation': {
      const e = given?.evaluation;
      return !given || (e && filled(e.effectiveness) && filled(e.efficiency) && filled(e.utility))
        ? null
        : 'lifecycle.noEvaluation';
    }
    case 'continuationDecision':
      return !given || (given.outcome && (given.decisionId || hasNote(given)))
        ? null
        : 'lifecycle.noContinuationDecision';
  }
}

export const stepStatuses = ['completed', 'inProgress', 'cannotStartYet'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const stepNumber = (step: LifecycleStep) => lifecycleSteps.indexOf(step) + 1;

/**
 * Steps are done in order: the completed ones form a prefix, the first open one is in progress
 * and the rest cannot start yet. `completed` is the set of steps done in the current cycle.
 */
export function stepStatusOf(step: LifecycleStep, completed: ReadonlySet<LifecycleStep>): StepStatus {
  if (completed.has(step)) return 'completed';
  return step === currentStepOf(completed) ? 'inProgress' : 'cannotStartYet';
}

/** The first step not completed; the last step when all are (the partnership then ended or began anew). */
export const currentStepOf = (completed: ReadonlySet<LifecycleStep>): LifecycleStep =>
  lifecycleSteps.find((s) => !completed.has(s)) ?? 'continuationDecided';

/** Why a step cannot be completed out of order, or null when it is the current one. */
export function completionOrderProblem(
  step: LifecycleStep,
  completed: ReadonlySet<LifecycleStep>,
): string | null {
  if (completed.has(step)) return 'lifecycle.alreadyCompleted';
  return step === currentStepOf(completed) ? null : 'lifecycle.previousStepsOpen';
}

/** Going back to a step reopens it and every later step that rested on its artefact. */
export const stepsReopenedBy = (
  step: LifecycleStep,
  completed: ReadonlySet<LifecycleStep>,
): LifecycleStep[] => lifecycleSteps.slice(lifecycleSteps.indexOf(step)).filter((s) => completed.has(s));

/** Step 11's outcome: going on or widening starts a new cycle, ending closes the partnership. */
export const opensNewCycle = (outcome: ContinuationOutcome) => outcome !== 'end';
