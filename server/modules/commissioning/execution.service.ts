import {
  type CreateContractInput,
  type CreateReviewInput,
  createContractBody,
  createReviewBody,
  type UpdateContractInput,
  type UpdateReviewInput,
  updateContractBody,
  updateReviewBody,
} from '../../../common/contracts/commissioning';
import { parseGrosze } from '../../../common/money';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { invalid, notFound, parse } from '../../platform/errors';
import { providerReadiness } from '../provider-readiness';
import { answerChecklist } from './checklist';
import { contractorProblems } from './commission.service';
import { canReadPlans, canReviewAs, servesPlanTerritory } from './commissioning.policy';
import {
  type ContractRow,
  findContract,
  findInstitutionRefs,
  findReview,
  insertContract,
  insertReview,
  type ReviewRow,
  updateContractAtVersion,
  updateReviewAtVersion,
} from './execution.repository';
import { factsOf, type PlanRecord } from './plan.presenter';
import { auditPlan, loadPlan, loadPlanToManage, planConflict, recordOf, requireState } from './plan-access';

/**
 * Executing an adopted plan: the contracts with PES for its commissions, and the quality reviews
 * of their delivery by the OPS or PCPR of the territory.
 */

const CONTRACT_FIELDS = [
  'commissionId',
  'contractorInstitutionId',
  'number',
  'startsOn',
  'endsOn',
  'value',
  'indicators',
] as const satisfies readonly (keyof ContractRow)[];
const REVIEW_FIELDS = [
  'contractId',
  'reviewerInstitutionId',
  'kind',
  'reviewedOn',
  'checklist',
  'findings',
  'recommendations',
  'followUpOn',
  'status',
] as const satisfies readonly (keyof ReviewRow)[];

/** Contracts are signed while the plan is adopted or in execution; a reported plan is closed. */
const EXECUTING = ['adopted', 'inExecution'] as const;

type ContractFields = Omit<UpdateContractInput, 'version'>;

const contractColumns = (body: ContractFields) => ({
  contractorInstitutionId: body.contractorInstitutionId,
  number: body.number,
  startsOn: body.startsOn,
  endsOn: body.endsOn,
  value: parseGrosze(body.value) ?? 0,
  indicators: (body.indicators ?? []).map((i) => ({ ...i, actual: i.actual ?? null })),
});

/** A legal date as Polish officials write it (31.12.2026), for the messages of refusals. */
const dottedDate = (iso: string | null) => iso?.split('-').reverse().join('.') ?? '';

/**
 * A contractor must be a PES of the registry, still active, and confirmed ready today for the
 * commission's service type (sphere 3: only confirmed providers may be commissioned); the refusal
 * says why it is not ready, so the official knows whom to ask for what.
 */
const checkContractor = async (ctx: Ctx, record: PlanRecord, commissionId: string, id: string) => {
  const problems = await contractorProblems(ctx, [id], () => 'contractorInstitutionId');
  if (problems.length) throw invalid(...problems);
  const commission = record.commissions.find((c) => c.id === commissionId);
  if (!commission) return;
  const readiness = await providerReadiness(ctx.db, id, commission.serviceTypeId);
  if (readiness.ready) return;
  throw invalid({
    field: 'contractorInstitutionId',
    id: `commissioning.contractorNotReady.${readiness.reason}`,
    params: {
      serviceType: record.serviceTypes.get(commission.serviceTypeId)?.name ?? '',
      from: dottedDate(readiness.validFrom),
      date: dottedDate(readiness.expiredOn),
    },
  });
};

/** Records a contract with a PES for one of the plan's commissions. */
export async function createContract(
  ctx: Ctx,
  planId: string,
  input: CreateContractInput,
): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const body = parse(createContractBody, input);
  return inTransaction(ctx, async (tctx) => {
    const plan = await loadPlanToManage(tctx, planId);
    requireState(plan, EXECUTING);
    const record = await recordOf(tctx, plan);
    if (!record.commissions.some((c) => c.id === body.commissionId))
      throw invalid({ field: 'commissionId', id: 'commissioning.commissionUnknown' });
    await checkContractor(tctx, record, body.commissionId, body.contractorInstitutionId);
    const row = await insertContract(tctx.db, {
      ...contractColumns(body),
      commissionId: body.commissionId,
      planId: plan.id,
    });
    await auditPlan(tctx, plan, {
      action: 'commissioningContract.create',
      entityType: 'commissioningContract',
      entityId: row.id,
      changes: changedFields(null, row, CONTRACT_FIELDS),
    });
    return recordOf(tctx, plan);
  });
}

/**
 * Changes a contract, typically to enter what its indicators reached; at the version the user read.
 * A new contractor must be ready like at signing; the one signed keeps its contract when its
 * confirmation later lapses (the contract was lawfully awarded).
 */
