import { warsawToday } from '../../../common/contracts/beneficiaries';
import type { Page } from '../../../common/contracts/pagination';
import {
  type CompleteReferralInput,
  completeReferralBody,
  formatReferralCode,
  type IssuedReferral,
  type IssueReferralInput,
  issueReferralBody,
  type ListReferralsQuery,
  listReferralsQuery,
  REFERRAL_CODE_ATTEMPTS,
  REFERRAL_LOCKOUT_MINUTES,
  type RedeemReferralInput,
  type ReferralCardInput,
  type ReferralOptions,
  type ReferralReasonInput,
  type ReferralVersionInput,
  type ReferralView,
  redeemReferralBody,
  referralCardBody,
  referralReasonBody,
  referralVersionBody,
} from '../../../common/contracts/referrals';
import { recordAudit } from '../../platform/audit';
import { type Ctx, institutionsWithPermission, inTransaction, requireActor } from '../../platform/authz';
import { newId } from '../../platform/db';
import { AppError, invalid, notFound, parse, versionConflict } from '../../platform/errors';
import type { PersonalDataVault } from '../../platform/personal-data';
import { refuseAnonymised } from './beneficiary-rules';
import { newOneTimeCode, refuseLockedOut } from './one-time-code';
import { findService } from './person.repository';
import { type PersonAccess, personAccess, requireManage } from './person-access';
import { presentReferrals, type ReferralRoles, referralState } from './referral.presenter';
import {
  findReferral,
  findReferralByCode,
  findReferralQueue,
  findReferralsOfPerson,
  findScopeItems,
  insertReferral,
  openToOperator,
  type ReferralRow,
  updateReferralAtVersion,
} from './referral.repository';
import { referralCardPdf } from './referral-card-pdf';

/**
 * Referrals of a person to the service's operator (seed 002 §4.11–4.14). The entry institution
 * issues one with a one-time code that only the card shows; the operator's user enters the code,
 * and from then on (while a consent for the operator holds) the person exists for the operator:
 * person-access asks for such a redeemed, still open referral. Every read of a referral shows
 * the person's name, so it is logged as a read of personal data.
 */

/** The blind-index kind of referral codes: they never share an index with a PESEL. */
const CODE_INDEX = 'referralCode';

/** A code from the unambiguous alphabet, drawn with a CSPRNG (25^10 ≈ 10^14 codes). */
const newCode = newOneTimeCode;

const wrongCode = () => new AppError('notFound', 'referral.codeInvalid');
const wrongState = () => new AppError('conflict', 'referral.wrongState');

const audit = (ctx: Ctx, access: PersonAccess, action: string, referralId: string, changes: object) =>
  recordAudit(ctx, {
    action,
    entityType: 'referral',
    entityId: referralId,
    institutionId: access.row.entryInstitutionId,
    changes: { personId: access.row.id, ...changes },
    personalData: true,
  });

/** The roles the context has on a referral of a person it may see. */
function rolesOf(ctx: Ctx, access: PersonAccess) {
  const workers = ctx.actor ? institutionsWithPermission(ctx.actor, 'beneficiaries.register') : [];
  return (row: ReferralRow): ReferralRoles => ({
    issuer: access.manage,
    operator: workers.includes(row.operatorInstitutionId),
  });
}

const present = async (ctx: Ctx, access: PersonAccess, row: ReferralRow) =>
  (await presentReferrals(ctx.db, [row], rolesOf(ctx, access)))[0]!;

/**
 * A referral the context may see: the entry institution sees all of the person's referrals, the
 * operator only one whose code it entered and which still opens the case; 404 for anything else.
 */
async function referralAccess(ctx: Ctx, referralId: string, lock = false) {
  const row = await findReferral(ctx.db, referralId, lock);
  if (!row) throw notFound();
  const access = await personAccess(ctx, row.personId, lock);
  if (!access.owner && !visibleToOperator(ctx, row)) throw notFound();
  return { row, access };
}

