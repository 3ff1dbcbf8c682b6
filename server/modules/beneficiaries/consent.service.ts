import {
  CONSENT_SCAN_MAX_BYTES,
  type ConsentView,
  type CreateConsentInput,
  createConsentBody,
  type WithdrawConsentInput,
  warsawToday,
  withdrawConsentBody,
} from '../../../common/contracts/beneficiaries';
import { recordAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/authz';
import { newId } from '../../platform/db';
import { AppError, invalid, notFound, parse, versionConflict } from '../../platform/errors';
import type { PersonalDataVault } from '../../platform/personal-data';
import { sniffScanType } from '../partnerships';
import { refuseAnonymised } from './beneficiary-rules';
import { presentConsents } from './consent.presenter';
import {
  type ConsentRow,
  findConsent,
  findPersonFile,
  insertConsent,
  insertGrants,
  insertPersonFile,
  updateConsentAtVersion,
} from './consent.repository';
import { findService } from './person.repository';
import { type PersonAccess, personAccess, requireManage } from './person-access';
import { fileContext } from './person-fields';

/**
 * The person's consents, kept by the entry institution: what may reach which partner. Only a
 * consent that holds opens anything (see person-access); a withdrawal is a new fact on the row,
 * effective at once, and the consent stays in the history.
 */

const viewOf = async (ctx: Ctx, row: ConsentRow, access: PersonAccess): Promise<ConsentView> =>
  (await presentConsents(ctx.db, [row], warsawToday(), access.manage))[0]!;

const audit = (ctx: Ctx, access: PersonAccess, action: string, consentId: string, changes: object) =>
  recordAudit(ctx, {
    action,
    entityType: 'personConsent',
    entityId: consentId,
    institutionId: access.row.entryInstitutionId,
    changes: { personId: access.row.id, ...changes },
    personalData: true,
  });

export async function createConsent(
  ctx: Ctx,
  personId: string,
  input: CreateConsentInput,
): Promise<ConsentView> {
  const body = parse(createConsentBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    requireManage(access);
    refuseAnonymised(access.row);
    const service = await findService(tctx.db, access.row.partnershipId);
    const problems = body.grants.flatMap((g, i) =>
      g.institutionId !== access.row.entryInstitutionId &&
      service?.members.some((m) => m.institutionId === g.institutionId)
        ? []
        : [{ field: `grants.${i}.institutionId`, id: 'beneficiary.grantNotMember' }],
    );
    if (problems.length) throw invalid(problems);
    const row = await insertConsent(tctx.db, {
      id: newId(),
      personId,
      purpose: body.purpose,
      givenOn: body.givenOn,
      form: body.form,
      validUntil: body.validUntil ?? null,
      recordedBy: tctx.actor?.userId ?? null,
      recordedByName: tctx.actor?.displayName ?? null,
    });
    await insertGrants(tctx.db, row.id, body.grants);
    await audit(tctx, access, 'beneficiaries.consent.create', row.id, {
      purpose: body.purpose,
      givenOn: body.givenOn,
      form: body.form,
      validUntil: body.validUntil ?? null,
      grants: body.grants,
    });
    return viewOf(tctx, row, access);
  });
}

/** The person withdrew the consent: recorded now, effective for the very next request. */
export async function withdrawConsent(
  ctx: Ctx,
  personId: string,
  consentId: string,
  input: WithdrawConsentInput,
): Promise<ConsentView> {
  const body = parse(withdrawConsentBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await personAccess(tctx, personId, true);
    requireManage(access);
    const current = await findConsent(tctx.db, personId, consentId, true);
    if (!current) throw notFound();
    if (current.withdrawnAt) throw new AppError('conflict', 'beneficiary.consentWithdrawn');
    if (current.version !== body.version) throw versionConflict(await viewOf(tctx, current, access));
    const row = await updateConsentAtVersion(tctx.db, current.id, body.version, {
      withdrawnAt: new Date(),
      withdrawnBy: tctx.actor?.userId ?? null,
      withdrawnByName: tctx.actor?.displayName ?? null,
      withdrawalReason: body.reason ?? null,
    });
    if (!row) throw versionConflict(await viewOf(tctx, current, access));
    await audit(tctx, access, 'beneficiaries.consent.withdraw', row.id, {
      withdrawnAt: { before: null, after: row.withdrawnAt?.toISOString() },
      reason: body.reason ?? null,
    });
    return viewOf(tctx, row, access);
  });
}

/**
 * Checked before an upload is read, so nobody else's file is ever taken in: the route calls it
 * first, then reads the file, then {@link attachConsentScan}. Only a paper consent has a scan.
 */
export async function requireConsentScanUpload(ctx: Ctx, personId: string, consentId: string) {
  const access = await personAccess(ctx, personId);
  requireManage(access);
  refuseAnonymised(access.row);
  const consent = await findConsent(ctx.db, personId, consentId);
  if (!consent) throw notFound();
  if (consent.withdrawnAt) throw new AppError('conflict', 'beneficiary.consentWithdrawn');
  if (consent.form !== 'paper') throw new AppError('conflict', 'beneficiary.scanOnlyPaper');
}

/** Stores the scan of the signed form encrypted, like the person's fields, and links it to the consent. */
export async function attachConsentScan(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  consentId: string,
  file: { fileName: string; bytes: Buffer },
): Promise<ConsentView> {
  if (file.bytes.length === 0) throw invalid([{ field: 'scan', id: 'agreement.scanMissing' }]);
  if (file.bytes.length > CONSENT_SCAN_MAX_BYTES)
    throw new AppError('tooLarge', 'agreement.scanTooLarge', {
      fields: [{ field: 'scan', id: 'agreement.scanTooLarge' }],
    });
  const mimeType = sniffScanType(file.bytes);
  if (!mimeType) throw invalid([{ field: 'scan', id: 'agreement.scanType' }]);
  return inTransaction(ctx, async (tctx) => {
    await requireConsentScanUpload(tctx, personId, consentId);
    const access = await personAccess(tctx, personId, true);
    const consent = (await findConsent(tctx.db, personId, consentId, true))!;
    const fileId = newId();
    const stored = await insertPersonFile(tctx.db, {
      id: fileId,
      personId,
      fileName: file.fileName.slice(0, 200) || 'skan',
      mimeType,
      sizeBytes: file.bytes.length,
      contentEnc: vault.sealBytes(file.bytes, fileContext(personId, fileId)),
      uploadedBy: tctx.actor?.userId ?? null,
    });
    const row = await updateConsentAtVersion(tctx.db, consent.id, consent.version, { scanFileId: stored.id });
    if (!row) throw new AppError('conflict', 'versionConflict');
    await audit(tctx, access, 'beneficiaries.consent.scan', row.id, {
      scan: { before: consent.scanFileId, after: stored.id },
      fileName: stored.fileName,
      sizeBytes: stored.sizeBytes,
    });
    return viewOf(tctx, row, access);
  });
}

/** The scan of a signed consent form, for the entry institution only; the read is logged. */
export async function getConsentScan(
  ctx: Ctx,
  vault: PersonalDataVault,
  personId: string,
  consentId: string,
) {
  const access = await personAccess(ctx, personId);
  if (!access.owner) throw notFound();
  const consent = await findConsent(ctx.db, personId, consentId);
  const file = consent?.scanFileId ? await findPersonFile(ctx.db, personId, consent.scanFileId) : undefined;
  if (!consent || !file) throw notFound();
  await audit(ctx, access, 'beneficiaries.consent.readScan', consent.id, { fileId: file.id });
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    content: vault.openBytes(file.contentEnc, fileContext(personId, file.id)),
  };
}
