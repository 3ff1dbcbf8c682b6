import type { InvitationView, PublicInvitationView } from '../../../common/contracts/accounts';
import type { Actor } from '../../platform/authz';
import { invitationAbilities } from './accounts.policy';
import type { InvitationWithInviter } from './invitation.repository';
import { invitationStatus } from './invitation-status';

/** An invitation for the institution's admins: never the token's hash. */
export function presentInvitation(invitation: InvitationWithInviter, actor: Actor | null): InvitationView {
  const status = invitationStatus(invitation);
  return {
    id: invitation.id,
    institutionId: invitation.institutionId,
    email: invitation.email,
    displayName: invitation.displayName,
    role: invitation.role,
    status,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
    invitedByName: invitation.invitedByName,
    abilities: invitationAbilities(actor, { institutionId: invitation.institutionId, status }),
  };
}

/** What the holder of the link may learn: where they are invited, as whom, and whether to sign in or sign up. */
export const presentPublicInvitation = (found: {
  invitation: InvitationWithInviter;
  institutionName: string;
  accountExists: boolean;
}): PublicInvitationView => ({
  institutionName: found.institutionName,
  role: found.invitation.role,
  email: found.invitation.email,
  displayName: found.invitation.displayName,
  expiresAt: found.invitation.expiresAt.toISOString(),
  accountExists: found.accountExists,
});
