import { z } from 'zod';
import { planTaskStatuses, standardPrinciples, supportInstruments } from '../plan-catalogue';
import { pageOf, pageQuery } from './pagination';
import { optionalText, requiredText } from './partnerships';

/**
 * The partnership's plan (lifecycle steps 5–7): goals with measurable targets, the target group
 * and its needs assessment, the service scope from the catalogue of support instruments, the
 * tasks of the action plan and the service standards.
 */

const version = z.number().int().min(1);
const date = z.iso.date({ message: 'field.date' });
const optionalDate = date.nullable().optional();
/** A measurable figure (target, baseline): people, per cent, hours; two decimals at most. */
const figure = z
  .number({ message: 'plan.figure' })
  .min(0, { message: 'plan.figure' })
  .max(1_000_000_000, { message: 'plan.figure' })
  .nullable()
  .optional();

const goalFields = {
  text: requiredText(1000),
  expectedResult: requiredText(2000),
  indicator: optionalText(500),
  targetValue: figure,
  unit: optionalText(50),
  baseline: figure,
  /** The value measured last, with the day of the measurement: both or neither. */
  currentValue: figure,
  measuredOn: optionalDate,
};
export const createGoalBody = z.strictObject(goalFields);
export type CreateGoalInput = z.input<typeof createGoalBody>;
export const updateGoalBody = z.strictObject({ ...z.object(goalFields).partial().shape, version });
export type UpdateGoalInput = z.input<typeof updateGoalBody>;

export const goalView = z.object({
  id: z.uuid(),
  text: z.string(),
  expectedResult: z.string(),
  indicator: z.string().nullable(),
  targetValue: z.number().nullable(),
  unit: z.string().nullable(),
  baseline: z.number().nullable(),
  currentValue: z.number().nullable(),
  measuredOn: z.string().nullable(),
  version: z.number().int(),
});
export type GoalView = z.infer<typeof goalView>;

/** One target group per partnership; `version` 0 says "I saw none yet" when recording it the first time. */
export const targetGroupBody = z.strictObject({
  description: requiredText(2000),
  plannedSize: z
    .number({ message: 'field.required' })
    .int({ message: 'plan.groupSize' })
    .min(1, { message: 'plan.groupSize' })
    .max(10_000, { message: 'plan.groupSize' }),
  selectionCriteria: requiredText(5000),
  version: z.number().int().min(0),
});
export type TargetGroupInput = z.input<typeof targetGroupBody>;

export const targetGroupView = z.object({
  description: z.string(),
  plannedSize: z.number().int(),
  selectionCriteria: z.string(),
  version: z.number().int(),
});
export type TargetGroupView = z.infer<typeof targetGroupView>;

/** A record of the needs assessment: when, how, what was found and which partner carried it out. */
export const createNeedsAssessmentBody = z.strictObject({
  assessedOn: date,
  method: requiredText(1000),
  findings: requiredText(10000),
  memberId: z.uuid({ message: 'field.required' }),
});
export type CreateNeedsAssessmentInput = z.input<typeof createNeedsAssessmentBody>;
export const updateNeedsAssessmentBody = z.strictObject({
  ...createNeedsAssessmentBody.partial().shape,
  version,
});
export type UpdateNeedsAssessmentInput = z.input<typeof updateNeedsAssessmentBody>;

export const needsAssessmentView = z.object({
  id: z.uuid(),
  assessedOn: z.string(),
  method: z.string(),
  findings: z.string(),
  memberId: z.uuid(),
  institutionName: z.string(),
  version: z.number().int(),
});
export type NeedsAssessmentView = z.infer<typeof needsAssessmentView>;

const providers = z
  .array(z.uuid())
  .min(1, { message: 'plan.providerRequired' })
  .max(50, { message: 'field.tooMany' })
  .refine((ids) => new Set(ids).size === ids.length, { message: 'plan.providerDuplicate' });

const scopeFields = {
  instrument: z.enum(supportInstruments, { message: 'field.required' }),
  description: optionalText(2000),
  /** The provision that makes the instrument a statutory task of its providers. */
  statutoryBasis: optionalText(500),
  providerMemberIds: providers,
};
export const createScopeItemBody = z.strictObject(scopeFields);
export type CreateScopeItemInput = z.input<typeof createScopeItemBody>;
export const updateScopeItemBody = z.strictObject({ ...z.object(scopeFields).partial().shape, version });
export type UpdateScopeItemInput = z.input<typeof updateScopeItemBody>;

export const scopeItemView = z.object({
  id: z.uuid(),
  instrument: z.enum(supportInstruments),
  description: z.string().nullable(),
  statutoryBasis: z.string().nullable(),
  providers: z.array(z.object({ memberId: z.uuid(), institutionName: z.string() })),
  version: z.number().int(),
});
export type ScopeItemView = z.infer<typeof scopeItemView>;

const dependsOn = z
  .array(z.uuid())
  .max(50, { message: 'field.tooMany' })
  .refine((ids) => new Set(ids).size === ids.length, { message: 'plan.dependencyDuplicate' });

