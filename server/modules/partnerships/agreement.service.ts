import {
  type AgreementDiff,
  type AgreementList,
  type AgreementListQuery,
  type AgreementSections,
  type AgreementVersionView,
  type AgreementView,
  type CreateAgreementInput,
  createAgreementBody,
  sectionsOfKind,
  type TerminateAgreementInput,
  terminateAgreementBody,
  type UpdateAgreementInput,
  updateAgreementBody,
  type VersionOnlyInput,
  versionOnlyBody,
  type WithdrawFromSignatureInput,
  withdrawFromSignatureBody,
} from '../../../common/contracts/partnership-agreements';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { AppError, type FieldProblem, invalid, notFound, parse } from '../../platform/errors';
import { findDecisions } from './activity.repository';
import { canDraftAgreements } from './agreement.policy';
import { presentAgreementSummary } from './agreement.presenter';
import {
  findAgreement,
  findAgreements,
  findSignatures,
  findVersion,
  findVersions,
  insertAgreement,
  insertVersion,
  voidSignatures,
} from './agreement.repository';
import { agreementViewOf, type LoadedAgreement, loadAgreement, writeAgreement } from './agreement-access';
import { diffSections } from './agreement-diff';
import {
  canBeTerminated,
  canBeWithdrawnFromSignature,
  effectiveState,
  isEditable,
  missingForSignature,
  termProblem,
  warsawToday,
} from './agreement-state';
import { draftFromTemplate } from './agreement-templates';
import {
  areaOf,
  auditChange,
  type LoadedPartnership,
  loadPartnership,
  requireOpen,
  requirePrivate,
} from './partnership-access';

/**
 * A partnership's agreements: drafted from a template by those who govern it, saved as
 * immutable versions, frozen when sent to signature, terminated with a reason. Signatures and
 * scans are in agreement-signature.service.ts.
 */

/**
 * The partnership's agreements, optionally of one state. The filter reads the state each
 * agreement shows (an agreement in force past its term is "expired"), so a list filtered by a
 * state never disagrees with the badges in it. A partnership has a handful of agreements: they
 * are presented whole, then filtered.
 */
export async function listAgreements(
  ctx: Ctx,
  id: string,
  query: AgreementListQuery = {},
): Promise<AgreementList> {
  const loaded = await loadPartnership(ctx, id);
  requirePrivate(ctx, loaded);
  const rows = await findAgreements(ctx.db, id);
  const signatures = await findSignatures(
    ctx.db,
    rows.map((r) => r.id),
  );
  const today = warsawToday();
  return {
    items: rows
      .map((r) =>
        presentAgreementSummary(
          r,
          loaded.members,
          signatures.filter((s) => s.agreementId === r.id),
          today,
        ),
      )
      .filter((a) => query.state === undefined || a.state === query.state),
    abilities: { create: Boolean(ctx.system) || canDraftAgreements(ctx.actor, loaded.facts) },
  };
}

export async function getAgreement(ctx: Ctx, id: string, agreementId: string): Promise<AgreementView> {
  const a = await loadAgreement(ctx, id, agreementId);
  return agreementViewOf(ctx, a.loaded, a.row, a.current);
}

function requireDrafter(ctx: Ctx, loaded: LoadedPartnership) {
  requirePrivate(ctx, loaded);
  authorize(ctx, (actor) => canDraftAgreements(actor, loaded.facts));
  requireOpen(loaded);
}

const actorName = (ctx: Ctx) => ctx.actor?.displayName ?? null;

/** A new draft of the given kind, written from the partnership's members, area and agreed rules. */
export async function createAgreement(
  ctx: Ctx,
  id: string,
  input: CreateAgreementInput,
): Promise<AgreementView> {
  const body = parse(createAgreementBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadPartnership(tctx, id, true);
    requireDrafter(tctx, loaded);
    const problems: FieldProblem[] = [];
    const parent = body.parentAgreementId
      ? await findAgreement(tctx.db, id, body.parentAgreementId)
      : undefined;
    if (body.kind === 'annex' && !parent)
      problems.push({ field: 'parentAgreementId', id: 'agreement.parentRequired' });
    else if (parent && (body.kind !== 'annex' || effectiveState(parent) !== 'inForce'))
      problems.push({ field: 'parentAgreementId', id: 'agreement.parentNotInForce' });
    const termFrom = body.termFrom ?? null;
    const termTo = body.termTo ?? null;
    if (termProblem(termFrom, termTo)) problems.push({ field: 'termTo', id: 'field.dateOrder' });
    if (problems.length) throw invalid(problems);

    const agreedRules = (await findDecisions(tctx.db, id))
      .filter((d) => d.decision.lifecycleStep === 'rulesAgreed')
      .map((d) => ({ summary: d.decision.summary, decidedOn: d.decision.decidedOn }))
      .reverse();
    const draft = draftFromTemplate({
      kind: body.kind,
      partnershipName: loaded.row.name,
      description: loaded.row.description,
      area: (await areaOf(tctx.db, id)).map((u) => u.name),
      parties: loaded.members.map((m) => ({
        institutionName: m.institution.name,
        institutionType: m.institution.type,
        role: m.role,
        inManagementBody: m.inManagementBody,
      })),
      agreedRules,
      termFrom,
      termTo,
      parentTitle: parent?.title ?? null,
    });
    const title = body.title ?? draft.title;
    const row = await insertAgreement(tctx.db, {
      partnershipId: id,
      kind: body.kind,
      parentAgreementId: parent?.id ?? null,
      title,
      termFrom,
      termTo,
      createdBy: tctx.actor?.userId ?? null,
    });
    const current = await insertVersion(tctx.db, {
      agreementId: row.id,
      number: 1,
      title,
      sections: draft.sections,
      authorUserId: tctx.actor?.userId ?? null,
      authorName: actorName(tctx),
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.agreement.create',
      entityType: 'partnershipAgreement',
      entityId: row.id,
      changes: { kind: row.kind, title, termFrom, termTo, parentAgreementId: row.parentAgreementId },
    });
    return agreementViewOf(tctx, loaded, row, current);
  });
}

