import {
  type CreateGoalInput,
  type CreateNeedsAssessmentInput,
  type CreateOwnStandardInput,
  createGoalBody,
  createNeedsAssessmentBody,
  createOwnStandardBody,
  type GoalPage,
  type GoalView,
  type NeedsAssessmentView,
  type OwnStandardPage,
  type PlanListQuery,
  type PlanView,
  type PrincipleInput,
  principleBody,
  type StandardsView,
  type TargetGroupInput,
  type TargetGroupView,
  targetGroupBody,
  type UpdateGoalInput,
  type UpdateNeedsAssessmentInput,
  type UpdateOwnStandardInput,
  updateGoalBody,
  updateNeedsAssessmentBody,
  updateOwnStandardBody,
  warsawToday,
} from '../../../common/contracts/partnership-plan';
import type { StandardPrinciple } from '../../../common/plan-catalogue';
import { changedFields } from '../../platform/audit';
import type { Ctx } from '../../platform/authz';
import { type FieldProblem, givenFields, invalid, notFound, parse } from '../../platform/errors';
import { auditChange } from './partnership-access';
import {
  presentAssessment,
  presentGoal,
  presentScopeItem,
  presentStandards,
  presentTargetGroup,
} from './plan.presenter';
import {
  countGoals,
  countOwnStandards,
  deleteAssessment,
  deleteConfirmation,
  deleteGoal,
  deleteOwnStandard,
  findAssessments,
  findConfirmations,
  findGoal,
  findGoals,
  findOwnStandards,
  findTargetGroup,
  insertAssessment,
  insertConfirmation,
  insertGoal,
  insertOwnStandard,
  insertTargetGroup,
  updateAssessmentAtVersion,
  updateGoalAtVersion,
  updateOwnStandardAtVersion,
  updateTargetGroupAtVersion,
} from './plan.repository';
import {
  currentMember,
  LIMITS,
  managesPlan,
  readablePlan,
  staleOrGone,
  underLimit,
  withGovernedPlan,
} from './plan-access';
import { findProviders, findScopeItems } from './plan-tasks.repository';
import { taskViews } from './plan-tasks.service';

/**
 * The shared part of the plan: goals, the target group and its needs assessment, the service
 * standards; and the whole plan as its tab shows it. Members read it, those who govern write it.
 */

const GOAL_FIELDS = [
  'text',
  'expectedResult',
  'indicator',
  'targetValue',
  'unit',
  'baseline',
  'currentValue',
  'measuredOn',
] as const;
const ASSESSMENT_FIELDS = ['assessedOn', 'method', 'findings', 'memberId'] as const;

/**
 * A measurement is a value with its day, of a goal that has a target to measure against, and
 * never dated after today: otherwise the progress shown would mean nothing.
 */
function checkMeasurement(goal: {
  targetValue?: number | null;
  currentValue?: number | null;
  measuredOn?: string | null;
}) {
  const problems: FieldProblem[] = [];
  const hasValue = goal.currentValue != null;
  const hasDate = goal.measuredOn != null;
  if (hasValue !== hasDate)
    problems.push({ field: hasValue ? 'measuredOn' : 'currentValue', id: 'plan.measurementIncomplete' });
  if (hasValue && goal.targetValue == null)
    problems.push({ field: 'currentValue', id: 'plan.measuredWithoutTarget' });
  if (hasDate && (goal.measuredOn as string) > warsawToday())
    problems.push({ field: 'measuredOn', id: 'plan.measuredInFuture' });
  if (problems.length) throw invalid(problems);
}
const GROUP_FIELDS = ['description', 'plannedSize', 'selectionCriteria'] as const;

async function standardsOf(ctx: Ctx, id: string): Promise<StandardsView> {
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const confirmed = await findConfirmations(ctx.db, id);
  const own = await findOwnStandards(ctx.db, id);
  return presentStandards(confirmed, own);
}

export async function getPlan(ctx: Ctx, id: string): Promise<PlanView> {
  const loaded = await readablePlan(ctx, id);
  const [goals, targetGroup, assessments, scopeItems, tasks, standards] = await Promise.all([
    findGoals(ctx.db, id),
    findTargetGroup(ctx.db, id),
    findAssessments(ctx.db, id),
    findScopeItems(ctx.db, id),
    taskViews(ctx, loaded),
    standardsOf(ctx, id),
  ]);
  const providers = await findProviders(
    ctx.db,
    scopeItems.map((s) => s.id),
  );
  return {
    goals: goals.map(presentGoal),
    targetGroup: targetGroup ? presentTargetGroup(targetGroup) : null,
    needsAssessments: assessments.map(presentAssessment),
    scopeItems: scopeItems.map((s) => presentScopeItem(s, providers)),
    tasks,
    standards,
    abilities: { manage: managesPlan(ctx, loaded) },
  };
}

