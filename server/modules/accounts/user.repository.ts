import { and, asc, count, eq, exists, inArray, like, or, type SQL } from 'drizzle-orm';
import type { ListUsersQuery } from '../../../common/contracts/accounts';
import type { MembershipRole } from '../../../common/enums';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { externalIdentities, memberships, users } from './accounts.table';

export type UserRow = typeof users.$inferSelect;
export type UserInsert = typeof users.$inferInsert;

export const insertUser = async (db: Executor, row: UserInsert): Promise<UserRow> =>
  (await db.insert(users).values(row).returning())[0]!;

/** Writes a change only at the version the caller read; undefined when someone changed the row first. */
export const updateUserAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<UserInsert>,
): Promise<UserRow | undefined> =>
  (
    await db
      .update(users)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning()
  )[0];

/**
 * Accounts under the platform admin's search (name without diacritics, or e-mail). `scope` limits
 * the list to people with an active membership in those institutions; null means everyone.
 */
export async function searchUsers(
  db: Executor,
  query: ListUsersQuery,
  scope: string[] | null,
): Promise<{ rows: UserRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.status !== 'all') conditions.push(eq(users.status, query.status));
  const q = query.q ? escapeLike(toSearchable(query.q)) : '';
  if (q) conditions.push(or(like(users.searchName, `%${q}%`), like(users.email, `%${q}%`))!);
  if (scope) {
    if (scope.length === 0) return { rows: [], total: 0 };
    conditions.push(
      exists(
        db
          .select({ one: memberships.id })
          .from(memberships)
          .where(
            and(
              eq(memberships.userId, users.id),
              eq(memberships.status, 'active'),
              inArray(memberships.institutionId, scope),
            ),
          ),
      ),
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.searchName), asc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export interface UserMembership {
  userId: string;
  institutionId: string;
  institutionName: string;
  role: MembershipRole;
}

/** The active memberships of a page of users, in one query. */
export async function findActiveMembershipsOf(
  db: Executor,
  userIds: readonly string[],
): Promise<Map<string, UserMembership[]>> {
  const byUser = new Map<string, UserMembership[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: memberships.userId,
      institutionId: memberships.institutionId,
      institutionName: institutions.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
    .where(and(inArray(memberships.userId, [...userIds]), eq(memberships.status, 'active')))
    .orderBy(asc(institutions.name));
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  return byUser;
}

/** Whether the user has an active membership in one of these institutions: who may see them at all. */
export async function isMemberOfAny(
  db: Executor,
  userId: string,
  institutionIds: string[],
): Promise<boolean> {
  if (institutionIds.length === 0) return false;
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.status, 'active'),
        inArray(memberships.institutionId, institutionIds),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function findUserByIdentity(db: Executor, issuer: string, subject: string) {
  const [row] = await db
    .select({ user: users })
    .from(externalIdentities)
    .innerJoin(users, eq(users.id, externalIdentities.userId))
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)))
    .limit(1);
  return row?.user;
}

export const insertExternalIdentity = (db: Executor, row: typeof externalIdentities.$inferInsert) =>
  db.insert(externalIdentities).values(row);
