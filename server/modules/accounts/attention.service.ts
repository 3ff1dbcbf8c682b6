import type { AttentionItem } from '../../../common/contracts/attention';
import { type Ctx, institutionsWithPermission, requireActor } from '../../platform/authz';
import {
  countLockedAccounts,
  countLockedMembers,
  countOpenInvitationsByDeadline,
} from './attention.repository';

/** An invitation lapsing within this many hours is worth a reminder to the person who sent it. */
const EXPIRING_SOON_HOURS = 48;

/**
 * What the accounts module asks a user to look at on the home page: invitations about to lapse
 * or lapsed unused (for those who invite), and locked-out accounts (for those who manage them).
 * Only counts, and only of institutions where the user holds the permission.
 */
export async function accountAttention(ctx: Ctx): Promise<AttentionItem[]> {
  requireActor(ctx);
  const { actor } = ctx;
  const now = new Date();
  const soon = new Date(now.getTime() + EXPIRING_SOON_HOURS * 3_600_000);
  const items: AttentionItem[] = [];

  const invitations = await countOpenInvitationsByDeadline(
    ctx.db,
    institutionsWithPermission(actor, 'users.invite'),
    now,
    soon,
  );
  for (const row of invitations) {
    const institution = { institutionId: row.institutionId, institutionName: row.institutionName };
    if (row.expiringSoon > 0)
      items.push({ kind: 'invitationsExpiringSoon', count: row.expiringSoon, ...institution });
    if (row.expired > 0) items.push({ kind: 'invitationsExpired', count: row.expired, ...institution });
  }

  if (actor.isPlatformAdmin) {
    const locked = await countLockedAccounts(ctx.db, now);
    if (locked > 0)
      items.push({ kind: 'accountsLocked', count: locked, institutionId: null, institutionName: null });
  } else {
    const locked = await countLockedMembers(ctx.db, institutionsWithPermission(actor, 'users.manage'), now);
    for (const row of locked)
      items.push({
        kind: 'accountsLocked',
        count: row.locked,
        institutionId: row.institutionId,
        institutionName: row.institutionName,
      });
  }
  return items;
}