/** One page of the goals, oldest first; every member reads them. */
export async function listGoals(ctx: Ctx, id: string, query: PlanListQuery): Promise<GoalPage> {
  await readablePlan(ctx, id);
  const [rows, total] = await Promise.all([findGoals(ctx.db, id, query), countGoals(ctx.db, id)]);
  return { items: rows.map(presentGoal), total, page: query.page, pageSize: query.pageSize };
}

export async function createGoal(ctx: Ctx, id: string, input: CreateGoalInput): Promise<GoalView> {
  const body = parse(createGoalBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    underLimit((await findGoals(tctx.db, id)).length, LIMITS.goals);
    checkMeasurement(body);
    const goal = await insertGoal(tctx.db, {
      partnershipId: id,
      text: body.text,
      expectedResult: body.expectedResult,
      indicator: body.indicator ?? null,
      targetValue: body.targetValue ?? null,
      unit: body.unit ?? null,
      baseline: body.baseline ?? null,
      currentValue: body.currentValue ?? null,
      measuredOn: body.measuredOn ?? null,
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.goal.create',
      entityType: 'partnershipGoal',
      entityId: goal.id,
      changes: changedFields(null, goal, GOAL_FIELDS),
    });
    return presentGoal(goal);
  });
}

export async function updateGoal(ctx: Ctx, id: string, goalId: string, input: UpdateGoalInput) {
  const { version, ...patch } = parse(updateGoalBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const goal = await findGoal(tctx.db, id, goalId);
    if (!goal) throw notFound();
    const next = { ...goal, ...givenFields(patch) };
    checkMeasurement(next);
    const changes = changedFields(goal, next, GOAL_FIELDS);
    if (Object.keys(changes).length === 0 && version === goal.version) return presentGoal(goal);
    const updated =
      version === goal.version
        ? await updateGoalAtVersion(tctx.db, goal.id, version, givenFields(patch))
        : undefined;
    if (!updated) throw staleOrGone(presentGoal(goal));
    await auditChange(tctx, loaded, {
      action: 'partnership.goal.update',
      entityType: 'partnershipGoal',
      entityId: goal.id,
      changes,
    });
    return presentGoal(updated);
  });
}

export async function removeGoal(ctx: Ctx, id: string, goalId: string): Promise<void> {
  await withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const goal = await findGoal(tctx.db, id, goalId);
    if (!goal) throw notFound();
    await deleteGoal(tctx.db, goal.id);
    await auditChange(tctx, loaded, {
      action: 'partnership.goal.delete',
      entityType: 'partnershipGoal',
      entityId: goal.id,
      changes: { text: { before: goal.text, after: null } },
    });
  });
}

/** Records the target group the first time (version 0) or changes it at the version read. */
export async function saveTargetGroup(
  ctx: Ctx,
  id: string,
  input: TargetGroupInput,
): Promise<TargetGroupView> {
  const { version, ...fields } = parse(targetGroupBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const current = await findTargetGroup(tctx.db, id);
    const saved =
      version === 0 && !current
        ? await insertTargetGroup(tctx.db, { partnershipId: id, ...fields })
        : current && version === current.version
          ? await updateTargetGroupAtVersion(tctx.db, id, version, fields)
          : undefined;
    if (!saved) throw staleOrGone(current ? presentTargetGroup(current) : undefined);
    await auditChange(tctx, loaded, {
      action: 'partnership.targetGroup.save',
      entityType: 'partnershipTargetGroup',
      changes: changedFields(current ?? null, saved, GROUP_FIELDS),
    });
    return presentTargetGroup(saved);
  });
}

export async function createNeedsAssessment(
  ctx: Ctx,
  id: string,
  input: CreateNeedsAssessmentInput,
): Promise<NeedsAssessmentView> {
  const body = parse(createNeedsAssessmentBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const member = currentMember(loaded, body.memberId, 'memberId');
    const row = await insertAssessment(tctx.db, { partnershipId: id, ...body, memberId: member.id });
    await auditChange(tctx, loaded, {
      action: 'partnership.needsAssessment.create',
      entityType: 'partnershipNeedsAssessment',
      entityId: row.id,
      changes: changedFields(null, row, ASSESSMENT_FIELDS),
    });
    return presentAssessment({ ...row, institutionName: member.institution.name });
  });
}

