import type { LifecycleView } from '../../../common/contracts/partnership-activity';
import {
  type CompleteStepInput,
  completeStepBody,
  type ReopenStepInput,
  reopenStepBody,
} from '../../../common/contracts/partnership-activity';
import { missingRequirements } from '../../../common/contracts/partnership-kinds';
import {
  completionOrderProblem,
  currentStepOf,
  type LifecycleEvidence,
  missingArtefact,
  opensNewCycle,
  type StepCompletion,
  stepsReopenedBy,
} from '../../../common/contracts/partnership-lifecycle';
import type { LifecycleStep } from '../../../common/enums';
import { type Ctx, inTransaction } from '../../platform/authz';
import { AppError, invalid, parse } from '../../platform/errors';
import { presentLifecycle } from './activity.presenter';
import {
  findDecision,
  findLifecycleEvents,
  insertLifecycleEvents,
  type LifecycleEventRow,
} from './activity.repository';
import { type ArtefactSource, agreementAndPlanRecords } from './lifecycle-evidence';
import { canGovern } from './partnership.policy';
import type { PartnershipRow } from './partnership.repository';
import {
  auditChange,
  kindMemberOf,
  type LoadedPartnership,
  loadPartnership,
  requireGovernPrivate,
  requirementNames,
  requireOpen,
  requirePrivate,
  writePartnership,
} from './partnership-access';

/** The artefacts of steps 4–9, read from the partnership's agreements and plan. */
const artefacts: ArtefactSource = agreementAndPlanRecords;

/** The steps completed in a cycle with the event that completed each: the events replayed in order. */
function completedIn(events: LifecycleEventRow[], cycle: number): Map<LifecycleStep, LifecycleEventRow> {
  const completed = new Map<LifecycleStep, LifecycleEventRow>();
  for (const e of events.filter((e) => e.cycle === cycle)) {
    if (e.action === 'completed') completed.set(e.step, e);
    else completed.delete(e.step);
  }
  return completed;
}

async function evidenceOf(ctx: Ctx, loaded: LoadedPartnership): Promise<LifecycleEvidence> {
  return {
    hasLeader: loaded.members.some((m) => m.role === 'leader'),
    missingRequirements: missingRequirements(loaded.row.kind, loaded.members.map(kindMemberOf)).map(
      (r) => r.id,
    ),
    ...(await artefacts.evidenceFor(ctx.db, loaded.row.id)),
  };
}

async function viewOf(ctx: Ctx, loaded: LoadedPartnership, row: PartnershipRow): Promise<LifecycleView> {
  const events = await findLifecycleEvents(ctx.db, row.id);
  return presentLifecycle({
    row,
    completed: completedIn(events, row.cycle),
    events,
    evidence: await evidenceOf(ctx, loaded),
    manage: Boolean(ctx.system) || canGovern(ctx.actor, { ...loaded.facts, status: row.status }),
  });
}

/** The task list of the eleven steps with their history: private to the partnership's members. */
export async function getLifecycle(ctx: Ctx, id: string): Promise<LifecycleView> {
  const loaded = await loadPartnership(ctx, id);
  requirePrivate(ctx, loaded);
  return viewOf(ctx, loaded, loaded.row);
}

/** Artefacts given with the completion itself are the form's fields: a 400 on the field; others a 409. */
const fieldOfArtefact: Record<string, string> = {
  'lifecycle.noRulesRecord': 'note',
  'lifecycle.noEvaluation': 'evaluation',
  'lifecycle.noContinuationDecision': 'outcome',
};

/**
 * Completes the current step with its artefact. Steps go in order; a step whose artefact is not
 * there is refused with what is missing. Step 11 either opens a new cycle (continue, widen) or
 * closes the partnership (end).
 */
