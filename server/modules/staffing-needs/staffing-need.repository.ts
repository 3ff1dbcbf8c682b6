import { and, asc, count, desc, eq, inArray, like, min, or, type SQL, sql, sum } from 'drizzle-orm';
import type { DiagnosisQuery, ListStaffingNeedsQuery } from '../../../common/contracts/staffing-needs';
import { providerInstitutionTypes } from '../../../common/enums';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { qualifications } from '../social-services';
import { staffingNeeds } from './staffing-need.table';

export type StaffingNeedRow = typeof staffingNeeds.$inferSelect;
export type StaffingNeedInsert = typeof staffingNeeds.$inferInsert;
export type StaffingNeedListRow = StaffingNeedRow & {
  institution: { id: string; name: string; type: (typeof institutions.$inferSelect)['type'] };
  qualification: { id: string; name: string };
};

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const selectRows = (db: Executor) =>
  db
    .select({
      row: staffingNeeds,
      institution: { id: institutions.id, name: institutions.name, type: institutions.type },
      qualification: { id: qualifications.id, name: qualifications.name },
    })
    .from(staffingNeeds)
    .innerJoin(institutions, eq(institutions.id, staffingNeeds.institutionId))
    .innerJoin(qualifications, eq(qualifications.id, staffingNeeds.qualificationId));

const flatten = (r: {
  row: StaffingNeedRow;
  institution: StaffingNeedListRow['institution'];
  qualification: StaffingNeedListRow['qualification'];
}): StaffingNeedListRow => ({ ...r.row, institution: r.institution, qualification: r.qualification });

export const findNeedRow = async (db: Executor, id: string): Promise<StaffingNeedListRow | undefined> =>
  isUuid(id) ? (await selectRows(db).where(eq(staffingNeeds.id, id)).limit(1)).map(flatten)[0] : undefined;

export const insertNeed = async (db: Executor, values: StaffingNeedInsert): Promise<StaffingNeedRow> =>
  (await db.insert(staffingNeeds).values(values).returning())[0]!;

export const updateNeedAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<StaffingNeedInsert>,
): Promise<StaffingNeedRow | undefined> =>
  (
    await db
      .update(staffingNeeds)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(staffingNeeds.id, id), eq(staffingNeeds.version, version)))
      .returning()
  )[0];

/** A TERC code's column: a voivodeship (2 digits), a powiat (4) or a gmina (7). */
function territoryCondition(code: string): SQL {
  if (code.length === 2) return eq(staffingNeeds.voivodeshipCode, code);
  if (code.length === 4) return eq(staffingNeeds.powiatCode, code);
  return eq(staffingNeeds.territoryCode, code);
}

export async function searchNeeds(
  db: Executor,
  query: ListStaffingNeedsQuery,
): Promise<{ rows: StaffingNeedListRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (query.status !== 'all') conditions.push(eq(staffingNeeds.status, query.status));
  if (query.institutionId) conditions.push(eq(staffingNeeds.institutionId, query.institutionId));
  if (query.qualificationId) conditions.push(eq(staffingNeeds.qualificationId, query.qualificationId));
  if (query.territory) conditions.push(territoryCondition(query.territory));
  const q = query.q ? toSearchable(query.q) : '';
  if (q)
    conditions.push(
      or(
        like(institutions.searchName, `%${escapeLike(q)}%`),
        like(qualifications.searchName, `%${escapeLike(q)}%`),
        sql`lower(${staffingNeeds.position}) like ${`%${escapeLike(query.q!.toLowerCase())}%`}`,
      ),
    );
  const where = and(...conditions.filter((c): c is SQL => !!c));
  const rows = await selectRows(db)
    .where(where)
    .orderBy(asc(staffingNeeds.neededFrom), desc(staffingNeeds.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db
    .select({ total: count() })
    .from(staffingNeeds)
    .innerJoin(institutions, eq(institutions.id, staffingNeeds.institutionId))
    .innerJoin(qualifications, eq(qualifications.id, staffingNeeds.qualificationId))
    .where(where);
  return { rows: rows.map(flatten), total: totals?.total ?? 0 };
}

/** Active provider institutions among `ids`, by name: those the actor may declare needs for. */
export const findActiveProviders = (db: Executor, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: institutions.id, name: institutions.name })
        .from(institutions)
        .where(
          and(
            inArray(institutions.id, [...ids]),
            inArray(institutions.type, [...providerInstitutionTypes]),
            eq(institutions.status, 'active'),
          ),
        )
        .orderBy(asc(institutions.searchName));

export const findQualification = async (db: Executor, id: string) =>
  (
    await db
      .select({ id: qualifications.id, status: qualifications.status })
      .from(qualifications)
      .where(eq(qualifications.id, id))
      .limit(1)
  )[0];

export interface DiagnosisRow {
  unitCode: string;
  powiatCode: string;
  qualificationId: string;
  qualificationName: string;
  headcount: number;
  providers: number;
  earliestFrom: string;
}

/**
 * Open needs summed by `by` (the gmina or the powiat) and qualification; providers counted once
 * per unit, so a provider with needs in two gminas of a powiat counts once for the powiat.
 */
export async function sumOpenNeeds(
  db: Executor,
  query: DiagnosisQuery,
  by: 'gmina' | 'powiat',
): Promise<DiagnosisRow[]> {
  const unit = by === 'gmina' ? staffingNeeds.territoryCode : staffingNeeds.powiatCode;
  const conditions = [eq(staffingNeeds.status, 'open'), territoryCondition(query.territory)];
  if (query.qualificationId) conditions.push(eq(staffingNeeds.qualificationId, query.qualificationId));
  const rows = await db
    .select({
      unitCode: unit,
      powiatCode: staffingNeeds.powiatCode,
      qualificationId: staffingNeeds.qualificationId,
      qualificationName: qualifications.name,
      headcount: sum(staffingNeeds.headcount).mapWith(Number),
      providers: sql<number>`count(distinct ${staffingNeeds.institutionId})`.mapWith(Number),
      earliestFrom: min(staffingNeeds.neededFrom),
    })
    .from(staffingNeeds)
    .innerJoin(qualifications, eq(qualifications.id, staffingNeeds.qualificationId))
    .where(and(...conditions))
    .groupBy(unit, staffingNeeds.powiatCode, staffingNeeds.qualificationId, qualifications.name)
    .orderBy(asc(unit), asc(qualifications.name));
  return rows.map((r) => ({ ...r, earliestFrom: r.earliestFrom ?? '' }));
}