export async function updateContract(
  ctx: Ctx,
  planId: string,
  id: string,
  input: UpdateContractInput,
): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const { version, ...body } = parse(updateContractBody, input);
  return inTransaction(ctx, async (tctx) => {
    const plan = await loadPlanToManage(tctx, planId);
    requireState(plan, EXECUTING);
    const current = await findContract(tctx.db, plan.id, id);
    if (!current) throw notFound();
    if (current.version !== version) throw await planConflict(tctx, plan.id);
    if (body.contractorInstitutionId !== current.contractorInstitutionId)
      await checkContractor(
        tctx,
        await recordOf(tctx, plan),
        current.commissionId,
        body.contractorInstitutionId,
      );
    const updated = await updateContractAtVersion(tctx.db, current.id, version, contractColumns(body));
    if (!updated) throw await planConflict(tctx, plan.id);
    await auditPlan(tctx, plan, {
      action: 'commissioningContract.update',
      entityType: 'commissioningContract',
      entityId: current.id,
      changes: changedFields(current, updated, CONTRACT_FIELDS),
    });
    return recordOf(tctx, plan);
  });
}

/**
 * Records a quality review of a contract's delivery, in the name of an OPS or PCPR serving the
 * plan's territory (403 for anyone else). Its checklist is the one generated from the service
 * type's standard card; the body answers each item, in order.
 */
export async function createReview(ctx: Ctx, planId: string, input: CreateReviewInput): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const body = parse(createReviewBody, input);
  return inTransaction(ctx, async (tctx) => {
    const plan = await loadPlan(tctx, planId, true);
    requireState(plan, EXECUTING);
    const facts = factsOf(plan);
    const reviewer = (await findInstitutionRefs(tctx.db, [body.reviewerInstitutionId])).get(
      body.reviewerInstitutionId,
    );
    if (!reviewer || !servesPlanTerritory(reviewer, facts))
      throw invalid({ field: 'reviewerInstitutionId', id: 'commissioning.reviewerNotServing' });
    authorize(tctx, (actor) => canReviewAs(actor, facts, reviewer));
    const record = await recordOf(tctx, plan);
    const contract = record.contracts.find((c) => c.id === body.contractId);
    if (!contract) throw invalid({ field: 'contractId', id: 'commissioning.contractUnknown' });
    const commission = record.commissions.find((c) => c.id === contract.commissionId);
    const items = (commission && record.serviceTypes.get(commission.serviceTypeId)?.checklist) ?? [];
    const checklist = answerChecklist(items, body.checklist);
    if (!checklist) throw invalid({ field: 'checklist', id: 'commissioning.checklistIncomplete' });
    const row = await insertReview(tctx.db, {
      planId: plan.id,
      contractId: contract.id,
      reviewerInstitutionId: reviewer.id,
      kind: body.kind,
      reviewedOn: body.reviewedOn,
      checklist,
      findings: body.findings,
      recommendations: body.recommendations ?? null,
      followUpOn: body.followUpOn ?? null,
      status: body.status,
      recordedBy: tctx.actor?.userId ?? null,
      recordedByName: tctx.actor?.displayName ?? null,
    });
    await auditPlan(tctx, plan, {
      action: 'qualityReview.create',
      entityType: 'qualityReview',
      entityId: row.id,
      changes: changedFields(null, row, REVIEW_FIELDS),
    });
    return recordOf(tctx, plan);
  });
}

/** Changes a review (its follow-up, its status) in the name of the institution that recorded it. */
export async function updateReview(
  ctx: Ctx,
  planId: string,
  id: string,
  input: UpdateReviewInput,
): Promise<PlanRecord> {
  authorize(ctx, canReadPlans);
  const { version, ...body } = parse(updateReviewBody, input);
  return inTransaction(ctx, async (tctx) => {
    const plan = await loadPlan(tctx, planId, true);
    requireState(plan, EXECUTING);
    const current = await findReview(tctx.db, plan.id, id);
    if (!current) throw notFound();
    const reviewer = (await findInstitutionRefs(tctx.db, [current.reviewerInstitutionId])).get(
      current.reviewerInstitutionId,
    );
    authorize(tctx, (actor) => reviewer !== undefined && canReviewAs(actor, factsOf(plan), reviewer));
    if (current.version !== version) throw await planConflict(tctx, plan.id);
    const checklist = answerChecklist(current.checklist, body.checklist);
    if (!checklist) throw invalid({ field: 'checklist', id: 'commissioning.checklistIncomplete' });
    const updated = await updateReviewAtVersion(tctx.db, current.id, version, {
      kind: body.kind,
      reviewedOn: body.reviewedOn,
      checklist,
      findings: body.findings,
      recommendations: body.recommendations ?? null,
      followUpOn: body.followUpOn ?? null,
      status: body.status,
    });
    if (!updated) throw await planConflict(tctx, plan.id);
    await auditPlan(tctx, plan, {
      action: 'qualityReview.update',
      entityType: 'qualityReview',
      entityId: current.id,
      changes: changedFields(current, updated, REVIEW_FIELDS),
    });
    return recordOf(tctx, plan);
  });
}
