import type { CommissioningPlanState } from '../../../common/enums';
import { recordAudit } from '../../platform/audit';
import { authorize, type Ctx } from '../../platform/authz';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import { findServiceTypeCard } from '../social-services';
import { findUnitSummaries } from '../territory';
import { checklistOf } from './checklist';
import { canManagePlan, canReadPlan, canReadPlans } from './commissioning.policy';
import { findCommissions, findContracts, findInstitutionRefs, findReviews } from './execution.repository';
import { factsOf, type PlanRecord, presentPlan } from './plan.presenter';
import {
  findPlanRow,
  lockPlanRow,
  type PlanInsert,
  type PlanListRow,
  type PlanRow,
  updatePlanAtVersion,
} from './plan.repository';

/**
 * What every commissioning use case starts with: the door check, loading the plan, and the
 * record-level rules. A draft is the JST's own: to anyone else it does not exist (404). On an
 * adopted plan, which everyone may read, a change one may not make is 403.
 */

/** The plan, when the actor may know of it; `lock` holds it for the transaction. */
export async function loadPlan(ctx: Ctx, id: string, lock = false): Promise<PlanListRow> {
  authorize(ctx, canReadPlans);
  const row = await (lock ? lockPlanRow : findPlanRow)(ctx.db, id);
  if (!row || (!ctx.system && !canReadPlan(ctx.actor, factsOf(row)))) throw notFound();
  return row;
}

/** Loads the plan to change it: 404 when unseen, 403 to those who do not manage the JST's plans. */
export async function loadPlanToManage(ctx: Ctx, id: string): Promise<PlanListRow> {
  const row = await loadPlan(ctx, id, true);
  authorize(ctx, (actor) => canManagePlan(actor, row));
  return row;
}

/** A step the plan's state does not allow: 409, naming the state it is in. */
export function requireState(row: PlanRow, states: readonly CommissioningPlanState[]) {
  if (!states.includes(row.state)) throw new AppError('conflict', `commissioning.notAllowedIn.${row.state}`);
}

/** Every change is logged under the JST that owns the plan, whose administrators read its log. */
export async function auditPlan(
  ctx: Ctx,
  row: PlanRow,
  entry: { action: string; entityType?: string; entityId?: string; changes?: Record<string, unknown> },
) {
  await recordAudit(ctx, {
    action: entry.action,
    entityType: entry.entityType ?? 'commissioningPlan',
    entityId: entry.entityId ?? row.id,
    institutionId: row.jstInstitutionId,
    changes: { planId: row.id, ...entry.changes },
  });
}

/** Everything the plan's page shows: its parts, the service types' cards, and the institutions named. */
export async function recordOf(ctx: Ctx, row: PlanListRow): Promise<PlanRecord> {
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const commissions = await findCommissions(ctx.db, row.id);
  const contracts = await findContracts(ctx.db, row.id);
  const reviews = await findReviews(ctx.db, row.id);
  const units = await findUnitSummaries(ctx.db, [row.jst.territoryCode]);
  const actorInstitutionIds = ctx.actor?.memberships.map((m) => m.institutionId) ?? [];
  const institutions = await findInstitutionRefs(ctx.db, [
    ...commissions.flatMap((c) => c.expectedContractorIds),
    ...contracts.map((c) => c.contractorInstitutionId),
    ...reviews.map((r) => r.reviewerInstitutionId),
    ...actorInstitutionIds,
  ]);
  const serviceTypes: PlanRecord['serviceTypes'] = new Map();
  for (const typeId of new Set(commissions.map((c) => c.serviceTypeId))) {
    const card = await findServiceTypeCard(ctx.db, typeId);
    if (card)
      serviceTypes.set(typeId, {
        id: card.id,
        name: card.name,
        code: card.code,
        checklist: checklistOf(card),
      });
  }
  return {
    row,
    territoryName: units.get(row.jst.territoryCode)?.name ?? null,
    commissions,
    serviceTypes,
    contracts,
    reviews,
    institutions,
    actorInstitutionIds,
  };
}

/** A stale version: the client gets the plan as it is now, to show what changed. */
export async function planConflict(ctx: Ctx, id: string): Promise<AppError> {
  const now = await findPlanRow(ctx.db, id);
  if (!now) return notFound();
  return versionConflict(presentPlan(await recordOf(ctx, now), ctx.actor));
}

/** Writes the plan at the version the client read, or answers 409 with the current one. */
export async function writePlan(
  ctx: Ctx,
  current: PlanListRow,
  version: number,
  changes: Partial<PlanInsert>,
): Promise<PlanListRow> {
  const updated =
    version === current.version ? await updatePlanAtVersion(ctx.db, current.id, version, changes) : undefined;
  if (!updated) throw await planConflict(ctx, current.id);
  return { ...updated, jst: current.jst };
}
