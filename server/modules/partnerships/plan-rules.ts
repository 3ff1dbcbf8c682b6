import type { LifecycleEvidence } from '../../../common/contracts/partnership-lifecycle';
import { type StandardPrinciple, standardPrinciples } from '../../../common/plan-catalogue';

/**
 * The rules of the plan that need no database: cycles in task dependencies, and whether the
 * artefacts of lifecycle steps 5–9 are there. Pure, so each is unit-tested on its own.
 */

/**
 * The tasks of a dependency cycle `task` would close by depending on `dependsOn`, from `task`
 * back to it, or null when there is none. `edges` are the other dependencies of the plan, task → the tasks it waits for.
 */
export function dependencyCycle(
  edges: ReadonlyMap<string, readonly string[]>,
  task: string,
  dependsOn: readonly string[],
): string[] | null {
  const next = (id: string) => (id === task ? dependsOn : (edges.get(id) ?? []));
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | null => {
    for (const dep of next(id)) {
      if (dep === task) return [...path, dep];
      if (seen.has(dep)) continue;
      seen.add(dep);
      const found = walk(dep, [...path, dep]);
      if (found) return found;
    }
    return null;
  };
  return walk(task, [task]);
}

/** The facts about a partnership's plan that steps 5–9 rest on, as the repository counts them. */
export interface PlanFacts {
  hasTargetGroup: boolean;
  needsAssessments: number;
  /** Scope items with at least one providing partner. */
  scopeItemsWithProvider: number;
  tasks: number;
  /** Tasks with no current member responsible: none named, or one that has left the partnership. */
  tasksWithoutResponsible: number;
  /** Tasks in progress or done: joint actions have begun and are being followed. */
  tasksStarted: number;
  confirmedPrinciples: ReadonlySet<StandardPrinciple>;
  /** Current members, and those among them that pledged a resource (not withdrawn) or pay a budget line. */
  memberIds: readonly string[];
  contributingMemberIds: ReadonlySet<string>;
}

export type PlanEvidence = Pick<
  LifecycleEvidence,
  'needsAssessed' | 'serviceScopeDefined' | 'actionPlanAdopted' | 'resourcesPledged' | 'jointActionsStarted'
>;

/**
 * Step 5: a target group and a needs assessment record. Step 6: a service scope item with a
 * providing partner. Step 7: at least one task and every principle of the seed confirmed.
 * Step 8: every member brings something (a pledge or a budget line) and every task has its
 * responsible partner. Step 9 also needs a task under way, the first thing monitoring follows.
 */
export const planEvidence = (f: PlanFacts): PlanEvidence => ({
  needsAssessed: f.hasTargetGroup && f.needsAssessments > 0,
  serviceScopeDefined: f.scopeItemsWithProvider > 0,
  actionPlanAdopted: f.tasks > 0 && standardPrinciples.every((p) => f.confirmedPrinciples.has(p)),
  resourcesPledged:
    f.memberIds.length > 0 &&
    f.memberIds.every((m) => f.contributingMemberIds.has(m)) &&
    f.tasks > 0 &&
    f.tasksWithoutResponsible === 0,
  jointActionsStarted: f.tasksStarted > 0,
});
