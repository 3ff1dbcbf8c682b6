import type { InvitationStatus } from '../../../common/contracts/accounts';

/** An invitation's state follows from its timestamps: accepted and revoked are final, otherwise the clock decides. */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}
