import type { Page } from '../../../common/contracts/pagination';
import {
  type CreateScopeItemInput,
  type CreateTaskInput,
  createScopeItemBody,
  createTaskBody,
  type ListTasksQuery,
  type PlanListQuery,
  type ScopeItemPage,
  type ScopeItemView,
  type TaskStatusInput,
  type TaskView,
  taskStatusBody,
  type UpdateScopeItemInput,
  type UpdateTaskInput,
  updateScopeItemBody,
  updateTaskBody,
  warsawToday,
} from '../../../common/contracts/partnership-plan';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { AppError, type FieldProblem, givenFields, invalid, notFound, parse } from '../../platform/errors';
import { findMembers } from './member.repository';
import { auditChange, type LoadedPartnership, requireOpen } from './partnership-access';
import { canChangeTaskStatus } from './plan.policy';
import { presentScopeItem, presentTask } from './plan.presenter';
import {
  currentMember,
  LIMITS,
  lockedPlan,
  managesPlan,
  readablePlan,
  staleOrGone,
  underLimit,
  withGovernedPlan,
} from './plan-access';
import { dependencyCycle } from './plan-rules';
import {
  countScopeItems,
  countTasks,
  deleteScopeItem,
  deleteTask,
  findDependencies,
  findProviders,
  findScopeItems,
  findTaskPage,
  findTasks,
  insertScopeItem,
  insertTask,
  replaceDependencies,
  replaceProviders,
  type TaskRow,
  updateScopeItemAtVersion,
  updateTaskAtVersion,
} from './plan-tasks.repository';

/**
 * The service scope (step 6) and the action plan's tasks (step 7): written by those who govern;
 * the status of a task is also moved by the partner responsible for it.
 */

const SCOPE_FIELDS = ['instrument', 'description', 'statutoryBasis'] as const;
const TASK_FIELDS = ['title', 'description', 'responsibleMemberId', 'startsOn', 'dueOn', 'status'] as const;

async function scopeItemView(ctx: Ctx, id: string, itemId: string): Promise<ScopeItemView | undefined> {
  const [item] = await findScopeItems(ctx.db, id, itemId);
  return item ? presentScopeItem(item, await findProviders(ctx.db, [item.id])) : undefined;
}

/** Every provider must be a current member; the first that is not answers on its field. */
function providersOf(loaded: LoadedPartnership, ids: readonly string[]) {
  ids.forEach((memberId, i) => {
    currentMember(loaded, memberId, `providerMemberIds.${i}`);
  });
  return ids;
}

/** One page of the service scope with each item's providers. */
export async function listScopeItems(ctx: Ctx, id: string, query: PlanListQuery): Promise<ScopeItemPage> {
  await readablePlan(ctx, id);
  const [rows, total] = await Promise.all([
    findScopeItems(ctx.db, id, undefined, query),
    countScopeItems(ctx.db, id),
  ]);
  const providers = await findProviders(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentScopeItem(r, providers)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function createScopeItem(ctx: Ctx, id: string, input: CreateScopeItemInput) {
  const { providerMemberIds, ...body } = parse(createScopeItemBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    underLimit(await countScopeItems(tctx.db, id), LIMITS.scopeItems);
    const providers = providersOf(loaded, providerMemberIds);
    const item = await insertScopeItem(tctx.db, {
      partnershipId: id,
      instrument: body.instrument,
      description: body.description ?? null,
      statutoryBasis: body.statutoryBasis ?? null,
    });
    await replaceProviders(tctx.db, item.id, providers);
    await auditChange(tctx, loaded, {
      action: 'partnership.scope.create',
      entityType: 'partnershipScopeItem',
      entityId: item.id,
      changes: { ...changedFields(null, item, SCOPE_FIELDS), providers: { before: null, after: providers } },
    });
    return (await scopeItemView(tctx, id, item.id))!;
  });
}

export async function updateScopeItem(ctx: Ctx, id: string, itemId: string, input: UpdateScopeItemInput) {
  const { version, providerMemberIds, ...patch } = parse(updateScopeItemBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const before = await scopeItemView(tctx, id, itemId);
    if (!before) throw notFound();
    const providers = providerMemberIds ? providersOf(loaded, providerMemberIds) : undefined;
    const [row] = await findScopeItems(tctx.db, id, itemId);
    const updated =
      version === before.version
        ? await updateScopeItemAtVersion(tctx.db, itemId, version, givenFields(patch))
        : undefined;
    if (!updated || !row) throw staleOrGone(before);
    if (providers) await replaceProviders(tctx.db, itemId, providers);
    const beforeProviders = before.providers.map((p) => p.memberId);
    await auditChange(tctx, loaded, {
      action: 'partnership.scope.update',
      entityType: 'partnershipScopeItem',
      entityId: itemId,
      changes: {
        ...changedFields(row, updated, SCOPE_FIELDS),
        ...(providers &&
          JSON.stringify([...providers].sort()) !== JSON.stringify([...beforeProviders].sort()) && {
            providers: { before: beforeProviders, after: providers },
          }),
      },
    });
    return (await scopeItemView(tctx, id, itemId))!;
  });
}

