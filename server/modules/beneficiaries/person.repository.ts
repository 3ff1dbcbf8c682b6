import { and, asc, count, eq, exists, gte, inArray, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import { type DataCategory, entryInstitutionTypes } from '../../../common/contracts/beneficiaries';
import { escapeLike } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { partnershipMembers, partnerships } from '../partnerships';
import { personConsentGrants, personConsents, persons } from './person.table';
import { hasRedeemedReferral } from './referral.repository';
import { planAwaitsApproval } from './support-plan.repository';

export type PersonRow = typeof persons.$inferSelect;
export type PersonInsert = typeof persons.$inferInsert;

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const findPersonRow = async (
  db: Executor,
  id: string,
  lock = false,
): Promise<PersonRow | undefined> => {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(persons).where(eq(persons.id, id)).limit(1);
  return (await (lock ? query.for('update') : query))[0];
};

export const insertPerson = async (db: Executor, row: PersonInsert): Promise<PersonRow> =>
  (await db.insert(persons).values(row).returning())[0]!;

/** Writes only if the row is still at the version the caller read; undefined means someone was first. */
export const updatePersonAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<PersonInsert>,
): Promise<PersonRow | undefined> =>
  (
    await db
      .update(persons)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(persons.id, id), eq(persons.version, version)))
      .returning()
  )[0];

/**
 * Holds intake into one service for the transaction, so two registrations of the same person
 * cannot both pass the duplicate check.
 */
export const lockServiceIntake = (db: Executor, partnershipId: string) =>
  db.execute(sql`select pg_advisory_xact_lock(hashtext(${`persons:${partnershipId}`}))`);

/** A person of the service with one of these PESEL indexes, or the same name and birth date. */
export async function findDuplicate(
  db: Executor,
  partnershipId: string,
  match: { peselIndexes: readonly string[]; searchName: string; birthDate: string },
  exceptId?: string,
): Promise<{ row: PersonRow; match: 'pesel' | 'namesAndBirthDate' } | undefined> {
  const others = exceptId ? sql`${persons.id} <> ${exceptId}` : undefined;
  if (match.peselIndexes.length) {
    const [row] = await db
      .select()
      .from(persons)
      .where(
        and(
          eq(persons.partnershipId, partnershipId),
          inArray(persons.peselIndex, [...match.peselIndexes]),
          others,
        ),
      )
      .limit(1);
    if (row) return { row, match: 'pesel' };
  }
  const [row] = await db
    .select()
    .from(persons)
    .where(
      and(
        eq(persons.partnershipId, partnershipId),
        eq(persons.birthDate, match.birthDate),
        eq(persons.searchName, match.searchName),
        others,
      ),
    )
    .limit(1);
  return row ? { row, match: 'namesAndBirthDate' } : undefined;
}

/** A consent that holds on `today`: given, not past its term, not withdrawn. */
export const consentHolds = (today: string) =>
  and(
    lte(personConsents.givenOn, today),
    or(isNull(personConsents.validUntil), gte(personConsents.validUntil, today)),
    isNull(personConsents.withdrawnAt),
  );

/** The categories that holding consents of the person open to these institutions. */
export async function grantedCategories(
  db: Executor,
  personId: string,
  institutionIds: readonly string[],
  today: string,
): Promise<DataCategory[]> {
  if (institutionIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ category: personConsentGrants.category })
    .from(personConsentGrants)
    .innerJoin(personConsents, eq(personConsents.id, personConsentGrants.consentId))
    .where(
      and(
        eq(personConsents.personId, personId),
        inArray(personConsentGrants.institutionId, [...institutionIds]),
        consentHolds(today),
      ),
    );
  return rows.map((r) => r.category);
}

export interface ServiceMember {
  institutionId: string;
  name: string;
  type: (typeof institutions.$inferSelect)['type'];
}

/** The service's partnership with its current member institutions; undefined when there is none. */
export async function findService(db: Executor, partnershipId: string) {
  if (!isUuid(partnershipId)) return undefined;
  const [partnership] = await db
    .select({
      id: partnerships.id,
      name: partnerships.name,
      kind: partnerships.kind,
      status: partnerships.status,
    })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));
  if (!partnership) return undefined;
  const members: ServiceMember[] = await db
    .select({ institutionId: institutions.id, name: institutions.name, type: institutions.type })
    .from(partnershipMembers)
    .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
    .where(and(eq(partnershipMembers.partnershipId, partnershipId), isNull(partnershipMembers.leftAt)))
    .orderBy(asc(institutions.name));
  return { ...partnership, members };
}

