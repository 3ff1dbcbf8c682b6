import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { partnershipContacts, partnershipLeaderTerms, partnershipMembers } from './partnership.table';

export type MemberRowOnly = typeof partnershipMembers.$inferSelect;
export type MemberInsert = typeof partnershipMembers.$inferInsert;
export type ContactRow = typeof partnershipContacts.$inferSelect;
export type ContactInsert = typeof partnershipContacts.$inferInsert;

/** A member with the facts of its institution the card shows. */
export type MemberRow = MemberRowOnly & {
  institution: {
    id: string;
    name: string;
    type: (typeof institutions.$inferSelect)['type'];
    territoryCode: string;
  };
};

const memberColumns = {
  member: partnershipMembers,
  institution: {
    id: institutions.id,
    name: institutions.name,
    type: institutions.type,
    territoryCode: institutions.territoryCode,
  },
};

const flatten = (rows: { member: MemberRowOnly; institution: MemberRow['institution'] }[]): MemberRow[] =>
  rows.map((r) => ({ ...r.member, institution: r.institution }));

/** Members of several partnerships in one query; current ones only unless `withFormer`. */
export async function findMembers(
  db: Executor,
  partnershipIds: readonly string[],
  withFormer = false,
): Promise<MemberRow[]> {
  if (partnershipIds.length === 0) return [];
  const rows = await db
    .select(memberColumns)
    .from(partnershipMembers)
    .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
    .where(
      and(
        inArray(partnershipMembers.partnershipId, [...partnershipIds]),
        withFormer ? undefined : isNull(partnershipMembers.leftAt),
      ),
    )
    .orderBy(asc(partnershipMembers.joinedAt), asc(institutions.name), asc(partnershipMembers.id));
  return flatten(rows);
}

export const insertMember = async (db: Executor, row: MemberInsert): Promise<MemberRowOnly> =>
  (await db.insert(partnershipMembers).values(row).returning())[0]!;

export const updateMemberAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<MemberInsert>,
): Promise<MemberRowOnly | undefined> =>
  (
    await db
      .update(partnershipMembers)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(partnershipMembers.id, id), eq(partnershipMembers.version, version)))
      .returning()
  )[0];

/** Ends the current leader's term and starts the next one's, in the caller's transaction. */
export async function passLeadership(
  db: Executor,
  partnershipId: string,
  next: { memberId: string; byName: string | null; reason: string | null },
) {
  const now = new Date();
  await db
    .update(partnershipLeaderTerms)
    .set({ endedAt: now, endedByName: next.byName })
    .where(
      and(eq(partnershipLeaderTerms.partnershipId, partnershipId), isNull(partnershipLeaderTerms.endedAt)),
    );
  await db.insert(partnershipLeaderTerms).values({
    partnershipId,
    memberId: next.memberId,
    startedAt: now,
    startedByName: next.byName,
    reason: next.reason,
  });
}

export const findLeaderTerms = (db: Executor, partnershipId: string) =>
  db
    .select({ term: partnershipLeaderTerms, institutionName: institutions.name })
    .from(partnershipLeaderTerms)
    .innerJoin(partnershipMembers, eq(partnershipMembers.id, partnershipLeaderTerms.memberId))
    .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
    .where(eq(partnershipLeaderTerms.partnershipId, partnershipId))
    .orderBy(desc(partnershipLeaderTerms.startedAt), desc(partnershipLeaderTerms.id));

export const findContacts = (db: Executor, partnershipId: string): Promise<ContactRow[]> =>
  db
    .select()
    .from(partnershipContacts)
    .where(eq(partnershipContacts.partnershipId, partnershipId))
    .orderBy(
      asc(partnershipContacts.memberId),
      asc(partnershipContacts.level),
      asc(partnershipContacts.name),
    );

export const findContact = async (
  db: Executor,
  partnershipId: string,
  id: string,
): Promise<ContactRow | undefined> =>
  (
    await db
      .select()
      .from(partnershipContacts)
      .where(and(eq(partnershipContacts.partnershipId, partnershipId), eq(partnershipContacts.id, id)))
      .limit(1)
  )[0];

export const insertContact = async (db: Executor, row: ContactInsert): Promise<ContactRow> =>
  (await db.insert(partnershipContacts).values(row).returning())[0]!;

export const updateContactAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ContactInsert>,
): Promise<ContactRow | undefined> =>
  (
    await db
      .update(partnershipContacts)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(partnershipContacts.id, id), eq(partnershipContacts.version, version)))
      .returning()
  )[0];

export const deleteContact = (db: Executor, id: string) =>
  db.delete(partnershipContacts).where(eq(partnershipContacts.id, id));
