import { describe, expect, it } from 'vitest';
import { type LifecycleStep, lifecycleSteps } from '../enums';
import {
  completionOrderProblem,
  currentStepOf,
  type LifecycleEvidence,
  missingArtefact,
  opensNewCycle,
  stepStatusOf,
  stepsReopenedBy,
} from './partnership-lifecycle';

const nothingYet: LifecycleEvidence = {
  hasLeader: true,
  missingRequirements: [],
  agreementSignedByAllMembers: false,
  needsAssessed: false,
  serviceScopeDefined: false,
  actionPlanAdopted: false,
  resourcesPledged: false,
  jointActionsStarted: false,
};
const done = (...steps: LifecycleStep[]) => new Set(steps);

describe('partnership lifecycle', () => {
  it('has the eleven steps of seed 002 §6.1 in order', () => {
    expect(lifecycleSteps).toHaveLength(11);
    expect(lifecycleSteps[0]).toBe('leaderEmerged');
    expect(lifecycleSteps[10]).toBe('continuationDecided');
  });

  it('no step 1 without a leader, no step 2 while the kind lacks members', () => {
    expect(missingArtefact('leaderEmerged', { ...nothingYet, hasLeader: false })).toBe('lifecycle.noLeader');
    expect(missingArtefact('partnersAcquired', { ...nothingYet, missingRequirements: ['pup'] })).toBe(
      'lifecycle.membersIncomplete',
    );
    expect(missingArtefact('partnersAcquired', nothingYet)).toBeNull();
  });

  it('step 3 needs a decision or a written record of the rules', () => {
    expect(missingArtefact('rulesAgreed', nothingYet, { note: 'za krótko' })).toBe('lifecycle.noRulesRecord');
    expect(
      missingArtefact('rulesAgreed', nothingYet, { note: 'Cele, zasady, role i formy ustalone wspólnie.' }),
    ).toBeNull();
    expect(missingArtefact('rulesAgreed', nothingYet, { decisionId: 'd1' })).toBeNull();
  });

  it('no step 4 without an agreement signed by every member, no step 9 without a plan and resources', () => {
    expect(missingArtefact('agreementSigned', nothingYet, {})).toBe('lifecycle.noSignedAgreement');
    expect(
      missingArtefact('agreementSigned', { ...nothingYet, agreementSignedByAllMembers: true }, {}),
    ).toBeNull();
    expect(missingArtefact('jointActionsMonitored', { ...nothingYet, actionPlanAdopted: true }, {})).toBe(
      'lifecycle.noPlanOrResources',
    );
    const planned = { ...nothingYet, actionPlanAdopted: true, resourcesPledged: true };
    expect(missingArtefact('jointActionsMonitored', planned, {})).toBe('lifecycle.noJointActions');
    expect(
      missingArtefact('jointActionsMonitored', { ...planned, jointActionsStarted: true }, {}),
    ).toBeNull();
  });

  it('step 10 answers the three questions of the evaluation; step 11 records its decision', () => {
    expect(
      missingArtefact('evaluated', nothingYet, {
        evaluation: { effectiveness: 'tak', efficiency: '', utility: 'tak' },
      }),
    ).toBe('lifecycle.noEvaluation');
    expect(
      missingArtefact('evaluated', nothingYet, {
        evaluation: { effectiveness: 'tak', efficiency: 'niski', utility: 'tak' },
      }),
    ).toBeNull();
    expect(missingArtefact('continuationDecided', nothingYet, { outcome: 'widen' })).toBe(
      'lifecycle.noContinuationDecision',
    );
    expect(
      missingArtefact('continuationDecided', nothingYet, { outcome: 'widen', decisionId: 'd2' }),
    ).toBeNull();
  });

  it('steps are completed in order: the first open one is in progress, later ones cannot start yet', () => {
    const completed = done('leaderEmerged', 'partnersAcquired');
    expect(currentStepOf(completed)).toBe('rulesAgreed');
    expect(stepStatusOf('partnersAcquired', completed)).toBe('completed');
    expect(stepStatusOf('rulesAgreed', completed)).toBe('inProgress');
    expect(stepStatusOf('agreementSigned', completed)).toBe('cannotStartYet');
    expect(completionOrderProblem('agreementSigned', completed)).toBe('lifecycle.previousStepsOpen');
    expect(completionOrderProblem('partnersAcquired', completed)).toBe('lifecycle.alreadyCompleted');
    expect(completionOrderProblem('rulesAgreed', completed)).toBeNull();
  });

  it('going back reopens the step and every later completed one', () => {
    expect(
      stepsReopenedBy('partnersAcquired', done('leaderEmerged', 'partnersAcquired', 'rulesAgreed')),
    ).toEqual(['partnersAcquired', 'rulesAgreed']);
  });

  it('continuing or widening opens a new cycle; ending does not', () => {
    expect(opensNewCycle('continue')).toBe(true);
    expect(opensNewCycle('widen')).toBe(true);
    expect(opensNewCycle('end')).toBe(false);
  });
});