export async function removeScopeItem(ctx: Ctx, id: string, itemId: string): Promise<void> {
  await withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const before = await scopeItemView(tctx, id, itemId);
    if (!before) throw notFound();
    await deleteScopeItem(tctx.db, itemId);
    await auditChange(tctx, loaded, {
      action: 'partnership.scope.delete',
      entityType: 'partnershipScopeItem',
      entityId: itemId,
      changes: {
        instrument: { before: before.instrument, after: null },
        providers: { before: before.providers.map((p) => p.memberId), after: null },
      },
    });
  });
}

/** The tasks with who is responsible, what they wait for, and what the actor may do with each. */
export async function taskViews(ctx: Ctx, loaded: LoadedPartnership, onlyId?: string): Promise<TaskView[]> {
  return presentTasks(ctx, loaded, await findTasks(ctx.db, loaded.row.id, onlyId));
}

/** One page of the tasks, sorted and filtered as asked; every member reads it. */
export async function listTasks(ctx: Ctx, id: string, query: ListTasksQuery): Promise<Page<TaskView>> {
  const loaded = await readablePlan(ctx, id);
  const { rows, total } = await findTaskPage(ctx.db, id, query, warsawToday());
  return { items: await presentTasks(ctx, loaded, rows), total, page: query.page, pageSize: query.pageSize };
}

/** Tasks as the API shows them: what each waits for, who answers for it and what the actor may do. */
async function presentTasks(ctx: Ctx, loaded: LoadedPartnership, tasks: TaskRow[]): Promise<TaskView[]> {
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const edges = await findDependencies(ctx.db, loaded.row.id);
  const everyone = await findMembers(ctx.db, [loaded.row.id], true);
  const manage = managesPlan(ctx, loaded);
  const today = warsawToday();
  return tasks.map((task) => {
    const responsible = everyone.find((m) => m.id === task.responsibleMemberId) ?? null;
    const current = loaded.members.find((m) => m.id === task.responsibleMemberId) ?? null;
    return presentTask(
      task,
      edges.get(task.id) ?? [],
      responsible?.institution.name ?? null,
      {
        update: manage,
        changeStatus: Boolean(ctx.system) || canChangeTaskStatus(ctx.actor, loaded.facts, current),
      },
      today,
    );
  });
}

const taskView = async (ctx: Ctx, loaded: LoadedPartnership, taskId: string) =>
  (await taskViews(ctx, loaded, taskId))[0];

/**
 * The dependencies of a task are tasks of the same plan, never the task itself, and never close
 * a cycle: each problem answers on the `dependsOn` field, the cycle named task by task.
 */
async function checkDependencies(
  ctx: Ctx,
  partnershipId: string,
  taskId: string,
  dependsOn: readonly string[],
) {
  if (dependsOn.length === 0) return;
  const tasks = await findTasks(ctx.db, partnershipId);
  const titles = new Map(tasks.map((t) => [t.id, t.title]));
  const problems: FieldProblem[] = [];
  dependsOn.forEach((dep, i) => {
    if (dep === taskId) problems.push({ field: `dependsOn.${i}`, id: 'plan.dependsOnItself' });
    else if (!titles.has(dep)) problems.push({ field: `dependsOn.${i}`, id: 'plan.taskUnknown' });
  });
  if (problems.length) throw invalid(problems);
  const cycle = dependencyCycle(await findDependencies(ctx.db, partnershipId), taskId, dependsOn);
  if (cycle)
    throw invalid([
      {
        field: 'dependsOn',
        id: 'plan.dependencyCycle',
        params: { cycle: cycle.map((id) => titles.get(id) ?? '…').join(' → ') },
      },
    ]);
}

function taskProblems(
  loaded: LoadedPartnership,
  t: Pick<TaskRow, 'responsibleMemberId' | 'startsOn' | 'dueOn'>,
) {
  if (t.responsibleMemberId) currentMember(loaded, t.responsibleMemberId, 'responsibleMemberId');
  if (t.startsOn && t.startsOn > t.dueOn) throw invalid([{ field: 'dueOn', id: 'field.dateOrder' }]);
}

