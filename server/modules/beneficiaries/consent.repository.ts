import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DataCategory } from '../../../common/contracts/beneficiaries';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { personConsentGrants, personConsents, personFiles } from './person.table';

export type ConsentRow = typeof personConsents.$inferSelect;
export type ConsentInsert = typeof personConsents.$inferInsert;
export type PersonFileRow = typeof personFiles.$inferSelect;
export type PersonFileInsert = typeof personFiles.$inferInsert;

export interface GrantRow {
  consentId: string;
  institutionId: string;
  institutionName: string;
  category: DataCategory;
}

export const insertConsent = async (db: Executor, row: ConsentInsert): Promise<ConsentRow> =>
  (await db.insert(personConsents).values(row).returning())[0]!;

export async function insertGrants(
  db: Executor,
  consentId: string,
  grants: readonly { institutionId: string; categories: readonly DataCategory[] }[],
) {
  const rows = grants.flatMap((g) =>
    g.categories.map((category) => ({ consentId, institutionId: g.institutionId, category })),
  );
  if (rows.length) await db.insert(personConsentGrants).values(rows);
}

/** The person's consents, newest first, withdrawn and expired ones included: the history stays. */
export const findConsents = (db: Executor, personId: string): Promise<ConsentRow[]> =>
  db
    .select()
    .from(personConsents)
    .where(eq(personConsents.personId, personId))
    .orderBy(desc(personConsents.givenOn), desc(personConsents.createdAt));

export async function findConsent(db: Executor, personId: string, consentId: string, lock = false) {
  const query = db
    .select()
    .from(personConsents)
    .where(and(eq(personConsents.id, consentId), eq(personConsents.personId, personId)))
    .limit(1);
  return (await (lock ? query.for('update') : query))[0];
}

export const updateConsentAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ConsentInsert>,
): Promise<ConsentRow | undefined> =>
  (
    await db
      .update(personConsents)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(personConsents.id, id), eq(personConsents.version, version)))
      .returning()
  )[0];

export async function findGrants(db: Executor, consentIds: readonly string[]): Promise<GrantRow[]> {
  if (consentIds.length === 0) return [];
  return db
    .select({
      consentId: personConsentGrants.consentId,
      institutionId: personConsentGrants.institutionId,
      institutionName: institutions.name,
      category: personConsentGrants.category,
    })
    .from(personConsentGrants)
    .innerJoin(institutions, eq(institutions.id, personConsentGrants.institutionId))
    .where(inArray(personConsentGrants.consentId, [...consentIds]))
    .orderBy(asc(institutions.name), asc(personConsentGrants.category));
}

export const insertPersonFile = async (db: Executor, row: PersonFileInsert): Promise<PersonFileRow> =>
  (await db.insert(personFiles).values(row).returning())[0]!;

/** The files' descriptions without their contents, for lists. */
export async function findFileInfos(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: personFiles.id,
      fileName: personFiles.fileName,
      mimeType: personFiles.mimeType,
      sizeBytes: personFiles.sizeBytes,
    })
    .from(personFiles)
    .where(inArray(personFiles.id, [...ids]));
}

export const findPersonFile = async (db: Executor, personId: string, id: string) =>
  (
    await db
      .select()
      .from(personFiles)
      .where(and(eq(personFiles.id, id), eq(personFiles.personId, personId)))
      .limit(1)
  )[0];