export async function completeStep(
  ctx: Ctx,
  id: string,
  step: LifecycleStep,
  input: CompleteStepInput,
): Promise<LifecycleView> {
  const body = parse(completeStepBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadPartnership(tctx, id, true);
    requireGovernPrivate(tctx, loaded);
    requireOpen(loaded);
    const events = await findLifecycleEvents(tctx.db, id);
    const completed = completedIn(events, loaded.row.cycle);
    const done = new Set(completed.keys());
    const order = completionOrderProblem(step, done);
    if (order) throw new AppError('conflict', order);
    if (body.decisionId && !(await findDecision(tctx.db, id, body.decisionId)))
      throw invalid([{ field: 'decisionId', id: 'partnership.decisionUnknown' }]);
    const given: StepCompletion = {
      note: body.note ?? null,
      decisionId: body.decisionId ?? null,
      evaluation: step === 'evaluated' ? (body.evaluation ?? null) : null,
      outcome: step === 'continuationDecided' ? (body.outcome ?? null) : null,
    };
    const evidence = await evidenceOf(tctx, loaded);
    const missing = missingArtefact(step, evidence, given);
    if (missing) {
      const field = fieldOfArtefact[missing];
      if (field) throw invalid([{ field, id: missing }]);
      throw new AppError('conflict', missing, {
        params: { missing: requirementNames(tctx, evidence.missingRequirements) },
      });
    }
    await insertLifecycleEvents(tctx.db, [
      {
        partnershipId: id,
        cycle: loaded.row.cycle,
        step,
        action: 'completed',
        note: given.note,
        decisionId: given.decisionId,
        evaluation: given.evaluation,
        outcome: given.outcome,
        actorUserId: tctx.actor?.userId ?? null,
        actorName: tctx.actor?.displayName ?? null,
      },
    ]);
    const next =
      step !== 'continuationDecided'
        ? { currentStep: currentStepOf(new Set([...done, step])) }
        : given.outcome && opensNewCycle(given.outcome)
          ? { currentStep: 'leaderEmerged' as const, cycle: loaded.row.cycle + 1 }
          : { status: 'closed' as const, closedAt: new Date() };
    const row = await writePartnership(tctx, loaded.row, body.version, next);
    await auditChange(tctx, loaded, {
      action: 'partnership.lifecycle.complete',
      changes: {
        step,
        cycle: loaded.row.cycle,
        currentStep: { before: loaded.row.currentStep, after: row.currentStep },
        ...(row.status !== loaded.row.status && { status: { before: loaded.row.status, after: row.status } }),
        ...(row.cycle !== loaded.row.cycle && { newCycle: row.cycle }),
      },
    });
    return viewOf(tctx, loaded, row);
  });
}

/**
 * Goes back to a completed step of the current cycle: it and every later completed step are
 * reopened, each with the reason, and a closed partnership becomes active again.
 */
export async function reopenStep(
  ctx: Ctx,
  id: string,
  step: LifecycleStep,
  input: ReopenStepInput,
): Promise<LifecycleView> {
  const { version, reason } = parse(reopenStepBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadPartnership(tctx, id, true);
    requireGovernPrivate(tctx, loaded);
    const events = await findLifecycleEvents(tctx.db, id);
    const done = new Set(completedIn(events, loaded.row.cycle).keys());
    if (!done.has(step)) throw new AppError('conflict', 'lifecycle.notCompleted');
    const reopened = stepsReopenedBy(step, done);
    await insertLifecycleEvents(
      tctx.db,
      reopened.map((s) => ({
        partnershipId: id,
        cycle: loaded.row.cycle,
        step: s,
        action: 'reopened' as const,
        reason,
        actorUserId: tctx.actor?.userId ?? null,
        actorName: tctx.actor?.displayName ?? null,
      })),
    );
    const row = await writePartnership(tctx, loaded.row, version, {
      currentStep: step,
      status: 'active',
      closedAt: null,
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.lifecycle.reopen',
      changes: {
        reopened,
        reason,
        cycle: loaded.row.cycle,
        currentStep: { before: loaded.row.currentStep, after: step },
        ...(loaded.row.status !== 'active' && { status: { before: loaded.row.status, after: 'active' } }),
      },
    });
    return viewOf(tctx, loaded, row);
  });
}