function visibleToOperator(ctx: Ctx, row: ReferralRow) {
  if (!ctx.actor) return false;
  return (
    institutionsWithPermission(ctx.actor, 'beneficiaries.read').includes(row.operatorInstitutionId) &&
    row.redeemedAt !== null &&
    (openToOperator as readonly string[]).includes(row.state)
  );
}

/** Whom and for which services the entry institution may refer the person. */
export async function referralOptions(ctx: Ctx, personId: string): Promise<ReferralOptions> {
  const access = await personAccess(ctx, personId);
  requireManage(access);
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const service = await findService(ctx.db, access.row.partnershipId);
  const services = await findScopeItems(ctx.db, access.row.partnershipId);
  return {
    operators: (service?.members ?? [])
      .filter((m) => m.institutionId !== access.row.entryInstitutionId)
      .map((m) => ({ id: m.institutionId, name: m.name })),
    services,
  };
}

/** Issues a referral; the answer carries the code in clear, the only time the server says it. */
export async function issueReferral(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  input: IssueReferralInput,
): Promise<IssuedReferral> {
  const body = parse(issueReferralBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    refuseAnonymised(access.row);
    requireManage(access);
    const options = await referralOptions(tctx, personId);
    const problems = [
      ...(options.operators.some((o) => o.id === body.operatorInstitutionId)
        ? []
        : [{ field: 'operatorInstitutionId', id: 'referral.notOperator' }]),
      ...body.scopeItemIds.flatMap((id, i) =>
        options.services.some((s) => s.id === id)
          ? []
          : [{ field: `scopeItemIds.${i}`, id: 'referral.serviceUnknown' }],
      ),
    ];
    if (problems.length) throw invalid(problems);
    const code = newCode();
    const row = await insertReferral(tctx.db, {
      id: newId(),
      personId,
      operatorInstitutionId: body.operatorInstitutionId,
      scopeItemIds: body.scopeItemIds,
      brief: body.brief,
      useBy: body.useBy,
      codeHash: vault.blindIndex(CODE_INDEX, code),
      issuedBy: tctx.actor?.userId ?? null,
      issuedByName: tctx.actor?.displayName ?? null,
    });
    await audit(tctx, access, 'beneficiaries.referral.issue', row.id, {
      operatorInstitutionId: body.operatorInstitutionId,
      scopeItemIds: body.scopeItemIds,
      useBy: body.useBy,
    });
    return { referral: await present(tctx, access, row), code: formatReferralCode(code) };
  });
}

/** The person's referrals the context may see (the read is logged). */
export async function personReferrals(ctx: Ctx, personId: string): Promise<ReferralView[]> {
  const access = await personAccess(ctx, personId);
  const rows = (await findReferralsOfPerson(ctx.db, personId)).filter(
    (row) => access.owner || visibleToOperator(ctx, row),
  );
  if (rows.length === 0) return [];
  await audit(ctx, access, 'beneficiaries.referral.list', personId, { referrals: rows.map((r) => r.id) });
  return presentReferrals(ctx.db, rows, rolesOf(ctx, access));
}

/** One referral (the read is logged). */
export async function getReferral(ctx: Ctx, referralId: string): Promise<ReferralView> {
  const { row, access } = await referralAccess(ctx, referralId);
  await audit(ctx, access, 'beneficiaries.referral.read', row.id, {});
  return present(ctx, access, row);
}

/**
 * The operator's user enters the code from the card. A wrong, used, expired or revoked code, or
 * one for another institution, gets the same 404 and counts against the user; after
 * {@link REFERRAL_CODE_ATTEMPTS} such tries within {@link REFERRAL_LOCKOUT_MINUTES} minutes
 * every try is refused with 429 for the rest of that window, so codes cannot be guessed.
 */
