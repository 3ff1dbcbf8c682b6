import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DiagnosisDomain } from '../../../common/contracts/diagnosis';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { diagnosisEntries } from './diagnosis.table';

export type DiagnosisEntryRow = typeof diagnosisEntries.$inferSelect;
export type DiagnosisEntryInsert = typeof diagnosisEntries.$inferInsert;
export type DiagnosisEntryWithInstitution = DiagnosisEntryRow & { institutionName: string };

const withInstitution = { entry: diagnosisEntries, institutionName: institutions.name };

export const insertDiagnosisEntry = async (db: Executor, row: DiagnosisEntryInsert) =>
  (await db.insert(diagnosisEntries).values(row).returning())[0]!;

/** The person's entries in these domains, oldest first within a domain, with their institution's name. */
export async function findDiagnosisEntries(
  db: Executor,
  personId: string,
  domains: readonly DiagnosisDomain[],
): Promise<DiagnosisEntryWithInstitution[]> {
  if (domains.length === 0) return [];
  const rows = await db
    .select(withInstitution)
    .from(diagnosisEntries)
    .innerJoin(institutions, eq(institutions.id, diagnosisEntries.institutionId))
    .where(and(eq(diagnosisEntries.personId, personId), inArray(diagnosisEntries.domain, [...domains])))
    .orderBy(asc(diagnosisEntries.createdAt), asc(diagnosisEntries.id));
  return rows.map((r) => ({ ...r.entry, institutionName: r.institutionName }));
}

export async function findDiagnosisEntry(
  db: Executor,
  personId: string,
  entryId: string,
  lock = false,
): Promise<DiagnosisEntryWithInstitution | undefined> {
  const query = db
    .select(withInstitution)
    .from(diagnosisEntries)
    .innerJoin(institutions, eq(institutions.id, diagnosisEntries.institutionId))
    .where(and(eq(diagnosisEntries.id, entryId), eq(diagnosisEntries.personId, personId)))
    .limit(1);
  const [row] = await (lock ? query.for('update', { of: diagnosisEntries }) : query);
  return row && { ...row.entry, institutionName: row.institutionName };
}

export const updateDiagnosisEntryAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<DiagnosisEntryInsert>,
): Promise<DiagnosisEntryRow | undefined> =>
  (
    await db
      .update(diagnosisEntries)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(diagnosisEntries.id, id), eq(diagnosisEntries.version, version)))
      .returning()
  )[0];
