import {
  and,
  asc,
  type Column,
  count,
  eq,
  exists,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { partnershipScopeItems } from '../partnerships';
import { consentHolds } from './person.repository';
import { personConsentGrants, personConsents, persons } from './person.table';
import { referrals } from './referral.table';

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralInsert = typeof referrals.$inferInsert;

/** Referral states in which the operator, having entered the code, works with the person. */
export const openToOperator = ['issued', 'accepted', 'inService'] as const;

/** A referral whose code the operator has entered and which still opens the case to it. */
const redeemedAndOpen = () =>
  and(isNotNull(referrals.redeemedAt), inArray(referrals.state, [...openToOperator]));

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const insertReferral = async (db: Executor, row: ReferralInsert): Promise<ReferralRow> =>
  (await db.insert(referrals).values(row).returning())[0]!;

export const findReferral = async (
  db: Executor,
  id: string,
  lock = false,
): Promise<ReferralRow | undefined> => {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(referrals).where(eq(referrals.id, id)).limit(1);
  return (await (lock ? query.for('update') : query))[0];
};

/** The referral a code opens: its blind index under any known key. */
export const findReferralByCode = async (db: Executor, hashes: readonly string[], lock = false) => {
  const query = db
    .select()
    .from(referrals)
    .where(inArray(referrals.codeHash, [...hashes]))
    .limit(1);
  return (await (lock ? query.for('update') : query))[0];
};

export const findReferralsOfPerson = (db: Executor, personId: string) =>
  db.select().from(referrals).where(eq(referrals.personId, personId)).orderBy(asc(referrals.createdAt));

/** Writes only if the row is still at the version the caller read; undefined means someone was first. */
export const updateReferralAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ReferralInsert>,
): Promise<ReferralRow | undefined> =>
  (
    await db
      .update(referrals)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(referrals.id, id), eq(referrals.version, version)))
      .returning()
  )[0];

/** Which of these institutions hold a redeemed, still open referral of the person. */
export async function redeemedReferralHolders(
  db: Executor,
  personId: string,
  institutionIds: readonly string[],
): Promise<string[]> {
  if (institutionIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: referrals.operatorInstitutionId })
    .from(referrals)
    .where(
      and(
        eq(referrals.personId, personId),
        inArray(referrals.operatorInstitutionId, [...institutionIds]),
        redeemedAndOpen(),
      ),
    );
  return rows.map((r) => r.id);
}

/** For SQL over persons: the institution holds a redeemed, still open referral of the row's person. */
export const hasRedeemedReferral = (db: Executor, institutionId: Column) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(referrals)
      .where(
        and(
          eq(referrals.personId, persons.id),
          eq(referrals.operatorInstitutionId, institutionId),
          redeemedAndOpen(),
        ),
      ),
  );

export const findScopeItems = (db: Executor, partnershipId: string) =>
  db
    .select({
      id: partnershipScopeItems.id,
      instrument: partnershipScopeItems.instrument,
      description: partnershipScopeItems.description,
    })
    .from(partnershipScopeItems)
    .where(eq(partnershipScopeItems.partnershipId, partnershipId))
    .orderBy(asc(partnershipScopeItems.instrument), asc(partnershipScopeItems.id));

export interface ReferralQueueFilter {
  queue: 'waitingForCode' | 'awaitingService';
  /** The reader's institutions: entry institutions for `waitingForCode`, operators for `awaitingService`. */
  institutionIds: readonly string[];
  today: string;
  overdue?: boolean | undefined;
}

function queueConditions(db: Executor, f: ReferralQueueFilter): SQL | undefined {
  const ids = [...f.institutionIds];
  if (f.queue === 'waitingForCode')
    return and(
      inArray(persons.entryInstitutionId, ids),
      eq(referrals.state, 'issued'),
      isNull(referrals.redeemedAt),
      f.overdue ? lt(referrals.useBy, f.today) : undefined,
    );
  const consentForOperator = exists(
    db
      .select({ one: sql`1` })
      .from(personConsentGrants)
      .innerJoin(personConsents, eq(personConsents.id, personConsentGrants.consentId))
      .where(
        and(
          eq(personConsents.personId, referrals.personId),
          eq(personConsentGrants.institutionId, referrals.operatorInstitutionId),
          eq(personConsentGrants.category, 'identification'),
          consentHolds(f.today),
        ),
      ),
  );
  return and(
    inArray(referrals.operatorInstitutionId, ids),
    isNotNull(referrals.redeemedAt),
    or(eq(referrals.state, 'issued'), eq(referrals.state, 'accepted')),
    consentForOperator,
    f.overdue ? lt(referrals.useBy, f.today) : undefined,
  );
}

/** How many referrals each of the reader's institutions has in a worklist (the home page's counts). */
export async function countReferralQueue(db: Executor, f: ReferralQueueFilter) {
  if (f.institutionIds.length === 0) return [];
  const institutionId =
    f.queue === 'waitingForCode' ? persons.entryInstitutionId : referrals.operatorInstitutionId;
  return db
    .select({ institutionId, count: count() })
    .from(referrals)
    .innerJoin(persons, eq(persons.id, referrals.personId))
    .where(queueConditions(db, f))
    .groupBy(institutionId);
}

/** One page of a worklist, oldest deadline first. */
export async function findReferralQueue(db: Executor, f: ReferralQueueFilter, limit: number, offset: number) {
  if (f.institutionIds.length === 0) return { rows: [], total: 0 };
  const where = queueConditions(db, f);
  const [rows, totals] = await Promise.all([
    db
      .select({ referral: referrals })
      .from(referrals)
      .innerJoin(persons, eq(persons.id, referrals.personId))
      .where(where)
      .orderBy(asc(referrals.useBy), asc(referrals.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ total: count() })
      .from(referrals)
      .innerJoin(persons, eq(persons.id, referrals.personId))
      .where(where),
  ]);
  return { rows: rows.map((r) => r.referral), total: totals[0]?.total ?? 0 };
}
