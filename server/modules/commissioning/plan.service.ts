import {
  type AdoptPlanInput,
  adoptPlanBody,
  type CreatePlanInput,
  createPlanBody,
  type ListPlansQuery,
  type PlanListResponse,
  type PlanTargetInput,
  type PlanTransitionInput,
  planningJstTypes,
  planTransitionBody,
  planYears,
  type UpdatePlanInput,
  updatePlanBody,
} from '../../../common/contracts/commissioning';
import { parseGrosze } from '../../../common/money';
import { toSearchable } from '../../../common/text';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, institutionsWithPermission, inTransaction } from '../../platform/authz';
import { invalid, parse } from '../../platform/errors';
import { findInstitutionById } from '../institutions';
import { findUnitSummaries } from '../territory';
import { canCreatePlanFor, canReadPlans } from './commissioning.policy';
import { findCommissions } from './execution.repository';
import { type PlanRecord, presentSummary } from './plan.presenter';
import {
  commissionTotals,
  findJsts,
  insertPlan,
  type PlanInsert,
  type PlanRow,
  searchPlans,
} from './plan.repository';
import { auditPlan, loadPlan, loadPlanToManage, recordOf, requireState, writePlan } from './plan-access';

const AUDITED_FIELDS = [
  'title',
  'startsOn',
  'endsOn',
  'baseYear',
  'baselinePesCount',
  'baselinePesValue',
  'baselineTotalCount',
  'baselineTotalValue',
  'targets',
  'strategicDocumentKind',
  'strategicDocumentName',
  'strategicDocumentNumber',
  'state',
  'resolutionNumber',
  'resolutionDate',
] as const satisfies readonly (keyof PlanRow)[];

/** Amounts already checked by the contract: decimal text to grosze. */
const grosze = (text: string) => parseGrosze(text) ?? 0;

type PlanFields = Omit<UpdatePlanInput, 'version'>;

/** The columns of the plan's form, amounts in grosze. */
const columnsOf = (body: PlanFields) => ({
  title: body.title,
  searchTitle: toSearchable(body.title),
  startsOn: body.startsOn,
  endsOn: body.endsOn,
  baseYear: body.baseYear,
  baselinePesCount: body.baselinePesCount,
  baselinePesValue: grosze(body.baselinePesValue),
  baselineTotalCount: body.baselineTotalCount,
  baselineTotalValue: grosze(body.baselineTotalValue),
  targets: [...body.targets]
    .sort((a, b) => a.year - b.year)
    .map((t: PlanTargetInput) => ({ ...t, value: grosze(t.value) })),
  strategicDocumentKind: body.strategicDocumentKind,
  strategicDocumentName: body.strategicDocumentName,
  strategicDocumentNumber: body.strategicDocumentNumber ?? null,
});

/** The plans list: adopted plans of everyone, drafts of the actor's own JSTs; and for whom the actor may write one. */
export async function listPlans(ctx: Ctx, query: ListPlansQuery): Promise<PlanListResponse> {
  authorize(ctx, canReadPlans);
  const actor = ctx.actor;
  const draftsOf =
    ctx.system || actor?.isPlatformAdmin ? null : institutionsWithPermission(actor!, 'commissioning.read');
  const { rows, total } = await searchPlans(ctx.db, query, draftsOf);
  const [totals, units] = await Promise.all([
    commissionTotals(
      ctx.db,
      rows.map((r) => r.id),
    ),
    findUnitSummaries(
      ctx.db,
      rows.map((r) => r.jst.territoryCode),
    ),
  ]);
  const ownJsts = actor
    ? await findJsts(ctx.db, institutionsWithPermission(actor, 'commissioning.managePlans'))
    : [];
  return {
    items: rows.map((row) =>
      presentSummary(
        row,
        units.get(row.jst.territoryCode)?.name ?? null,
        totals.get(row.id) ?? { count: 0, budget: 0 },
      ),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
    canCreateFor: ownJsts.filter((jst) => canCreatePlanFor(actor, jst)).map(({ id, name }) => ({ id, name })),
  };
}

export async function getPlan(ctx: Ctx, id: string): Promise<PlanRecord> {
  return recordOf(ctx, await loadPlan(ctx, id));
}

/**
 * Starts a draft plan of a gmina or powiat office. Refused with 400 when the period is shorter
 * than a budget year (the contract's rule) or the institution is no active JST, and with 403
 * unless the actor manages that JST's plans.
 */
export async function createPlan(ctx: Ctx, input: CreatePlanInput): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const body = parse(createPlanBody, input);
  return inTransaction(ctx, async (tctx) => {
    const jst = await findInstitutionById(tctx.db, body.jstInstitutionId);
    if (!jst) throw invalid({ field: 'jstInstitutionId', id: 'commissioning.jstUnknown' });
    authorize(tctx, (actor) => canCreatePlanFor(actor, jst));
    if (jst.status !== 'active')
      throw invalid({ field: 'jstInstitutionId', id: 'commissioning.jstInactive' });
    if (!(planningJstTypes as readonly string[]).includes(jst.type))
      throw invalid({ field: 'jstInstitutionId', id: 'commissioning.notPlanningJst' });
    const row = await insertPlan(tctx.db, {
      ...columnsOf(body),
      jstInstitutionId: jst.id,
      createdBy: tctx.actor?.userId ?? null,
    } satisfies PlanInsert);
    await auditPlan(tctx, row, {
      action: 'commissioningPlan.create',
      changes: changedFields(null, row, AUDITED_FIELDS),
    });
    return getPlan(tctx, row.id);
  });
}

