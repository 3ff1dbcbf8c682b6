import { createHash } from 'node:crypto';
import {
  type AgreementView,
  SCAN_MAX_BYTES,
  type SignAgreementInput,
  signAgreementBody,
} from '../../../common/contracts/partnership-agreements';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { AppError, invalid, notFound, parse } from '../../platform/errors';
import { canSignFor } from './agreement.policy';
import {
  findFile,
  findSignatures,
  insertFile,
  insertSignature,
  updateSignatureAtVersion,
} from './agreement.repository';
import { agreementViewOf, loadAgreement, writeAgreement } from './agreement-access';
import { acceptsSignatures, effectiveState, signedByAll, warsawToday } from './agreement-state';
import { auditChange } from './partnership-access';

/**
 * Signatures of an agreement in signature, each recorded by the member institution that gives
 * it, with the scan of the signed copy. The last current member's signature brings the agreement
 * into force, on the date of that signature.
 */

export async function signAgreement(
  ctx: Ctx,
  id: string,
  agreementId: string,
  input: SignAgreementInput,
): Promise<AgreementView> {
  const body = parse(signAgreementBody, input);
  return inTransaction(ctx, async (tctx) => {
    const a = await loadAgreement(tctx, id, agreementId, true);
    const member = a.loaded.members.find((m) => m.id === body.memberId);
    if (!member) throw invalid([{ field: 'memberId', id: 'partnership.memberUnknown' }]);
    authorize(tctx, (actor) => canSignFor(actor, member));
    if (a.loaded.row.status !== 'active') throw new AppError('conflict', 'partnership.closed');
    const state = effectiveState(a.row);
    if (!acceptsSignatures(state)) throw new AppError('conflict', 'agreement.notInSignature');
    if (body.signedOn > warsawToday()) throw invalid([{ field: 'signedOn', id: 'agreement.signedInFuture' }]);
    const before = await findSignatures(tctx.db, [a.row.id]);
    if (before.some((s) => s.memberId === member.id))
      throw new AppError('conflict', 'agreement.alreadySigned');

    const signature = await insertSignature(tctx.db, {
      agreementId: a.row.id,
      memberId: member.id,
      institutionId: member.institutionId,
      signerName: body.signerName,
      signerPosition: body.signerPosition,
      signedOn: body.signedOn,
      recordedBy: tctx.actor?.userId ?? null,
      recordedByName: tctx.actor?.displayName ?? null,
    });
    const signedDates = new Map([
      ...before.map((s) => [s.memberId, s.signedOn] as const),
      [member.id, body.signedOn],
    ]);
    const memberIds = a.loaded.members.map((m) => m.id);
    const complete = state === 'inSignature' && signedByAll(memberIds, new Set(signedDates.keys()));
    const lastSignedOn =
      memberIds
        .map((m) => signedDates.get(m) ?? '')
        .sort()
        .at(-1) ?? body.signedOn;
    const row = await writeAgreement(
      tctx,
      a,
      body.version,
      complete ? { state: 'inForce', inForceSince: lastSignedOn } : {},
    );
    await auditChange(tctx, a.loaded, {
      action: 'partnership.agreement.sign',
      entityType: 'partnershipAgreement',
      entityId: row.id,
      changes: {
        signatureId: signature.id,
        memberId: member.id,
        institutionId: member.institutionId,
        signerName: body.signerName,
        signerPosition: body.signerPosition,
        signedOn: body.signedOn,
        ...(complete && { state: { before: state, after: 'inForce' }, inForceSince: lastSignedOn }),
      },
    });
    return agreementViewOf(tctx, a.loaded, row, a.current);
  });
}

/** What the first bytes say a file is: the name and the browser's claim are not trusted. */
export function sniffScanType(bytes: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  return null;
}

/** The signature and whether the actor may upload or replace its scan: 404 to outsiders, 403 to other members. */
async function scanTarget(ctx: Ctx, id: string, agreementId: string, signatureId: string, lock: boolean) {
  const a = await loadAgreement(ctx, id, agreementId, lock);
  const signature = (await findSignatures(ctx.db, [a.row.id])).find((s) => s.id === signatureId);
  if (!signature) throw notFound();
  return { a, signature };
}

/**
 * Checked before the upload is read, so an outsider's or another member's file is never taken
 * in: the route calls it first, then streams the file, then calls {@link attachScan}.
 */
export async function requireScanUpload(ctx: Ctx, id: string, agreementId: string, signatureId: string) {
  const { a, signature } = await scanTarget(ctx, id, agreementId, signatureId, false);
  authorize(ctx, (actor) => canSignFor(actor, signature));
  if (a.loaded.row.status !== 'active' || a.row.state === 'terminated')
    throw new AppError('conflict', 'agreement.closed');
}

export async function attachScan(
  ctx: Ctx,
  id: string,
  agreementId: string,
  signatureId: string,
  file: { fileName: string; bytes: Buffer },
): Promise<AgreementView> {
  if (file.bytes.length === 0) throw invalid([{ field: 'scan', id: 'agreement.scanMissing' }]);
  if (file.bytes.length > SCAN_MAX_BYTES)
    throw new AppError('tooLarge', 'agreement.scanTooLarge', {
      fields: [{ field: 'scan', id: 'agreement.scanTooLarge' }],
    });
  const mimeType = sniffScanType(file.bytes);
  if (!mimeType) throw invalid([{ field: 'scan', id: 'agreement.scanType' }]);
  return inTransaction(ctx, async (tctx) => {
    await requireScanUpload(tctx, id, agreementId, signatureId);
    const { a, signature } = await scanTarget(tctx, id, agreementId, signatureId, true);
    const stored = await insertFile(tctx.db, {
      partnershipId: id,
      fileName: file.fileName.slice(0, 200) || 'skan',
      mimeType,
      sizeBytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: file.bytes,
      uploadedBy: tctx.actor?.userId ?? null,
    });
    const updated = await updateSignatureAtVersion(tctx.db, signature.id, signature.version, {
      scanFileId: stored.id,
    });
    if (!updated) throw new AppError('conflict', 'versionConflict');
    await auditChange(tctx, a.loaded, {
      action: 'partnership.agreement.scanUpload',
      entityType: 'partnershipAgreementSignature',
      entityId: signature.id,
      changes: {
        agreementId: a.row.id,
        fileId: stored.id,
        mimeType,
        sizeBytes: file.bytes.length,
        replaced: signature.scanFileId !== null,
      },
    });
    return agreementViewOf(tctx, a.loaded, a.row, a.current);
  });
}

/** The scan of a signature, for any member of the partnership to download. */
export async function getScan(ctx: Ctx, id: string, agreementId: string, signatureId: string) {
  const { signature } = await scanTarget(ctx, id, agreementId, signatureId, false);
  const file = signature.scanFileId ? await findFile(ctx.db, id, signature.scanFileId) : undefined;
  if (!file) throw notFound();
  return file;
}
