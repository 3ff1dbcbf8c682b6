import { describe, expect, it } from 'vitest';
import { missingArtefact } from '../../../common/contracts/partnership-lifecycle';
import { standardPrinciples } from '../../../common/plan-catalogue';
import { dependencyCycle, type PlanFacts, planEvidence } from './plan-rules';

const edges = (pairs: Record<string, string[]>) => new Map(Object.entries(pairs));

describe('task dependencies', () => {
  it('a chain without a way back is no cycle', () => {
    expect(dependencyCycle(edges({ b: ['a'], c: ['b'] }), 'd', ['c', 'a'])).toBeNull();
  });

  it('a task waiting for one that (through others) waits for it closes a cycle, named from the task back to it', () => {
    expect(dependencyCycle(edges({ b: ['a'], c: ['b'] }), 'a', ['c'])).toEqual(['a', 'c', 'b', 'a']);
  });

  it('changing a task replaces its own dependencies: the old ones do not count', () => {
    expect(dependencyCycle(edges({ a: ['b'], b: [] }), 'b', ['a'])).toEqual(['b', 'a', 'b']);
    expect(dependencyCycle(edges({ a: ['b'], b: ['a'] }), 'a', [])).toBeNull();
  });

  it('a new task (no id yet) cannot close a cycle', () => {
    expect(dependencyCycle(edges({ a: ['b'], b: ['a'] }), '', ['a'])).toBeNull();
  });
});

const none: PlanFacts = {
  hasTargetGroup: false,
  needsAssessments: 0,
  scopeItemsWithProvider: 0,
  tasks: 0,
  tasksWithoutResponsible: 0,
  tasksStarted: 0,
  confirmedPrinciples: new Set(),
  memberIds: ['ops', 'pup', 'ngo'],
  contributingMemberIds: new Set(),
};
const all = new Set(standardPrinciples);
const evidence = (f: Partial<PlanFacts>) => ({
  hasLeader: true,
  missingRequirements: [],
  agreementSignedByAllMembers: true,
  ...planEvidence({ ...none, ...f }),
});

describe('the artefacts of lifecycle steps 5–9', () => {
  it('step 5 needs both the target group and a needs assessment record', () => {
    expect(missingArtefact('targetGroupAssessed', evidence({ hasTargetGroup: true }))).toBe(
      'lifecycle.noNeedsAssessment',
    );
    expect(missingArtefact('targetGroupAssessed', evidence({ needsAssessments: 1 }))).toBe(
      'lifecycle.noNeedsAssessment',
    );
    expect(
      missingArtefact('targetGroupAssessed', evidence({ hasTargetGroup: true, needsAssessments: 1 })),
    ).toBeNull();
  });

  it('step 6 needs a service scope item with a providing partner', () => {
    expect(missingArtefact('serviceScopeDefined', evidence({}))).toBe('lifecycle.noServiceScope');
    expect(missingArtefact('serviceScopeDefined', evidence({ scopeItemsWithProvider: 1 }))).toBeNull();
  });

  it('step 7 needs a task and every principle of the seed confirmed', () => {
    const nine = new Set(standardPrinciples.slice(1));
    expect(missingArtefact('actionPlanWritten', evidence({ confirmedPrinciples: all }))).toBe(
      'lifecycle.noActionPlan',
    );
    expect(missingArtefact('actionPlanWritten', evidence({ tasks: 1, confirmedPrinciples: nine }))).toBe(
      'lifecycle.noActionPlan',
    );
    expect(missingArtefact('actionPlanWritten', evidence({ tasks: 1, confirmedPrinciples: all }))).toBeNull();
  });

  it('step 8 needs every member to bring something and every task to have its responsible partner', () => {
    const plan = { tasks: 2, confirmedPrinciples: all };
    expect(
      missingArtefact(
        'resourcesSecured',
        evidence({ ...plan, contributingMemberIds: new Set(['ops', 'pup']) }),
      ),
    ).toBe('lifecycle.noPledgedResources');
    const everyone = new Set(['ops', 'pup', 'ngo']);
    expect(
      missingArtefact(
        'resourcesSecured',
        evidence({ ...plan, contributingMemberIds: everyone, tasksWithoutResponsible: 1 }),
      ),
    ).toBe('lifecycle.noPledgedResources');
    expect(
      missingArtefact('resourcesSecured', evidence({ ...plan, contributingMemberIds: everyone })),
    ).toBeNull();
  });

  it('step 9 needs the plan and the pledges, and a task under way to monitor', () => {
    const everyone = new Set(['ops', 'pup', 'ngo']);
    expect(missingArtefact('jointActionsMonitored', evidence({ contributingMemberIds: everyone }))).toBe(
      'lifecycle.noPlanOrResources',
    );
    const ready = { tasks: 1, confirmedPrinciples: all, contributingMemberIds: everyone };
    expect(missingArtefact('jointActionsMonitored', evidence(ready))).toBe('lifecycle.noJointActions');
    expect(missingArtefact('jointActionsMonitored', evidence({ ...ready, tasksStarted: 1 }))).toBeNull();
  });
});