export async function redeemReferral(
  ctx: Ctx,
  vault: PersonalDataVault,
  input: RedeemReferralInput,
): Promise<ReferralView> {
  requireActor(ctx);
  const actor = ctx.actor;
  await refuseLockedOut(
    ctx.db,
    'beneficiaries.referral.redeemFailed',
    { userId: actor.userId },
    'referral.locked',
  );
  const { code } = parse(redeemReferralBody, input);
  const redeemed = await inTransaction(ctx, async (tctx) => {
    const row = await findReferralByCode(tctx.db, vault.blindIndexCandidates(CODE_INDEX, code), true);
    const usable =
      row &&
      institutionsWithPermission(actor, 'beneficiaries.read').includes(row.operatorInstitutionId) &&
      !row.redeemedAt &&
      referralState(row) === 'issued';
    if (!row || !usable) return undefined;
    const updated = (await updateReferralAtVersion(tctx.db, row.id, row.version, {
      redeemedAt: new Date(),
      redeemedBy: actor.userId,
      redeemedByName: actor.displayName,
    }))!;
    // The consent must hold for the operator now, or the case stays closed (and nothing is saved).
    const access = await personAccess(tctx, row.personId).catch(() => {
      throw new AppError('conflict', 'referral.noConsent');
    });
    await audit(tctx, access, 'beneficiaries.referral.redeem', row.id, {
      redeemedAt: updated.redeemedAt?.toISOString(),
    });
    return present(tctx, access, updated);
  });
  if (redeemed) return redeemed;
  await recordAudit(ctx, {
    action: 'beneficiaries.referral.redeemFailed',
    entityType: 'referral',
    changes: { codeLength: code.length },
  });
  throw wrongCode();
}

/** What a step changes, or undefined when the referral's state does not allow it. */
type Transition = (row: ReferralRow) => Partial<ReferralRow> | undefined;

/**
 * Moves a referral on by version. A step belongs to one side: the other side gets 403, a step
 * the state does not allow 409.
 */
async function transition(
  ctx: Ctx,
  referralId: string,
  version: number,
  by: keyof ReferralRoles,
  action: string,
  change: Transition,
): Promise<ReferralView> {
  return inTransaction(ctx, async (tctx) => {
    const { row, access } = await referralAccess(tctx, referralId, true);
    if (!rolesOf(tctx, access)(row)[by]) throw new AppError('forbidden', 'forbidden');
    const changes = change(row);
    if (!changes) throw wrongState();
    if (row.version !== version) throw versionConflict(await present(tctx, access, row));
    const updated = await updateReferralAtVersion(tctx.db, row.id, version, changes);
    if (!updated) throw versionConflict(await present(tctx, access, row));
    await recordAudit(tctx, {
      action,
      entityType: 'referral',
      entityId: row.id,
      institutionId: access.row.entryInstitutionId,
      changes: {
        personId: access.row.id,
        state: { before: referralState(row), after: updated.state },
        ...Object.fromEntries(
          Object.entries(changes).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
        ),
      },
      personalData: true,
    });
    return present(tctx, access, updated);
  });
}

const operatorMay = (state: ReferralRow['state'], row: ReferralRow) =>
  row.redeemedAt !== null && row.state === state;

export function acceptReferral(ctx: Ctx, referralId: string, input: ReferralVersionInput) {
  const body = parse(referralVersionBody, input);
  return transition(ctx, referralId, body.version, 'operator', 'beneficiaries.referral.accept', (row) =>
    operatorMay('issued', row) ? { state: 'accepted', decidedAt: new Date() } : undefined,
  );
}

export function rejectReferral(ctx: Ctx, referralId: string, input: ReferralReasonInput) {
  const body = parse(referralReasonBody, input);
  return transition(ctx, referralId, body.version, 'operator', 'beneficiaries.referral.reject', (row) =>
    operatorMay('issued', row)
      ? { state: 'rejected', decidedAt: new Date(), rejectionReason: body.reason }
      : undefined,
  );
}