/** Rewrites a draft's form at the version the user read; an adopted plan is the resolution's annex and stays. */
export async function updatePlan(ctx: Ctx, id: string, input: UpdatePlanInput): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const { version, ...body } = parse(updatePlanBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadPlanToManage(tctx, id);
    requireState(current, ['draft']);
    // The period may not leave out a year a commission is already planned for.
    const years = planYears(body.startsOn, body.endsOn);
    if ((await findCommissions(tctx.db, id)).some((c) => !years.includes(c.year)))
      throw invalid({ field: 'endsOn', id: 'commissioning.commissionOutsidePeriod' });
    const next = { ...current, ...columnsOf(body) };
    const changes = changedFields(current, next, AUDITED_FIELDS);
    const updated = await writePlan(tctx, current, version, columnsOf(body));
    if (Object.keys(changes).length)
      await auditPlan(tctx, updated, { action: 'commissioningPlan.update', changes });
    return recordOf(tctx, updated);
  });
}

/**
 * Moves the plan one step: adopted by the council's resolution (its number and date), then in
 * execution, then reported. Each step only from the one before it (409 otherwise), at the version
 * the user read; an adopted plan needs at least one planned commission.
 */
async function transition(
  ctx: Ctx,
  id: string,
  version: number,
  step: { from: 'draft' | 'adopted' | 'inExecution'; action: string; changes: Partial<PlanInsert> },
): Promise<PlanRecord> {
  return inTransaction(ctx, async (tctx) => {
    const current = await loadPlanToManage(tctx, id);
    requireState(current, [step.from]);
    if (step.from === 'draft' && (await recordOf(tctx, current)).commissions.length === 0)
      throw invalid({ field: 'commissions', id: 'commissioning.noCommissions' });
    const updated = await writePlan(tctx, current, version, step.changes);
    await auditPlan(tctx, updated, {
      action: step.action,
      changes: changedFields(current, updated, ['state', 'resolutionNumber', 'resolutionDate']),
    });
    return recordOf(tctx, updated);
  });
}

export async function adoptPlan(ctx: Ctx, id: string, input: AdoptPlanInput): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const body = parse(adoptPlanBody, input);
  return transition(ctx, id, body.version, {
    from: 'draft',
    action: 'commissioningPlan.adopt',
    changes: {
      state: 'adopted',
      resolutionNumber: body.resolutionNumber,
      resolutionDate: body.resolutionDate,
      adoptedAt: new Date(),
    },
  });
}

export async function startExecution(ctx: Ctx, id: string, input: PlanTransitionInput): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const { version } = parse(planTransitionBody, input);
  return transition(ctx, id, version, {
    from: 'adopted',
    action: 'commissioningPlan.startExecution',
    changes: { state: 'inExecution' },
  });
}

export async function reportPlan(ctx: Ctx, id: string, input: PlanTransitionInput): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const { version } = parse(planTransitionBody, input);
  return transition(ctx, id, version, {
    from: 'inExecution',
    action: 'commissioningPlan.report',
    changes: { state: 'reported', reportedAt: new Date() },
  });
}