/** Active partnerships of a kind in which these institutions are current members, with their type. */
export async function findMemberships(
  db: Executor,
  institutionIds: readonly string[],
  kind: (typeof partnerships.$inferSelect)['kind'],
) {
  if (institutionIds.length === 0) return [];
  return db
    .select({
      partnershipId: partnerships.id,
      partnershipName: partnerships.name,
      institutionId: institutions.id,
      institutionName: institutions.name,
      institutionType: institutions.type,
    })
    .from(partnershipMembers)
    .innerJoin(partnerships, eq(partnerships.id, partnershipMembers.partnershipId))
    .innerJoin(institutions, eq(institutions.id, partnershipMembers.institutionId))
    .where(
      and(
        inArray(partnershipMembers.institutionId, [...institutionIds]),
        isNull(partnershipMembers.leftAt),
        eq(partnerships.kind, kind),
        eq(partnerships.status, 'active'),
      ),
    )
    .orderBy(asc(partnerships.searchName), asc(institutions.name));
}

export interface PersonListFilter {
  /** Institutions whose own registrations the reader sees. */
  own: readonly string[];
  /** Institutions whose holding consents (with identification) and current membership open a person. */
  readers: readonly string[];
  today: string;
  searchName?: string;
  peselIndexes?: readonly string[];
  /** Only people of the `own` institutions whose support plan waits for approval. */
  planAwaitingApproval?: boolean;
}

function listConditions(db: Executor, f: PersonListFilter): SQL | undefined {
  const granted = exists(
    db
      .select({ one: sql`1` })
      .from(personConsentGrants)
      .innerJoin(personConsents, eq(personConsents.id, personConsentGrants.consentId))
      .innerJoin(
        partnershipMembers,
        and(
          eq(partnershipMembers.institutionId, personConsentGrants.institutionId),
          isNull(partnershipMembers.leftAt),
        ),
      )
      .innerJoin(institutions, eq(institutions.id, personConsentGrants.institutionId))
      .where(
        and(
          eq(personConsents.personId, persons.id),
          eq(partnershipMembers.partnershipId, persons.partnershipId),
          inArray(personConsentGrants.institutionId, [...f.readers]),
          eq(personConsentGrants.category, 'identification'),
          consentHolds(f.today),
          // An operator sees the person only once its user entered the referral code (person-access).
          or(
            inArray(institutions.type, [...entryInstitutionTypes]),
            hasRedeemedReferral(db, personConsentGrants.institutionId),
          ),
        ),
      ),
  );
  const visible = or(f.own.length ? inArray(persons.entryInstitutionId, [...f.own]) : undefined, granted);
  return and(
    visible,
    f.peselIndexes ? inArray(persons.peselIndex, [...f.peselIndexes]) : undefined,
    f.searchName ? like(persons.searchName, `%${escapeLike(f.searchName)}%`) : undefined,
    f.planAwaitingApproval
      ? and(inArray(persons.entryInstitutionId, [...f.own]), planAwaitsApproval(db))
      : undefined,
  );
}

/** People each institution registered as their entry institution (the staff's own cases). */
export async function countPersonsByEntryInstitution(db: Executor, institutionIds: readonly string[]) {
  if (institutionIds.length === 0) return [];
  return db
    .select({ institutionId: persons.entryInstitutionId, count: count() })
    .from(persons)
    .where(inArray(persons.entryInstitutionId, [...institutionIds]))
    .groupBy(persons.entryInstitutionId);
}

export async function findPersonPage(db: Executor, filter: PersonListFilter, limit: number, offset: number) {
  if (filter.readers.length === 0) return { rows: [], total: 0 };
  const where = listConditions(db, filter);
  const [rows, totals] = await Promise.all([
    db
      .select({
        person: persons,
        partnershipName: partnerships.name,
        institutionName: institutions.name,
      })
      .from(persons)
      .innerJoin(partnerships, eq(partnerships.id, persons.partnershipId))
      .innerJoin(institutions, eq(institutions.id, persons.entryInstitutionId))
      .where(where)
      .orderBy(asc(persons.searchName), asc(persons.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(persons).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}