const taskFields = {
  title: requiredText(300),
  description: optionalText(5000),
  responsibleMemberId: z.uuid().nullable().optional(),
  startsOn: optionalDate,
  dueOn: date,
  status: z.enum(planTaskStatuses).default('todo'),
  /** Tasks that must be done before this one; a cycle is refused. */
  dependsOn: dependsOn.default([]),
};
export const createTaskBody = z.strictObject(taskFields);
export type CreateTaskInput = z.input<typeof createTaskBody>;
export const updateTaskBody = z.strictObject({
  title: taskFields.title.optional(),
  description: taskFields.description,
  responsibleMemberId: taskFields.responsibleMemberId,
  startsOn: taskFields.startsOn,
  dueOn: date.optional(),
  status: z.enum(planTaskStatuses).optional(),
  dependsOn: dependsOn.optional(),
  version,
});
export type UpdateTaskInput = z.input<typeof updateTaskBody>;

/** What the responsible partner changes on its own task: only its status. */
export const taskStatusBody = z.strictObject({ status: z.enum(planTaskStatuses), version });
export type TaskStatusInput = z.input<typeof taskStatusBody>;

export const taskView = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  responsibleMemberId: z.uuid().nullable(),
  responsibleName: z.string().nullable(),
  startsOn: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(planTaskStatuses),
  dependsOn: z.array(z.uuid()),
  /** Past its due date (in Warsaw) and not done. */
  overdue: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), changeStatus: z.boolean() }),
});
export type TaskView = z.infer<typeof taskView>;

export const taskSorts = ['dueOn', '-dueOn', 'status', '-status', 'responsible', '-responsible'] as const;
export type TaskSort = (typeof taskSorts)[number];

/** One page of the action plan's tasks, sorted and filtered (the plan read carries them all, for dependencies). */
export const listTasksQuery = z.strictObject({
  sort: z.enum(taskSorts).default('dueOn'),
  status: z.enum(planTaskStatuses).optional(),
  responsibleMemberId: z.uuid().optional(),
  /** Only tasks past their due date and not done. */
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  ...pageQuery,
});
export type ListTasksQuery = z.infer<typeof listTasksQuery>;
export const taskPage = pageOf(taskView);
export type TaskPage = z.infer<typeof taskPage>;

/** Progress of a measured target from its baseline, in per cent (may exceed 100); null when it cannot be told. */
export function goalProgress(goal: Pick<GoalView, 'baseline' | 'targetValue' | 'currentValue'>) {
  if (goal.targetValue === null || goal.currentValue === null) return null;
  const start = goal.baseline ?? 0;
  if (goal.targetValue === start) return goal.currentValue >= goal.targetValue ? 100 : 0;
  return Math.round(((goal.currentValue - start) / (goal.targetValue - start)) * 100);
}

export const ownStandardView = z.object({ id: z.uuid(), text: z.string(), version: z.number().int() });
export type OwnStandardView = z.infer<typeof ownStandardView>;

/** A page of one list of the plan (goals, scope, own standards); the plan read still carries them whole. */
export const planListQuery = z.strictObject(pageQuery);
export type PlanListQuery = z.infer<typeof planListQuery>;
export const goalPage = pageOf(goalView);
export type GoalPage = z.infer<typeof goalPage>;
export const scopeItemPage = pageOf(scopeItemView);
export type ScopeItemPage = z.infer<typeof scopeItemPage>;
export const ownStandardPage = pageOf(ownStandardView);
export type OwnStandardPage = z.infer<typeof ownStandardPage>;

export const principleBody = z.strictObject({ confirmed: z.boolean() });
export type PrincipleInput = z.input<typeof principleBody>;

const ownStandardFields = { text: requiredText(2000) };
export const createOwnStandardBody = z.strictObject(ownStandardFields);
export type CreateOwnStandardInput = z.input<typeof createOwnStandardBody>;
export const updateOwnStandardBody = z.strictObject({ ...ownStandardFields, version });
export type UpdateOwnStandardInput = z.input<typeof updateOwnStandardBody>;

export const standardsView = z.object({
  principles: z.array(
    z.object({
      principle: z.enum(standardPrinciples),
      confirmed: z.boolean(),
      confirmedAt: z.string().nullable(),
      confirmedByName: z.string().nullable(),
    }),
  ),
  own: z.array(ownStandardView),
});
export type StandardsView = z.infer<typeof standardsView>;

export const planView = z.object({
  goals: z.array(goalView),
  targetGroup: targetGroupView.nullable(),
  needsAssessments: z.array(needsAssessmentView),
  scopeItems: z.array(scopeItemView),
  tasks: z.array(taskView),
  standards: standardsView,
  abilities: z.object({ manage: z.boolean() }),
});
export type PlanView = z.infer<typeof planView>;

export const goalParams = z.object({ id: z.string(), goalId: z.string() });
export const assessmentParams = z.object({ id: z.string(), assessmentId: z.string() });
export const scopeItemParams = z.object({ id: z.string(), itemId: z.string() });
export const taskParams = z.object({ id: z.string(), taskId: z.string() });
export const principleParams = z.object({ id: z.string(), principle: z.enum(standardPrinciples) });
export const ownStandardParams = z.object({ id: z.string(), standardId: z.string() });

/** Today's date in Warsaw, where the partnerships' deadlines fall. */
export const warsawToday = (now = new Date()) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(now);

/** A task is overdue when its due date has passed (in Warsaw) and it is not done. */
export const isOverdue = (task: { dueOn: string; status: string }, today = warsawToday()) =>
  task.status !== 'done' && task.dueOn < today;