export function startReferralService(ctx: Ctx, referralId: string, input: ReferralVersionInput) {
  const body = parse(referralVersionBody, input);
  return transition(ctx, referralId, body.version, 'operator', 'beneficiaries.referral.start', (row) =>
    operatorMay('accepted', row) ? { state: 'inService', serviceStartedAt: new Date() } : undefined,
  );
}

export function completeReferral(ctx: Ctx, referralId: string, input: CompleteReferralInput) {
  const body = parse(completeReferralBody, input);
  return transition(ctx, referralId, body.version, 'operator', 'beneficiaries.referral.complete', (row) =>
    operatorMay('inService', row)
      ? { state: 'completed', completedAt: new Date(), outcome: body.outcome }
      : undefined,
  );
}

/** The entry institution withdraws the referral: the operator loses the case at once. */
export function revokeReferral(ctx: Ctx, referralId: string, input: ReferralReasonInput) {
  const body = parse(referralReasonBody, input);
  return transition(ctx, referralId, body.version, 'issuer', 'beneficiaries.referral.revoke', (row) =>
    (openToOperator as readonly string[]).includes(row.state) && referralState(row) !== 'expired'
      ? {
          state: 'revoked',
          revokedAt: new Date(),
          revokedByName: ctx.actor?.displayName ?? null,
          revocationReason: body.reason,
        }
      : undefined,
  );
}

/**
 * The card to print, from the code the issuer was just shown: the server keeps only the code's
 * hash, so it checks the code against it and prints only while the code still waits.
 */
export async function referralCard(
  ctx: Ctx,
  vault: PersonalDataVault,
  publicUrl: string,
  referralId: string,
  input: ReferralCardInput,
): Promise<{ fileName: string; content: Buffer }> {
  const { code } = parse(referralCardBody, input);
  const { row, access } = await referralAccess(ctx, referralId);
  requireManage(access);
  if (!vault.blindIndexCandidates(CODE_INDEX, code).includes(row.codeHash)) throw wrongCode();
  if (row.redeemedAt || referralState(row) !== 'issued') throw wrongState();
  const referral = await present(ctx, access, row);
  const grouped = formatReferralCode(code);
  await audit(ctx, access, 'beneficiaries.referral.card', row.id, {});
  const content = await referralCardPdf({
    referral,
    code: grouped,
    redeemUrl: `${publicUrl.replace(/\/$/, '')}/referrals/redeem?code=${grouped}`,
  });
  return { fileName: `skierowanie-${referral.person.lastName}.pdf`, content };
}

/** A worklist: codes still waiting (entry institution) or cases awaiting service (operator). */
export async function listReferralQueue(ctx: Ctx, query: ListReferralsQuery): Promise<Page<ReferralView>> {
  requireActor(ctx);
  const q = parse(listReferralsQuery, query);
  const institutionIds =
    q.queue === 'waitingForCode'
      ? institutionsWithPermission(ctx.actor, 'beneficiaries.register')
      : institutionsWithPermission(ctx.actor, 'beneficiaries.read');
  const { rows, total } = await findReferralQueue(
    ctx.db,
    { queue: q.queue, institutionIds, today: warsawToday(), overdue: q.overdue },
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  const workers = institutionsWithPermission(ctx.actor, 'beneficiaries.register');
  const items = await presentReferrals(ctx.db, rows, (row) => ({
    issuer: q.queue === 'waitingForCode',
    operator: q.queue === 'awaitingService' && workers.includes(row.operatorInstitutionId),
  }));
  if (items.length)
    await recordAudit(ctx, {
      action: 'beneficiaries.referral.list',
      entityType: 'referral',
      changes: { queue: q.queue, referrals: items.map((i) => i.id) },
      personalData: true,
    });
  return { items, total, page: q.page, pageSize: q.pageSize };
}
