import {
  type AssessmentListResponse,
  type ConfirmAssessmentInput,
  confirmAssessmentBody,
  type ListAssessmentsQuery,
  type ReadinessItemView,
  type ReturnAssessmentInput,
  returnAssessmentBody,
  type SelfAssessmentInput,
  type StartAssessmentInput,
  type SubmitAssessmentInput,
  selfAssessmentBody,
  startAssessmentBody,
  submitAssessmentBody,
} from '../../../common/contracts/provider-readiness';
import type { ReadinessStatus } from '../../../common/enums';
import { changedFields, recordAudit } from '../../platform/audit';
import {
  authorize,
  type Ctx,
  hasPermission,
  institutionsWithPermission,
  inTransaction,
} from '../../platform/authz';
import {
  AppError,
  invalid,
  isUniqueViolation,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import {
  applySelfAssessment,
  applyVerdicts,
  checklistFor,
  type ItemProblem,
  statusOf,
  unansweredProblems,
  warsawToday,
  withRegistryAnswers,
} from './checklist';
import { canAssessFor, isProviderType, maySee, mayVerify, verifyingOwes } from './readiness.policy';
import { presentAssessment, presentAssessmentSummary } from './readiness.presenter';
import {
  type AssessmentInsert,
  type AssessmentListRow,
  type AssessmentScope,
  findActiveProviders,
  findActorInstitutions,
  findAssessmentRow,
  findCardRequirements,
  findProviderFacts,
  insertAssessment,
  searchAssessments,
  updateAssessmentAtVersion,
} from './readiness.repository';

const ENTITY = 'readinessAssessment';

const canRead = (actor: Ctx['actor']) => hasPermission(actor, 'socialServices.read');

/** The actor's institutions with type and voivodeship: whom it may verify depends on them. */
const actorInstitutions = (ctx: Ctx) =>
  findActorInstitutions(ctx.db, ctx.actor?.memberships.map((m) => m.institutionId) ?? []);

/** Whether the actor verifies this provider's assessments; 404 when it may not see the assessment at all. */
async function accessTo(ctx: Ctx, row: AssessmentListRow): Promise<boolean> {
  const verifies = mayVerify(ctx.actor, await actorInstitutions(ctx), row.institution.voivodeshipCode);
  if (!ctx.system && !maySee(ctx.actor, row, verifies)) throw notFound();
  return verifies;
}

/**
 * A page of assessments: `own` those of the actor's institutions, `verification` the submitted and
 * decided ones of the voivodeships whose OWES the actor speaks for (all of them for the platform
 * administrator, the platform's expert). With the providers the actor may start one for.
 */
export async function listAssessments(
  ctx: Ctx,
  query: ListAssessmentsQuery,
): Promise<AssessmentListResponse> {
  authorize(ctx, canRead);
  const actor = ctx.actor!;
  const today = warsawToday();
  let scope: AssessmentScope;
  if (query.view === 'own')
    scope = {
      view: 'own',
      institutionIds: actor.isPlatformAdmin ? null : actor.memberships.map((m) => m.institutionId),
    };
  else {
    const own = await actorInstitutions(ctx);
    const voivodeships = new Set(
      own
        .filter((i) => verifyingOwes(actor, [i], i.voivodeshipCode).length > 0)
        .map((i) => i.voivodeshipCode),
    );
    scope = { view: 'verification', voivodeshipCodes: actor.isPlatformAdmin ? null : [...voivodeships] };
  }
  const { rows, total } = await searchAssessments(ctx.db, scope, query, today);
  const startFor = await findActiveProviders(
    ctx.db,
    institutionsWithPermission(actor, 'providerReadiness.assess'),
  );
  return {
    items: rows.map((row) => presentAssessmentSummary(row, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    startFor,
  };
}

export async function getAssessment(ctx: Ctx, id: string) {
  authorize(ctx, canRead);
  const row = await findAssessmentRow(ctx.db, id);
  if (!row) throw notFound();
  const verifies = await accessTo(ctx, row);
  return presentAssessment(row, ctx.actor, verifies, warsawToday());
}

/**
 * The assessment as its PDF needs it: the row, its status today and the service type's legal
 * basis. Whoever may read the assessment may have its document; anyone else gets the same 404.
 */
export async function getAssessmentDocument(ctx: Ctx, id: string) {
  authorize(ctx, canRead);
  const row = await findAssessmentRow(ctx.db, id);
  if (!row) throw notFound();
  await accessTo(ctx, row);
  const card = await findCardRequirements(ctx.db, row.serviceTypeId);
  return { row, status: statusOf(row, warsawToday()), legalBasis: card?.legalBasis ?? [] };
}
export type AssessmentDocument = Awaited<ReturnType<typeof getAssessmentDocument>>;

/**
 * Starts a provider's assessment for a service type, its checklist generated from the card and
 * its register entries answered from the registry. Only one may be open per provider and type.
 */
export async function startAssessment(ctx: Ctx, input: StartAssessmentInput) {
  authorize(ctx, canRead);
  const body = parse(startAssessmentBody, input);
  return inTransaction(ctx, async (tctx) => {
    const provider = await findProviderFacts(tctx.db, body.institutionId);
    if (!provider) throw invalid({ field: 'institutionId', id: 'readiness.institutionUnknown' });
    authorize(tctx, (actor) => canAssessFor(actor, provider.id));
    const problems: ItemProblem[] = [];
    if (!isProviderType(provider.type))
      problems.push({ field: 'institutionId', id: 'readiness.notProvider' });
    else if (provider.status !== 'active')
      problems.push({ field: 'institutionId', id: 'readiness.institutionInactive' });
    const card = await findCardRequirements(tctx.db, body.serviceTypeId);
    if (!card) problems.push({ field: 'serviceTypeId', id: 'readiness.typeUnknown' });
    else if (card.status !== 'active') problems.push({ field: 'serviceTypeId', id: 'readiness.typeRetired' });
    if (problems.length || !card) throw invalid(...problems);
    let id: string;
    try {
      id = (
        await insertAssessment(tctx.db, {
          institutionId: provider.id,
          serviceTypeId: card.id,
          items: checklistFor(card, provider),
        })
      ).id;
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('conflict', 'readiness.openExists');
      throw err;
    }
    await recordAudit(tctx, {
      action: 'readinessAssessment.start',
      entityType: ENTITY,
      entityId: id,
      institutionId: provider.id,
      changes: { serviceTypeId: { before: null, after: card.id } },
    });
    const row = (await findAssessmentRow(tctx.db, id))!;
    return presentAssessment(row, tctx.actor, false, warsawToday());
  });
}

/** What the audit log keeps of a checklist: each item's answer and verdict, by key. */
const answersOf = (items: readonly ReadinessItemView[]) =>
  Object.fromEntries(
    items.map((i) => [
      i.key,
      { met: i.met, staffCount: i.staffCount, evidence: i.evidence, verdict: i.verdict, comment: i.comment },
    ]),
  );

/**
 * Loads an assessment to change: 404 when unknown or not the actor's to see, 403 when the actor
 * may not take this step, 409 when the assessment is not in a state for it or the version is stale.
 */
async function loadForChange(
  tctx: Ctx,
  id: string,
  version: number,
  step: {
    allowed: readonly ReadinessStatus[];
    may: (row: AssessmentListRow, verifies: boolean) => boolean;
    wrongState: string;
  },
) {
  const row = await findAssessmentRow(tctx.db, id);
  if (!row) throw notFound();
  const verifies = await accessTo(tctx, row);
  authorize(tctx, () => step.may(row, verifies));
  if (!step.allowed.includes(statusOf(row, warsawToday()))) throw new AppError('conflict', step.wrongState);
  if (row.version !== version)
    throw versionConflict(presentAssessment(row, tctx.actor, verifies, warsawToday()));
  return { row, verifies };
}

async function write(
  tctx: Ctx,
  current: AssessmentListRow,
  verifies: boolean,
  action: string,
  changes: Partial<AssessmentInsert>,
) {
  const updated = await updateAssessmentAtVersion(tctx.db, current.id, current.version, changes);
  if (!updated) {
    const now = await findAssessmentRow(tctx.db, current.id);
    if (!now) throw notFound();
    throw versionConflict(presentAssessment(now, tctx.actor, verifies, warsawToday()));
  }
  const before: Record<string, unknown> = {
    ...answersOf(current.items),
    state: current.state,
    validFrom: current.validFrom,
    validUntil: current.validUntil,
    decisionComment: current.decisionComment,
  };
  const after: Record<string, unknown> = {
    ...answersOf(updated.items),
    state: updated.state,
    validFrom: updated.validFrom,
    validUntil: updated.validUntil,
    decisionComment: updated.decisionComment,
  };
  await recordAudit(tctx, {
    action,
    entityType: ENTITY,
    entityId: current.id,
    institutionId: current.institutionId,
    changes: changedFields(before, after, Object.keys(after)),
  });
  const row = (await findAssessmentRow(tctx.db, current.id))!;
  return presentAssessment(row, tctx.actor, verifies, warsawToday());
}

/** The provider's steps: its own people, while the assessment is a draft or returned. */
const providerStep = (tctx: Ctx) => ({
  allowed: ['draft', 'returned'] as const,
  may: (row: AssessmentListRow) => canAssessFor(tctx.actor, row.institutionId),
  wrongState: 'readiness.notEditable',
});

/** Saves the provider's self-assessment (draft or returned): each item met or not, with evidence. */
export async function saveSelfAssessment(ctx: Ctx, id: string, input: SelfAssessmentInput) {
  authorize(ctx, canRead);
  const { version, items } = parse(selfAssessmentBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { row, verifies } = await loadForChange(tctx, id, version, providerStep(tctx));
    const applied = applySelfAssessment(row.items, items);
    if (applied.problems.length) throw invalid(...applied.problems);
    return write(tctx, row, verifies, 'readinessAssessment.selfAssess', {
      items: withRegistryAnswers(applied.items, row.institution),
    });
  });
}

/** Submits the assessment for verification; every item must be answered. */
export async function submitAssessment(ctx: Ctx, id: string, input: SubmitAssessmentInput) {
  authorize(ctx, canRead);
  const { version } = parse(submitAssessmentBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { row, verifies } = await loadForChange(tctx, id, version, providerStep(tctx));
    const items = withRegistryAnswers(row.items, row.institution).map((i) => ({
      ...i,
      verdict: null,
      comment: null,
    }));
    const problems = unansweredProblems(items);
    if (problems.length) throw invalid(...problems);
    return write(tctx, row, verifies, 'readinessAssessment.submit', {
      items,
      state: 'submitted',
      submittedAt: new Date(),
      submittedBy: tctx.actor?.userId ?? null,
      submittedByName: tctx.actor?.displayName ?? null,
      decidedAt: null,
      decidedBy: null,
      decidedByName: null,
      decidedByInstitutionId: null,
      decisionComment: null,
    });
  });
}

const verifierStep = {
  allowed: ['submitted'] as const,
  may: (_row: AssessmentListRow, verifies: boolean) => verifies,
  wrongState: 'readiness.notSubmitted',
};

/** Who decided and in whose name: the actor's OWES of the provider's voivodeship, none for an expert. */
async function decisionBy(tctx: Ctx, row: AssessmentListRow) {
  const owes = verifyingOwes(tctx.actor, await actorInstitutions(tctx), row.institution.voivodeshipCode);
  return {
    decidedAt: new Date(),
    decidedBy: tctx.actor?.userId ?? null,
    decidedByName: tctx.actor?.displayName ?? null,
    decidedByInstitutionId: owes[0]?.id ?? null,
  };
}

/**
 * Confirms the provider ready for the period given: every item must have been found met, and
 * the period must not have ended already.
 */
export async function confirmAssessment(ctx: Ctx, id: string, input: ConfirmAssessmentInput) {
  authorize(ctx, canRead);
  const body = parse(confirmAssessmentBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { row, verifies } = await loadForChange(tctx, id, body.version, verifierStep);
    const applied = applyVerdicts(row.items, body.items);
    const problems = [...applied.problems];
    if (!problems.length)
      applied.items.forEach((item, index) => {
        if (item.verdict !== 'met')
          problems.push({ field: `items.${index}.verdict`, id: 'readiness.notAllMet' });
      });
    if (body.validUntil < warsawToday())
      problems.push({ field: 'validUntil', id: 'readiness.validityPassed' });
    if (problems.length) throw invalid(...problems);
    return write(tctx, row, verifies, 'readinessAssessment.confirm', {
      items: applied.items,
      state: 'confirmed',
      validFrom: body.validFrom,
      validUntil: body.validUntil,
      decisionComment: body.comment ?? null,
      ...(await decisionBy(tctx, row)),
    });
  });
}

/** Returns the assessment to the provider for corrections, saying what to correct. */
export async function returnAssessment(ctx: Ctx, id: string, input: ReturnAssessmentInput) {
  authorize(ctx, canRead);
  const body = parse(returnAssessmentBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { row, verifies } = await loadForChange(tctx, id, body.version, verifierStep);
    const applied = applyVerdicts(row.items, body.items);
    if (applied.problems.length) throw invalid(...applied.problems);
    return write(tctx, row, verifies, 'readinessAssessment.return', {
      items: applied.items,
      state: 'returned',
      decisionComment: body.comment,
      ...(await decisionBy(tctx, row)),
    });
  });
}
