import type { AttentionItem } from '../../../common/contracts/attention';
import type { UnsignedAgreementView } from '../../../common/contracts/partnership-agreements';
import { type Ctx, institutionsWithPermission, requireActor } from '../../platform/authz';
import type { Executor } from '../../platform/db';
import {
  countExpiringByInstitution,
  findAwaitingSignature,
  hasAgreementSignedByAll,
} from './agreement.repository';
import { addDays, warsawToday } from './agreement-state';
import { governingRoles } from './partnership.policy';

/**
 * An agreement ending within this many days is worth a reminder: an annex or a new agreement
 * needs every member's signature, and institutions sign in weeks, not days.
 */
export const EXPIRING_SOON_DAYS = 60;

/**
 * What agreements ask of a user: a signature their institution still owes, and, to those who
 * govern a partnership (its leader's and coordinators' managers), agreements in force about to
 * run out. Only for institutions where the user may act in partnerships.
 */
export async function agreementAttention(ctx: Ctx): Promise<AttentionItem[]> {
  requireActor(ctx);
  const institutions = institutionsWithPermission(ctx.actor, 'partnerships.manage');
  const today = warsawToday();
  const items: AttentionItem[] = [];
  const awaiting = new Map<string, AttentionItem>();
  for (const row of await findAwaitingSignature(ctx.db, institutions)) {
    const key = `${row.institutionId}/${row.partnershipId}`;
    const item = awaiting.get(key);
    if (item) item.count += 1;
    else
      awaiting.set(key, {
        kind: 'agreementsAwaitingSignature',
        count: 1,
        institutionId: row.institutionId,
        institutionName: row.institutionName,
        partnership: { id: row.partnershipId, name: row.partnershipName },
      });
  }
  items.push(...awaiting.values());
  for (const row of await countExpiringByInstitution(
    ctx.db,
    institutions,
    today,
    addDays(today, EXPIRING_SOON_DAYS),
    governingRoles,
  ))
    items.push({
      kind: 'agreementsExpiringSoon',
      count: row.count,
      institutionId: row.institutionId,
      institutionName: row.institutionName,
      partnership: { id: row.partnershipId, name: row.partnershipName },
    });
  return items;
}

/** The partnerships-level list of agreements my institutions have not signed; a platform administrator sees all. */
export async function listUnsignedAgreements(ctx: Ctx): Promise<UnsignedAgreementView[]> {
  requireActor(ctx);
  const scope = ctx.actor.isPlatformAdmin
    ? 'all'
    : institutionsWithPermission(ctx.actor, 'partnerships.manage');
  return (await findAwaitingSignature(ctx.db, scope)).map((r) => ({
    ...r,
    sentToSignatureAt: r.sentToSignatureAt?.toISOString() ?? null,
  }));
}

/** Step 4's evidence for the lifecycle: an agreement in force signed by every current member. */
export const agreementSignedByAllMembers = (db: Executor, partnershipId: string) =>
  hasAgreementSignedByAll(db, partnershipId, warsawToday());
