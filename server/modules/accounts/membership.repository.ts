import { and, asc, count, desc, eq, like, or, type SQL } from 'drizzle-orm';
import type { ListMembersQuery, MemberSort } from '../../../common/contracts/accounts';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { memberships, users } from './accounts.table';

export type MembershipRow = typeof memberships.$inferSelect;
export type MembershipInsert = typeof memberships.$inferInsert;

/** A membership with the person it belongs to, as the members list shows it. */
const memberColumns = {
  membership: memberships,
  email: users.email,
  displayName: users.displayName,
  accountStatus: users.status,
};

export type MemberRow = { membership: MembershipRow } & Pick<
  typeof users.$inferSelect,
  'email' | 'displayName'
> & { accountStatus: MembershipRow['status'] };

export const insertMembership = async (db: Executor, row: MembershipInsert): Promise<MembershipRow> =>
  (await db.insert(memberships).values(row).returning())[0]!;

/** A person who works at the institution now: active account, active membership. */
export const findActiveStaffMember = async (
  db: Executor,
  userId: string,
  institutionId: string,
): Promise<{ id: string; displayName: string; email: string } | undefined> =>
  (
    await db
      .select({ id: users.id, displayName: users.displayName, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.userId, userId),
          eq(memberships.institutionId, institutionId),
          eq(memberships.status, 'active'),
          eq(users.status, 'active'),
        ),
      )
      .limit(1)
  )[0];

/** The people who work at the institution now (active account and membership), by name: whom a record may name. */
export const findActiveStaff = (
  db: Executor,
  institutionId: string,
  limit: number,
): Promise<{ id: string; displayName: string; email: string }[]> =>
  db
    .select({ id: users.id, displayName: users.displayName, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.institutionId, institutionId),
        eq(memberships.status, 'active'),
        eq(users.status, 'active'),
      ),
    )
    .orderBy(asc(users.searchName), asc(users.id))
    .limit(limit);

export const findMemberById = async (db: Executor, id: string): Promise<MemberRow | undefined> =>
  (
    await db
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.id, id))
      .limit(1)
  )[0];

export const findMembershipOf = async (
  db: Executor,
  userId: string,
  institutionId: string,
): Promise<MembershipRow | undefined> =>
  (
    await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.institutionId, institutionId)))
      .limit(1)
  )[0];

const orderings: Record<MemberSort, SQL[]> = {
  name: [asc(users.searchName), asc(memberships.id)],
  '-name': [desc(users.searchName), desc(memberships.id)],
  role: [asc(memberships.role), asc(users.searchName), asc(memberships.id)],
  '-role': [desc(memberships.role), asc(users.searchName), asc(memberships.id)],
  createdAt: [asc(memberships.createdAt), asc(memberships.id)],
  '-createdAt': [desc(memberships.createdAt), desc(memberships.id)],
};

/** One page of an institution's members (read through `memberships_institution_idx`) and the total. */
export async function searchMembers(
  db: Executor,
  institutionId: string,
  query: ListMembersQuery,
): Promise<{ rows: MemberRow[]; total: number }> {
  const conditions: SQL[] = [eq(memberships.institutionId, institutionId)];
  if (query.status !== 'all') conditions.push(eq(memberships.status, query.status));
  if (query.role) conditions.push(eq(memberships.role, query.role));
  const q = query.q ? escapeLike(toSearchable(query.q)) : '';
  if (q) conditions.push(or(like(users.searchName, `%${q}%`), like(users.email, `%${q}%`))!);
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(where)
      .orderBy(...orderings[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: count() })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** Memberships that make someone an acting administrator: active, of an active account. */
const activeAdminsOf = (institutionId: string) =>
  and(
    eq(memberships.institutionId, institutionId),
    eq(memberships.role, 'institutionAdmin'),
    eq(memberships.status, 'active'),
    eq(users.status, 'active'),
  );

/** The institution's acting administrators' membership ids. */
export const findActiveAdminIds = async (db: Executor, institutionId: string): Promise<string[]> =>
  (
    await db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(activeAdminsOf(institutionId))
  ).map((r) => r.id);

/**
 * The same, with the rows locked until the transaction ends: two administrators demoting each
 * other at the same moment take turns, and the second sees that only one is left.
 */
export const lockActiveAdminIds = async (db: Executor, institutionId: string): Promise<string[]> =>
  (
    await db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(activeAdminsOf(institutionId))
      .orderBy(asc(memberships.id))
      .for('update', { of: memberships })
  ).map((r) => r.id);

export const updateMembershipAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<MembershipInsert>,
): Promise<MembershipRow | undefined> =>
  (
    await db
      .update(memberships)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(memberships.id, id), eq(memberships.version, version)))
      .returning()
  )[0];
