import {
  type CreateCommissionInput,
  createCommissionBody,
  planYears,
  socialEconomyTypes,
  type UpdateCommissionInput,
  updateCommissionBody,
} from '../../../common/contracts/commissioning';
import { parseGrosze } from '../../../common/money';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { type FieldProblem, invalid, notFound, parse } from '../../platform/errors';
import { findServiceTypeCard } from '../social-services';
import { canReadPlans } from './commissioning.policy';
import {
  type CommissionRow,
  deleteCommissionAtVersion,
  findCommission,
  findInstitutionRefs,
  insertCommission,
  updateCommissionAtVersion,
} from './execution.repository';
import type { PlanRecord } from './plan.presenter';
import type { PlanListRow } from './plan.repository';
import { auditPlan, loadPlanToManage, planConflict, recordOf, requireState } from './plan-access';

const ENTITY = 'plannedCommission';
const AUDITED_FIELDS = [
  'serviceTypeId',
  'mode',
  'year',
  'quarter',
  'budget',
  'description',
  'expectedContractorIds',
] as const satisfies readonly (keyof CommissionRow)[];

type CommissionFields = Omit<UpdateCommissionInput, 'version'>;

/** Whether a social economy institution the registry knows, still active. */
export async function contractorProblems(
  ctx: Ctx,
  ids: readonly string[],
  field: (index: number) => string,
): Promise<FieldProblem[]> {
  const found = await findInstitutionRefs(ctx.db, ids);
  return ids.flatMap((id, index) => {
    const institution = found.get(id);
    if (!institution) return [{ field: field(index), id: 'commissioning.contractorUnknown' }];
    if (!(socialEconomyTypes as readonly string[]).includes(institution.type))
      return [{ field: field(index), id: 'commissioning.contractorNotPes' }];
    if (institution.status !== 'active')
      return [{ field: field(index), id: 'commissioning.contractorInactive' }];
    return [];
  });
}

/**
 * The rules only the server can check: a service type of the catalogue still in use, a year
 * within the plan's period, PES of the registry as the expected contractors.
 */
async function checkCommission(ctx: Ctx, plan: PlanListRow, body: CommissionFields, before?: CommissionRow) {
  const problems: FieldProblem[] = [];
  const type = await findServiceTypeCard(ctx.db, body.serviceTypeId);
  if (!type) problems.push({ field: 'serviceTypeId', id: 'commissioning.serviceTypeUnknown' });
  else if (type.status !== 'active' && before?.serviceTypeId !== type.id)
    problems.push({ field: 'serviceTypeId', id: 'commissioning.serviceTypeRetired' });
  if (!planYears(plan.startsOn, plan.endsOn).includes(body.year))
    problems.push({ field: 'year', id: 'commissioning.yearOutsidePlan' });
  problems.push(
    ...(await contractorProblems(ctx, body.expectedContractorIds ?? [], (i) => `expectedContractorIds.${i}`)),
  );
  if (problems.length) throw invalid(...problems);
}

const columnsOf = (body: CommissionFields) => ({
  serviceTypeId: body.serviceTypeId,
  mode: body.mode,
  year: body.year,
  quarter: body.quarter ?? null,
  budget: parseGrosze(body.budget) ?? 0,
  description: body.description ?? null,
  expectedContractorIds: [...(body.expectedContractorIds ?? [])],
});

/** Plans a commission; only while the plan is a draft (what the council adopts is then fixed). */
export async function createCommission(
  ctx: Ctx,
  planId: string,
  input: CreateCommissionInput,
): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const body = parse(createCommissionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const plan = await loadPlanToManage(tctx, planId);
    requireState(plan, ['draft']);
    await checkCommission(tctx, plan, body);
    const row = await insertCommission(tctx.db, { ...columnsOf(body), planId: plan.id });
    await auditPlan(tctx, plan, {
      action: 'plannedCommission.create',
      entityType: ENTITY,
      entityId: row.id,
      changes: changedFields(null, row, AUDITED_FIELDS),
    });
    return recordOf(tctx, plan);
  });
}

/** The commission of a draft plan to change, at the version the user read (409 otherwise). */
async function loadCommission(tctx: Ctx, planId: string, id: string, version: number) {
  const plan = await loadPlanToManage(tctx, planId);
  requireState(plan, ['draft']);
  const current = await findCommission(tctx.db, plan.id, id);
  if (!current) throw notFound();
  if (current.version !== version) throw await planConflict(tctx, plan.id);
  return { plan, current };
}

export async function updateCommission(
  ctx: Ctx,
  planId: string,
  id: string,
  input: UpdateCommissionInput,
): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const { version, ...body } = parse(updateCommissionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { plan, current } = await loadCommission(tctx, planId, id, version);
    await checkCommission(tctx, plan, body, current);
    const updated = await updateCommissionAtVersion(tctx.db, current.id, version, columnsOf(body));
    if (!updated) throw await planConflict(tctx, plan.id);
    await auditPlan(tctx, plan, {
      action: 'plannedCommission.update',
      entityType: ENTITY,
      entityId: current.id,
      changes: changedFields(current, updated, AUDITED_FIELDS),
    });
    return recordOf(tctx, plan);
  });
}

export async function removeCommission(
  ctx: Ctx,
  planId: string,
  id: string,
  version: number,
): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  return inTransaction(ctx, async (tctx) => {
    const { plan, current } = await loadCommission(tctx, planId, id, version);
    if (!(await deleteCommissionAtVersion(tctx.db, current.id, version)))
      throw await planConflict(tctx, plan.id);
    await auditPlan(tctx, plan, {
      action: 'plannedCommission.remove',
      entityType: ENTITY,
      entityId: current.id,
      changes: {
        removed: { serviceTypeId: current.serviceTypeId, year: current.year, budget: current.budget },
      },
    });
    return recordOf(tctx, plan);
  });
}
