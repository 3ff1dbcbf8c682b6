import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { ListInvitationsQuery } from '../../../common/contracts/accounts';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { invitations, users } from './accounts.table';

export type InvitationRow = typeof invitations.$inferSelect;
export type InvitationInsert = typeof invitations.$inferInsert;
export type InvitationWithInviter = InvitationRow & { invitedByName: string | null };

/** Neither accepted nor revoked: still usable, or expired and worth inviting again. */
const isOpen = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

export const insertInvitation = async (db: Executor, row: InvitationInsert): Promise<InvitationRow> =>
  (await db.insert(invitations).values(row).returning())[0]!;

export const findInvitationById = async (db: Executor, id: string): Promise<InvitationRow | undefined> =>
  (await db.select().from(invitations).where(eq(invitations.id, id)).limit(1))[0];

/** The invitation a link names, with the institution the invitee will join. */
export const findInvitationByTokenHash = async (db: Executor, tokenHash: string) =>
  (
    await db
      .select({ invitation: invitations, institutionName: institutions.name })
      .from(invitations)
      .innerJoin(institutions, eq(institutions.id, invitations.institutionId))
      .where(eq(invitations.tokenHash, tokenHash))
      .limit(1)
  )[0];

/** One page of an institution's open invitations, newest first, with who sent each. */
export async function listOpenInvitations(
  db: Executor,
  institutionId: string,
  query: ListInvitationsQuery,
): Promise<{ rows: InvitationWithInviter[]; total: number }> {
  const where = and(eq(invitations.institutionId, institutionId), isOpen);
  const [rows, totals] = await Promise.all([
    db
      .select({ invitation: invitations, invitedByName: users.displayName })
      .from(invitations)
      .leftJoin(users, eq(users.id, invitations.invitedBy))
      .where(where)
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(invitations).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.invitation, invitedByName: r.invitedByName })),
    total: totals[0]?.total ?? 0,
  };
}

/** Open invitations of one address to one institution: a new invitation replaces them. */
export const findOpenInvitationsFor = (db: Executor, institutionId: string, email: string) =>
  db
    .select()
    .from(invitations)
    .where(and(eq(invitations.institutionId, institutionId), eq(invitations.email, email), isOpen));

/**
 * Marks the invitation used, only if it is still open: of two acceptances racing with the same
 * link, one gets the row and the other undefined.
 */
export const markInvitationAccepted = async (db: Executor, id: string): Promise<InvitationRow | undefined> =>
  (
    await db
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, id), isOpen))
      .returning()
  )[0];

export const markInvitationRevoked = async (db: Executor, id: string): Promise<InvitationRow | undefined> =>
  (
    await db
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, id), isOpen))
      .returning()
  )[0];
