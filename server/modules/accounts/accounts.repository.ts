import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions/institution.table';
import { memberships, sessions, users } from './accounts.table';

export const findUserByEmail = async (db: Executor, email: string) =>
  (await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1))[0];

export const findUserById = async (db: Executor, id: string) =>
  (await db.select().from(users).where(eq(users.id, id)).limit(1))[0];

/** Active memberships in active institutions: the ones that give rights. */
export const findActiveMemberships = (db: Executor, userId: string) =>
  db
    .select({
      institutionId: memberships.institutionId,
      institutionName: institutions.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.status, 'active'),
        eq(institutions.status, 'active'),
      ),
    )
    .orderBy(institutions.name);

export async function findLiveSessionWithUser(db: Executor, sessionId: string) {
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, sql`now()`), eq(users.status, 'active')))
    .limit(1);
  return rows[0];
}

export const insertSession = (db: Executor, row: typeof sessions.$inferInsert) =>
  db.insert(sessions).values(row);

export const touchSession = (db: Executor, sessionId: string) =>
  db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, sessionId));

export const deleteSession = (db: Executor, sessionId: string) =>
  db.delete(sessions).where(eq(sessions.id, sessionId));

export const deleteUserSessions = (db: Executor, userId: string) =>
  db.delete(sessions).where(eq(sessions.userId, userId));

/** Every session of the user but the one in use: after a password change, other devices sign in again. */
export const deleteOtherSessions = (db: Executor, userId: string, keepSessionId: string) =>
  db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));

export const recordFailedLogin = (db: Executor, userId: string, lockedUntil: Date | null) =>
  db
    .update(users)
    .set({ failedLoginCount: sql`${users.failedLoginCount} + 1`, lockedUntil })
    .where(eq(users.id, userId));

export const clearFailedLogins = (db: Executor, userId: string) =>
  db.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, userId));