async function drafting(ctx: Ctx, id: string, agreementId: string): Promise<LoadedAgreement> {
  const a = await loadAgreement(ctx, id, agreementId, true);
  requireDrafter(ctx, a.loaded);
  return a;
}

/** Saves a draft: a changed title or text makes a new version; the term is the agreement's own. */
export async function updateAgreement(
  ctx: Ctx,
  id: string,
  agreementId: string,
  input: UpdateAgreementInput,
): Promise<AgreementView> {
  const body = parse(updateAgreementBody, input);
  return inTransaction(ctx, async (tctx) => {
    const a = await drafting(tctx, id, agreementId);
    if (!isEditable(a.row.state)) throw new AppError('conflict', 'agreement.notDraft');
    const allowed = sectionsOfKind[a.row.kind];
    const problems: FieldProblem[] = Object.keys(body.sections ?? {})
      .filter((key) => !allowed.includes(key as never))
      .map((key) => ({ field: `sections.${key}`, id: 'agreement.sectionUnknown' }));
    const termFrom = body.termFrom === undefined ? a.row.termFrom : body.termFrom;
    const termTo = body.termTo === undefined ? a.row.termTo : body.termTo;
    if (termProblem(termFrom, termTo)) problems.push({ field: 'termTo', id: 'field.dateOrder' });
    if (problems.length) throw invalid(problems);

    const title = body.title ?? a.row.title;
    const sections: AgreementSections = { ...a.current.sections, ...body.sections };
    const textChanged =
      title !== a.current.title || JSON.stringify(sections) !== JSON.stringify(a.current.sections);
    const termChanged = termFrom !== a.row.termFrom || termTo !== a.row.termTo;
    if (!textChanged && !termChanged) return agreementViewOf(tctx, a.loaded, a.row, a.current);

    const number = textChanged ? a.row.currentVersion + 1 : a.row.currentVersion;
    const row = await writeAgreement(tctx, a, body.version, {
      title,
      termFrom,
      termTo,
      currentVersion: number,
    });
    const current = textChanged
      ? await insertVersion(tctx.db, {
          agreementId: row.id,
          number,
          title,
          sections,
          authorUserId: tctx.actor?.userId ?? null,
          authorName: actorName(tctx),
        })
      : a.current;
    await auditChange(tctx, a.loaded, {
      action: 'partnership.agreement.update',
      entityType: 'partnershipAgreement',
      entityId: row.id,
      changes: {
        ...(textChanged && { currentVersion: { before: a.row.currentVersion, after: number } }),
        ...(title !== a.row.title && { title: { before: a.row.title, after: title } }),
        ...(termFrom !== a.row.termFrom && { termFrom: { before: a.row.termFrom, after: termFrom } }),
        ...(termTo !== a.row.termTo && { termTo: { before: a.row.termTo, after: termTo } }),
        sectionsChanged: Object.keys(sections).filter(
          (k) => sections[k as keyof AgreementSections] !== a.current.sections[k as keyof AgreementSections],
        ),
      },
    });
    return agreementViewOf(tctx, a.loaded, row, current);
  });
}

