import { recordAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/authz';
import { AppError } from '../../platform/errors';
import { findUserByEmail } from './accounts.repository';
import type { OidcIdentity } from './oidc-client';
import { actorOf, type OpenedSession, openSession } from './session.service';
import { findUserByIdentity, insertExternalIdentity } from './user.repository';

/**
 * Signs in a person the provider vouched for. They are found by their identity at the provider
 * (issuer + subject), or, the first time, by a verified e-mail of an active account, which is then
 * linked. Nobody unknown gets an account here: accounts come from invitations.
 */
export async function signInWithOidc(
  ctx: Ctx,
  identity: OidcIdentity,
  ttlHours: number,
  userAgent: string | undefined,
): Promise<OpenedSession> {
  return inTransaction(ctx, async (tctx) => {
    const linked = await findUserByIdentity(tctx.db, identity.issuer, identity.subject);
    const byEmail =
      !linked && identity.email && identity.emailVerified
        ? await findUserByEmail(tctx.db, identity.email)
        : undefined;
    const user = linked ?? byEmail;
    if (user?.status !== 'active') throw new AppError('unauthenticated', 'auth.oidcUnknown');
    if (!linked) {
      await insertExternalIdentity(tctx.db, {
        userId: user.id,
        issuer: identity.issuer,
        subject: identity.subject,
      });
      await recordAudit(
        { ...tctx, actor: await actorOf(tctx.db, user) },
        {
          action: 'auth.oidcLinked',
          entityType: 'user',
          entityId: user.id,
          changes: { issuer: identity.issuer, subject: identity.subject },
        },
      );
    }
    return openSession(tctx, user, 'oidc', ttlHours, userAgent);
  });
}
