import type { InvitationStatus } from '../../../common/contracts/accounts';
import type { RecordStatus } from '../../../common/enums';
import { type Actor, hasPermission, institutionsWithPermission } from '../../platform/authz';

/**
 * Who may see and change people, memberships and invitations. People belong to institutions:
 * whoever holds a permission at institution X acts on X's members only, and records of other
 * institutions are invisible to them (the services answer 404, as for a missing record).
 */

/** An institution's administrators, managers and coordinators see its members; so does the platform admin. */
export const canReadMembers = (actor: Actor | null, institutionId: string): boolean =>
  hasPermission(actor, 'users.read', institutionId);

export const canInvite = (actor: Actor | null, institutionId: string): boolean =>
  hasPermission(actor, 'users.invite', institutionId);

/** Changing roles and ending memberships is the institution administrator's job (or the platform admin's). */
export const canManageMembers = (actor: Actor | null, institutionId: string): boolean =>
  hasPermission(actor, 'users.manage', institutionId);

/** Accounts themselves (not memberships) span institutions, so only the platform admin creates or blocks them. */
export const canAdministerAccounts = (actor: Actor | null): boolean => Boolean(actor?.isPlatformAdmin);

/**
 * The institutions whose members the actor may list; null means every institution. A person
 * with no such institution sees no one.
 */
export const memberScope = (actor: Actor): string[] | null =>
  actor.isPlatformAdmin ? null : institutionsWithPermission(actor, 'users.read');

/**
 * What the actor may do to a membership. The last active administrator of an institution is
 * neither demoted nor removed (the institution would be left with nobody to manage it), so the
 * page does not offer it.
 */
export function membershipAbilities(
  actor: Actor | null,
  membership: { institutionId: string; status: RecordStatus },
  isLastAdmin: boolean,
) {
  const manageable = membership.status === 'active' && !isLastAdmin;
  return {
    changeRole: manageable && canManageMembers(actor, membership.institutionId),
    deactivate: manageable && canManageMembers(actor, membership.institutionId),
  };
}

/** Only an open invitation (pending or expired, not yet used or revoked) can be revoked. */
export const invitationAbilities = (
  actor: Actor | null,
  invitation: { institutionId: string; status: InvitationStatus },
) => ({
  revoke:
    (invitation.status === 'pending' || invitation.status === 'expired') &&
    canInvite(actor, invitation.institutionId),
});

/** A platform admin blocks and unblocks accounts, but never their own: that would lock everyone out. */
export const userAbilities = (actor: Actor | null, user: { id: string; status: RecordStatus }) => ({
  deactivate: canAdministerAccounts(actor) && user.status === 'active' && user.id !== actor?.userId,
  reactivate: canAdministerAccounts(actor) && user.status === 'inactive',
});