/** Freezes the text: from now on only signatures are recorded. Every required section must be written. */
export async function sendToSignature(
  ctx: Ctx,
  id: string,
  agreementId: string,
  input: VersionOnlyInput,
): Promise<AgreementView> {
  const { version } = parse(versionOnlyBody, input);
  return inTransaction(ctx, async (tctx) => {
    const a = await drafting(tctx, id, agreementId);
    if (!isEditable(a.row.state)) throw new AppError('conflict', 'agreement.notDraft');
    const missing = missingForSignature(a.row.kind, a.current.title, a.current.sections);
    if (missing.length) throw invalid(missing.map((field) => ({ field, id: 'field.required' })));
    const row = await writeAgreement(tctx, a, version, {
      state: 'inSignature',
      sentToSignatureAt: new Date(),
    });
    await auditChange(tctx, a.loaded, {
      action: 'partnership.agreement.sendToSignature',
      entityType: 'partnershipAgreement',
      entityId: row.id,
      changes: { state: { before: a.row.state, after: row.state }, frozenVersion: row.currentVersion },
    });
    return agreementViewOf(tctx, a.loaded, row, a.current);
  });
}

/**
 * Takes an agreement in signature back to a draft for corrections. The signatures given so far
 * were given to the frozen text, so they are voided (kept, with the reason) and recorded in the
 * audit one by one; the corrected text is sent to signature again and every member signs anew.
 */
export async function withdrawFromSignature(
  ctx: Ctx,
  id: string,
  agreementId: string,
  input: WithdrawFromSignatureInput,
): Promise<AgreementView> {
  const body = parse(withdrawFromSignatureBody, input);
  return inTransaction(ctx, async (tctx) => {
    const a = await drafting(tctx, id, agreementId);
    const before = effectiveState(a.row);
    if (!canBeWithdrawnFromSignature(before)) throw new AppError('conflict', 'agreement.notWithdrawable');
    const row = await writeAgreement(tctx, a, body.version, { state: 'draft', sentToSignatureAt: null });
    const voided = await voidSignatures(tctx.db, row.id, {
      userId: tctx.actor?.userId ?? null,
      name: actorName(tctx),
      reason: body.reason,
    });
    await auditChange(tctx, a.loaded, {
      action: 'partnership.agreement.withdrawFromSignature',
      entityType: 'partnershipAgreement',
      entityId: row.id,
      changes: {
        state: { before, after: 'draft' },
        reason: body.reason,
        frozenVersion: row.currentVersion,
        voidedSignatures: voided.map((s) => ({
          signatureId: s.id,
          memberId: s.memberId,
          institutionId: s.institutionId,
          signerName: s.signerName,
          signerPosition: s.signerPosition,
          signedOn: s.signedOn,
          scanFileId: s.scanFileId,
        })),
      },
    });
    return agreementViewOf(tctx, a.loaded, row, a.current);
  });
}

export async function terminateAgreement(
  ctx: Ctx,
  id: string,
  agreementId: string,
  input: TerminateAgreementInput,
): Promise<AgreementView> {
  const body = parse(terminateAgreementBody, input);
  return inTransaction(ctx, async (tctx) => {
    const a = await drafting(tctx, id, agreementId);
    const before = effectiveState(a.row);
    if (!canBeTerminated(before)) throw new AppError('conflict', 'agreement.cannotTerminate');
    const row = await writeAgreement(tctx, a, body.version, {
      state: 'terminated',
      terminatedOn: body.terminatedOn,
      terminationReason: body.reason,
      terminatedBy: tctx.actor?.userId ?? null,
    });
    await auditChange(tctx, a.loaded, {
      action: 'partnership.agreement.terminate',
      entityType: 'partnershipAgreement',
      entityId: row.id,
      changes: {
        state: { before, after: 'terminated' },
        terminatedOn: body.terminatedOn,
        reason: body.reason,
      },
    });
    return agreementViewOf(tctx, a.loaded, row, a.current);
  });
}

export async function listVersions(
  ctx: Ctx,
  id: string,
  agreementId: string,
): Promise<AgreementVersionView[]> {
  const a = await loadAgreement(ctx, id, agreementId);
  return (await findVersions(ctx.db, a.row.id)).map((v) => ({
    number: v.number,
    authorName: v.authorName,
    createdAt: v.createdAt.toISOString(),
  }));
}

async function versionOf(ctx: Ctx, a: LoadedAgreement, n: number) {
  const v = n === a.current.number ? a.current : await findVersion(ctx.db, a.row.id, n);
  if (!v) throw notFound();
  return v;
}

/** A word-level diff, section by section, between any two versions. */
export async function diffVersions(
  ctx: Ctx,
  id: string,
  agreementId: string,
  from: number,
  to: number,
): Promise<AgreementDiff> {
  const a = await loadAgreement(ctx, id, agreementId);
  return diffSections(await versionOf(ctx, a, from), await versionOf(ctx, a, to));
}

/** One version with everything its PDF shows: the partnership, the parties and (for the current text) the signatures. */
export async function getAgreementVersion(ctx: Ctx, id: string, agreementId: string, n: number) {
  const a = await loadAgreement(ctx, id, agreementId);
  const version = await versionOf(ctx, a, n);
  const signatures = n === a.row.currentVersion ? await findSignatures(ctx.db, [a.row.id]) : [];
  return { ...a, version, signatures };
}