export async function createTask(ctx: Ctx, id: string, input: CreateTaskInput): Promise<TaskView> {
  const { dependsOn, ...body } = parse(createTaskBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    underLimit(await countTasks(tctx.db, id), LIMITS.tasks);
    const fields = {
      title: body.title,
      description: body.description ?? null,
      responsibleMemberId: body.responsibleMemberId ?? null,
      startsOn: body.startsOn ?? null,
      dueOn: body.dueOn,
      status: body.status,
    };
    taskProblems(loaded, fields);
    await checkDependencies(tctx, id, '', dependsOn);
    const task = await insertTask(tctx.db, { partnershipId: id, ...fields });
    await replaceDependencies(tctx.db, task.id, dependsOn);
    await auditChange(tctx, loaded, {
      action: 'partnership.task.create',
      entityType: 'partnershipTask',
      entityId: task.id,
      changes: { ...changedFields(null, task, TASK_FIELDS), dependsOn: { before: null, after: dependsOn } },
    });
    return (await taskView(tctx, loaded, task.id))!;
  });
}

export async function updateTask(
  ctx: Ctx,
  id: string,
  taskId: string,
  input: UpdateTaskInput,
): Promise<TaskView> {
  const { version, dependsOn, ...patch } = parse(updateTaskBody, input);
  return withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const [task] = await findTasks(tctx.db, id, taskId);
    if (!task) throw notFound();
    const next = { ...task, ...givenFields(patch) };
    taskProblems(loaded, next);
    if (dependsOn) await checkDependencies(tctx, id, taskId, dependsOn);
    const updated =
      version === task.version
        ? await updateTaskAtVersion(tctx.db, taskId, version, givenFields(patch))
        : undefined;
    if (!updated) throw staleOrGone(await taskView(tctx, loaded, taskId));
    const before = (await findDependencies(tctx.db, id)).get(taskId) ?? [];
    if (dependsOn) await replaceDependencies(tctx.db, taskId, dependsOn);
    const depsChanged =
      dependsOn && JSON.stringify([...before].sort()) !== JSON.stringify([...dependsOn].sort());
    await auditChange(tctx, loaded, {
      action: 'partnership.task.update',
      entityType: 'partnershipTask',
      entityId: taskId,
      changes: {
        ...changedFields(task, updated, TASK_FIELDS),
        ...(depsChanged && { dependsOn: { before, after: dependsOn } }),
      },
    });
    return (await taskView(tctx, loaded, taskId))!;
  });
}

/** The responsible partner (or one who governs) reports progress: only the status moves. */
export async function setTaskStatus(
  ctx: Ctx,
  id: string,
  taskId: string,
  input: TaskStatusInput,
): Promise<TaskView> {
  const { version, status } = parse(taskStatusBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await lockedPlan(tctx, id);
    const [task] = await findTasks(tctx.db, id, taskId);
    if (!task) throw notFound();
    const responsible = loaded.members.find((m) => m.id === task.responsibleMemberId) ?? null;
    authorize(tctx, (actor) => canChangeTaskStatus(actor, loaded.facts, responsible));
    requireOpen(loaded);
    if (task.status === status && version === task.version) return (await taskView(tctx, loaded, taskId))!;
    const updated =
      version === task.version ? await updateTaskAtVersion(tctx.db, taskId, version, { status }) : undefined;
    if (!updated) throw staleOrGone(await taskView(tctx, loaded, taskId));
    await auditChange(tctx, loaded, {
      action: 'partnership.task.status',
      entityType: 'partnershipTask',
      entityId: taskId,
      changes: { status: { before: task.status, after: status } },
    });
    return (await taskView(tctx, loaded, taskId))!;
  });
}

/** A task others wait for stays until they no longer do: removing it would silently drop their dependency. */
export async function removeTask(ctx: Ctx, id: string, taskId: string): Promise<void> {
  await withGovernedPlan(ctx, id, async (tctx, loaded) => {
    const [task] = await findTasks(tctx.db, id, taskId);
    if (!task) throw notFound();
    const waiting = [...(await findDependencies(tctx.db, id)).entries()].filter(([, deps]) =>
      deps.includes(taskId),
    );
    if (waiting.length)
      throw new AppError('conflict', 'plan.taskHasDependents', { params: { count: waiting.length } });
    await deleteTask(tctx.db, taskId);
    await auditChange(tctx, loaded, {
      action: 'partnership.task.delete',
      entityType: 'partnershipTask',
      entityId: taskId,
      changes: { title: { before: task.title, after: null }, status: { before: task.status, after: null } },
    });
  });
}
