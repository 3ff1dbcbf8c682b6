import type { LoginBody } from '../../../common/contracts/auth';
import { recordAudit } from '../../platform/audit';
import {
  dummyPasswordHash,
  hashToken,
  newToken,
  type ResolvedSession,
  verifyPassword,
} from '../../platform/auth';
import { type Ctx, inTransaction } from '../../platform/authz';
import type { Db, Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import {
  clearFailedLogins,
  deleteSession,
  deleteUserSessions,
  findActiveMemberships,
  findLiveSessionWithUser,
  findUserByEmail,
  insertSession,
  recordFailedLogin,
  touchSession,
} from './accounts.repository';
import type { users } from './accounts.table';

/** After this many wrong passwords in a row the account is locked for {@link LOCKOUT_MINUTES}. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/** last_seen_at is refreshed at most this often, so reads do not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export async function actorOf(db: Executor, user: typeof users.$inferSelect) {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: await findActiveMemberships(db, user.id),
  };
}

/** Used by the auth plugin on every request that carries a session cookie. */
export async function resolveSession(db: Db, sessionId: string): Promise<ResolvedSession | null> {
  const row = await findLiveSessionWithUser(db, sessionId);
  if (!row) return null;
  if (Date.now() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, sessionId);
  return { sessionId, actor: await actorOf(db, row.user), locale: row.user.locale };
}

export interface OpenedSession {
  token: string;
  expiresAt: Date;
}

/** Opens a session for a user who has proved who they are, and audits the sign-in. */
export async function openSession(
  ctx: Ctx,
  user: typeof users.$inferSelect,
  method: 'password' | 'oidc',
  ttlHours: number,
  userAgent: string | undefined,
): Promise<OpenedSession> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await insertSession(ctx.db, {
    id: hashToken(token),
    userId: user.id,
    expiresAt,
    ip: ctx.ip ?? null,
    userAgent: userAgent?.slice(0, 512) ?? null,
    method,
  });
  await recordAudit(
    { ...ctx, actor: await actorOf(ctx.db, user) },
    { action: 'auth.signIn', entityType: 'user', entityId: user.id, changes: { method } },
  );
  return { token, expiresAt };
}

/**
 * Checks e-mail and password. Wrong credentials, unknown e-mail and a deactivated account all
 * answer the same 401 (no account enumeration); a locked account answers 429 until it unlocks.
 */
export async function signInWithPassword(
  ctx: Ctx,
  body: LoginBody,
  ttlHours: number,
  userAgent: string | undefined,
): Promise<OpenedSession> {
  const user = await findUserByEmail(ctx.db, body.email);
  if (!user?.passwordHash || user.status !== 'active') {
    await verifyPassword(await dummyPasswordHash(), body.password);
    throw new AppError('unauthenticated', 'auth.invalidCredentials');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    throw new AppError('rateLimited', 'auth.accountLocked', { params: { minutes: LOCKOUT_MINUTES } });
  }
  if (!(await verifyPassword(user.passwordHash, body.password))) {
    const failures = user.failedLoginCount + 1;
    const lockedUntil =
      failures >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCKOUT_MINUTES * 60_000) : null;
    await inTransaction(ctx, async (tctx) => {
      await recordFailedLogin(tctx.db, user.id, lockedUntil);
      await recordAudit(tctx, {
        action: lockedUntil ? 'auth.locked' : 'auth.failedSignIn',
        entityType: 'user',
        entityId: user.id,
        changes: { failures },
      });
    });
    if (lockedUntil)
      throw new AppError('rateLimited', 'auth.accountLocked', { params: { minutes: LOCKOUT_MINUTES } });
    throw new AppError('unauthenticated', 'auth.invalidCredentials');
  }
  return inTransaction(ctx, async (tctx) => {
    await clearFailedLogins(tctx.db, user.id);
    return openSession(tctx, user, 'password', ttlHours, userAgent);
  });
}

export async function signOut(ctx: Ctx, sessionId: string): Promise<void> {
  await inTransaction(ctx, async (tctx) => {
    await deleteSession(tctx.db, sessionId);
    await recordAudit(tctx, { action: 'auth.signOut', entityType: 'user', entityId: tctx.actor?.userId });
  });
}

/** Ends every session of the user, on every device. */
export async function signOutEverywhere(ctx: Ctx, userId: string): Promise<void> {
  await inTransaction(ctx, async (tctx) => {
    await deleteUserSessions(tctx.db, userId);
    await recordAudit(tctx, { action: 'auth.signOutEverywhere', entityType: 'user', entityId: userId });
  });
}
