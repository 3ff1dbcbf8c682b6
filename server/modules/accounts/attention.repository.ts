import { and, count, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { invitations, memberships, users } from './accounts.table';

/**
 * Per institution, its open invitations that lapse within `soon`, and those already lapsed that
 * nobody has renewed or revoked.
 */
export async function countOpenInvitationsByDeadline(
  db: Executor,
  institutionIds: string[],
  now: Date,
  soon: Date,
) {
  if (institutionIds.length === 0) return [];
  return db
    .select({
      institutionId: invitations.institutionId,
      institutionName: institutions.name,
      expiringSoon:
        sql<number>`count(*) filter (where ${invitations.expiresAt} > ${now} and ${invitations.expiresAt} <= ${soon})`.mapWith(
          Number,
        ),
      expired: sql<number>`count(*) filter (where ${invitations.expiresAt} <= ${now})`.mapWith(Number),
    })
    .from(invitations)
    .innerJoin(institutions, eq(institutions.id, invitations.institutionId))
    .where(
      and(
        inArray(invitations.institutionId, institutionIds),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        lte(invitations.expiresAt, soon),
      ),
    )
    .groupBy(invitations.institutionId, institutions.name);
}

/** Accounts locked out by wrong passwords right now, per institution among `institutionIds`. */
export const countLockedMembers = (db: Executor, institutionIds: string[], now: Date) =>
  institutionIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          institutionId: memberships.institutionId,
          institutionName: institutions.name,
          locked: count(),
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
        .where(
          and(
            inArray(memberships.institutionId, institutionIds),
            eq(memberships.status, 'active'),
            gt(users.lockedUntil, now),
          ),
        )
        .groupBy(memberships.institutionId, institutions.name);

/** Every account on the platform locked out right now. */
export const countLockedAccounts = async (db: Executor, now: Date): Promise<number> =>
  (await db.select({ locked: count() }).from(users).where(gt(users.lockedUntil, now)))[0]?.locked ?? 0;