/** Corrects a needs assessment record at the version read; the partner who carried it out must be a current member. */
export async function updateNeedsAssessment(
  ctx: Ctx,
  id: string,
  assessmentId: string,
  input: UpdateNeedsAssessmentInput,
): Promise<NeedsAssessmentView> {
  const { version, ...patch } = parse(updateNeedsAssessmentBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const [row] = await findAssessments(tctx.db, id, assessmentId);
    if (!row) throw notFound();
    const member = patch.memberId ? currentMember(loaded, patch.memberId, 'memberId') : undefined;
    const changes = changedFields(row, { ...row, ...givenFields(patch) }, ASSESSMENT_FIELDS);
    if (Object.keys(changes).length === 0 && version === row.version) return presentAssessment(row);
    const updated =
      version === row.version
        ? await updateAssessmentAtVersion(tctx.db, row.id, version, givenFields(patch))
        : undefined;
    if (!updated) throw staleOrGone(presentAssessment(row));
    await auditChange(tctx, loaded, {
      action: 'partnership.needsAssessment.update',
      entityType: 'partnershipNeedsAssessment',
      entityId: row.id,
      changes,
    });
    return presentAssessment({
      ...updated,
      institutionName: member?.institution.name ?? row.institutionName,
    });
  });
}

export async function removeNeedsAssessment(ctx: Ctx, id: string, assessmentId: string): Promise<void> {
  await withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const [row] = await findAssessments(tctx.db, id, assessmentId);
    if (!row) throw notFound();
    await deleteAssessment(tctx.db, row.id);
    await auditChange(tctx, loaded, {
      action: 'partnership.needsAssessment.delete',
      entityType: 'partnershipNeedsAssessment',
      entityId: row.id,
      changes: {
        assessedOn: { before: row.assessedOn, after: null },
        method: { before: row.method, after: null },
      },
    });
  });
}

/** Ticks or unticks one principle of the seed's checklist; setting it to what it is changes nothing. */
export async function setPrinciple(
  ctx: Ctx,
  id: string,
  principle: StandardPrinciple,
  input: PrincipleInput,
): Promise<StandardsView> {
  const { confirmed } = parse(principleBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const changed = confirmed
      ? await insertConfirmation(tctx.db, {
          partnershipId: id,
          principle,
          confirmedBy: tctx.actor?.userId ?? null,
          confirmedByName: tctx.actor?.displayName ?? null,
        })
      : await deleteConfirmation(tctx.db, id, principle);
    if (changed)
      await auditChange(tctx, loaded, {
        action: 'partnership.standard.confirm',
        entityType: 'partnershipStandard',
        changes: { principle, confirmed: { before: !confirmed, after: confirmed } },
      });
    return standardsOf(tctx, id);
  });
}

/** One page of the partnership's own standards, oldest first. */
export async function listOwnStandards(ctx: Ctx, id: string, query: PlanListQuery): Promise<OwnStandardPage> {
  await readablePlan(ctx, id);
  const [rows, total] = await Promise.all([
    findOwnStandards(ctx.db, id, undefined, query),
    countOwnStandards(ctx.db, id),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, text: r.text, version: r.version })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function createOwnStandard(ctx: Ctx, id: string, input: CreateOwnStandardInput) {
  const body = parse(createOwnStandardBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    underLimit((await findOwnStandards(tctx.db, id)).length, LIMITS.ownStandards);
    const row = await insertOwnStandard(tctx.db, { partnershipId: id, text: body.text });
    await auditChange(tctx, loaded, {
      action: 'partnership.ownStandard.create',
      entityType: 'partnershipStandard',
      entityId: row.id,
      changes: { text: { before: null, after: row.text } },
    });
    return standardsOf(tctx, id);
  });
}

export async function updateOwnStandard(
  ctx: Ctx,
  id: string,
  standardId: string,
  input: UpdateOwnStandardInput,
) {
  const { version, text } = parse(updateOwnStandardBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const [row] = await findOwnStandards(tctx.db, id, standardId);
    if (!row) throw notFound();
    const updated =
      version === row.version ? await updateOwnStandardAtVersion(tctx.db, row.id, version, text) : undefined;
    if (!updated) throw staleOrGone({ id: row.id, text: row.text, version: row.version });
    await auditChange(tctx, loaded, {
      action: 'partnership.ownStandard.update',
      entityType: 'partnershipStandard',
      entityId: row.id,
      changes: changedFields(row, updated, ['text']),
    });
    return standardsOf(tctx, id);
  });
}

export async function removeOwnStandard(ctx: Ctx, id: string, standardId: string): Promise<void> {
  await withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const [row] = await findOwnStandards(tctx.db, id, standardId);
    if (!row) throw notFound();
    await deleteOwnStandard(tctx.db, row.id);
    await auditChange(tctx, loaded, {
      action: 'partnership.ownStandard.delete',
      entityType: 'partnershipStandard',
      entityId: row.id,
      changes: { text: { before: row.text, after: null } },
    });
  });
}
