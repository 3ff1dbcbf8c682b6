import type { AgreementView } from '../../../common/contracts/partnership-agreements';
import type { Ctx } from '../../platform/authz';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import { presentAgreement } from './agreement.presenter';
import {
  type AgreementInsert,
  type AgreementRow,
  type AgreementVersionRow,
  findAgreement,
  findSignatures,
  findVersion,
  updateAgreementAtVersion,
} from './agreement.repository';
import { warsawToday } from './agreement-state';
import { type LoadedPartnership, loadPartnership, requirePrivate } from './partnership-access';

/**
 * What every agreement use case starts with: the partnership (404 to outsiders), the agreement
 * with its current text, and the view answered after each change.
 */

export interface LoadedAgreement {
  loaded: LoadedPartnership;
  row: AgreementRow;
  current: AgreementVersionRow;
}

export async function loadAgreement(
  ctx: Ctx,
  id: string,
  agreementId: string,
  lock = false,
): Promise<LoadedAgreement> {
  const loaded = await loadPartnership(ctx, id, lock);
  requirePrivate(ctx, loaded);
  const row = await findAgreement(ctx.db, id, agreementId, lock);
  if (!row) throw notFound();
  const current = await findVersion(ctx.db, row.id, row.currentVersion);
  if (!current) throw new AppError('internal', 'internal');
  return { loaded, row, current };
}

export async function agreementViewOf(
  ctx: Ctx,
  loaded: LoadedPartnership,
  row: AgreementRow,
  current: AgreementVersionRow,
): Promise<AgreementView> {
  return presentAgreement({
    row,
    current,
    members: loaded.members,
    signatures: await findSignatures(ctx.db, [row.id]),
    voidedSignatures: await findSignatures(ctx.db, [row.id], true),
    actor: ctx.actor,
    facts: loaded.facts,
    today: warsawToday(),
  });
}

/** Writes the agreement at the version the client read, or answers 409 with the agreement as it is now. */
export async function writeAgreement(
  ctx: Ctx,
  a: LoadedAgreement,
  version: number,
  changes: Partial<AgreementInsert>,
): Promise<AgreementRow> {
  const updated =
    version === a.row.version
      ? await updateAgreementAtVersion(ctx.db, a.row.id, version, changes)
      : undefined;
  if (updated) return updated;
  const now = await findAgreement(ctx.db, a.loaded.row.id, a.row.id);
  if (!now) throw notFound();
  const current = (await findVersion(ctx.db, now.id, now.currentVersion)) ?? a.current;
  throw versionConflict(await agreementViewOf(ctx, a.loaded, now, current));
}
