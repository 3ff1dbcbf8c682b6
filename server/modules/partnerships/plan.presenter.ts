import {
  type GoalView,
  isOverdue,
  type NeedsAssessmentView,
  type ScopeItemView,
  type StandardsView,
  type TargetGroupView,
  type TaskView,
} from '../../../common/contracts/partnership-plan';
import { standardPrinciples } from '../../../common/plan-catalogue';
import type {
  AssessmentRow,
  ConfirmationRow,
  GoalRow,
  OwnStandardRow,
  TargetGroupRow,
} from './plan.repository';
import type { ProviderRow, ScopeItemRow, TaskRow } from './plan-tasks.repository';

/** Rows of the plan → API objects: explicit allow-lists, nothing of a row passes unnamed. */

export const presentGoal = (g: GoalRow): GoalView => ({
  id: g.id,
  text: g.text,
  expectedResult: g.expectedResult,
  indicator: g.indicator,
  targetValue: g.targetValue,
  unit: g.unit,
  baseline: g.baseline,
  currentValue: g.currentValue,
  measuredOn: g.measuredOn,
  version: g.version,
});

export const presentTargetGroup = (g: TargetGroupRow): TargetGroupView => ({
  description: g.description,
  plannedSize: g.plannedSize,
  selectionCriteria: g.selectionCriteria,
  version: g.version,
});

export const presentAssessment = (a: AssessmentRow): NeedsAssessmentView => ({
  id: a.id,
  assessedOn: a.assessedOn,
  method: a.method,
  findings: a.findings,
  memberId: a.memberId,
  institutionName: a.institutionName,
  version: a.version,
});

export const presentScopeItem = (item: ScopeItemRow, providers: ProviderRow[]): ScopeItemView => ({
  id: item.id,
  instrument: item.instrument,
  description: item.description,
  statutoryBasis: item.statutoryBasis,
  providers: providers
    .filter((p) => p.scopeItemId === item.id)
    .map((p) => ({ memberId: p.memberId, institutionName: p.institutionName })),
  version: item.version,
});

export const presentTask = (
  task: TaskRow,
  dependsOn: readonly string[],
  responsibleName: string | null,
  abilities: TaskView['abilities'],
  today: string,
): TaskView => ({
  id: task.id,
  title: task.title,
  description: task.description,
  responsibleMemberId: task.responsibleMemberId,
  responsibleName,
  startsOn: task.startsOn,
  dueOn: task.dueOn,
  status: task.status,
  dependsOn: [...dependsOn],
  overdue: isOverdue(task, today),
  version: task.version,
  abilities,
});

export const presentStandards = (confirmed: ConfirmationRow[], own: OwnStandardRow[]): StandardsView => ({
  principles: standardPrinciples.map((principle) => {
    const c = confirmed.find((x) => x.principle === principle);
    return {
      principle,
      confirmed: Boolean(c),
      confirmedAt: c?.confirmedAt.toISOString() ?? null,
      confirmedByName: c?.confirmedByName ?? null,
    };
  }),
  own: own.map((s) => ({ id: s.id, text: s.text, version: s.version })),
});
