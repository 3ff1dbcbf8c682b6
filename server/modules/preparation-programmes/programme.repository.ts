import { and, asc, count, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { ListMatchesQuery, ListProgrammesQuery } from '../../../common/contracts/preparation-programmes';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { qualifications } from '../social-services';
import { staffingNeeds } from '../staffing-needs';
import { preparationProgrammes, programmeMatches, programmeParticipants } from './programme.table';

export type ProgrammeRow = typeof preparationProgrammes.$inferSelect;
export type ProgrammeInsert = typeof preparationProgrammes.$inferInsert;
export type ParticipantRow = typeof programmeParticipants.$inferSelect;
export type ParticipantInsert = typeof programmeParticipants.$inferInsert;
export type MatchRow = typeof programmeMatches.$inferSelect;
export type MatchInsert = typeof programmeMatches.$inferInsert;

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const findProgrammeRow = async (db: Executor, id: string): Promise<ProgrammeRow | undefined> =>
  isUuid(id)
    ? (await db.select().from(preparationProgrammes).where(eq(preparationProgrammes.id, id)).limit(1))[0]
    : undefined;

export const insertProgramme = async (db: Executor, values: ProgrammeInsert): Promise<ProgrammeRow> =>
  (await db.insert(preparationProgrammes).values(values).returning())[0]!;

export const updateProgrammeAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ProgrammeInsert>,
): Promise<ProgrammeRow | undefined> =>
  (
    await db
      .update(preparationProgrammes)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(preparationProgrammes.id, id), eq(preparationProgrammes.version, version)))
      .returning()
  )[0];

export async function searchProgrammes(
  db: Executor,
  query: ListProgrammesQuery,
): Promise<{ rows: ProgrammeRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (query.state !== 'all') conditions.push(eq(preparationProgrammes.state, query.state));
  if (query.kind) conditions.push(eq(preparationProgrammes.kind, query.kind));
  if (query.institutionId) conditions.push(eq(preparationProgrammes.institutionId, query.institutionId));
  if (query.qualificationId)
    conditions.push(
      sql`${preparationProgrammes.qualificationIds} @> ${JSON.stringify([query.qualificationId])}::jsonb`,
    );
  const q = query.q ? toSearchable(query.q) : '';
  if (q)
    conditions.push(
      or(
        like(preparationProgrammes.searchTitle, `%${escapeLike(q)}%`),
        like(institutions.searchName, `%${escapeLike(q)}%`),
      ),
    );
  const where = and(...conditions.filter((c): c is SQL => !!c));
  const rows = await db
    .select({ row: preparationProgrammes })
    .from(preparationProgrammes)
    .innerJoin(institutions, eq(institutions.id, preparationProgrammes.institutionId))
    .where(where)
    .orderBy(desc(preparationProgrammes.startsOn), desc(preparationProgrammes.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db
    .select({ total: count() })
    .from(preparationProgrammes)
    .innerJoin(institutions, eq(institutions.id, preparationProgrammes.institutionId))
    .where(where);
  return { rows: rows.map((r) => r.row), total: totals?.total ?? 0 };
}

export interface ProgrammeCounts {
  enrolled: number;
  inProgress: number;
  graduated: number;
  droppedOut: number;
  matched: number;
  hired: number;
}
const noCounts = (): ProgrammeCounts => ({
  enrolled: 0,
  inProgress: 0,
  graduated: 0,
  droppedOut: 0,
  matched: 0,
  hired: 0,
});

/** Participants per state and matches per programme: the figures everyone may read. */
export async function countsFor(db: Executor, programmeIds: string[]): Promise<Map<string, ProgrammeCounts>> {
  const result = new Map(programmeIds.map((id) => [id, noCounts()]));
  if (programmeIds.length === 0) return result;
  // One after another: `db` may be a transaction, whose one connection takes one query at a time.
  const states = await db
    .select({
      programmeId: programmeParticipants.programmeId,
      state: programmeParticipants.state,
      n: count(),
    })
    .from(programmeParticipants)
    .where(inArray(programmeParticipants.programmeId, programmeIds))
    .groupBy(programmeParticipants.programmeId, programmeParticipants.state);
  const matches = await db
    .select({ programmeId: programmeMatches.programmeId, result: programmeMatches.result, n: count() })
    .from(programmeMatches)
    .where(inArray(programmeMatches.programmeId, programmeIds))
    .groupBy(programmeMatches.programmeId, programmeMatches.result);
  for (const s of states) result.get(s.programmeId)![s.state] = s.n;
  for (const m of matches) {
    const c = result.get(m.programmeId)!;
    if (m.result !== 'withdrawn') c.matched += m.n;
    if (m.result === 'hired') c.hired += m.n;
  }
  return result;
}

export const findParticipants = (db: Executor, programmeId: string): Promise<ParticipantRow[]> =>
  db
    .select()
    .from(programmeParticipants)
    .where(eq(programmeParticipants.programmeId, programmeId))
    .orderBy(asc(programmeParticipants.createdAt), asc(programmeParticipants.id));

export const findParticipantRow = async (
  db: Executor,
  programmeId: string,
  id: string,
): Promise<ParticipantRow | undefined> =>
  isUuid(id)
    ? (
        await db
          .select()
          .from(programmeParticipants)
          .where(and(eq(programmeParticipants.id, id), eq(programmeParticipants.programmeId, programmeId)))
          .limit(1)
      )[0]
    : undefined;

export const insertParticipant = async (db: Executor, values: ParticipantInsert): Promise<ParticipantRow> =>
  (await db.insert(programmeParticipants).values(values).returning())[0]!;

export const updateParticipantAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<ParticipantInsert>,
): Promise<ParticipantRow | undefined> =>
  (
    await db
      .update(programmeParticipants)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(programmeParticipants.id, id), eq(programmeParticipants.version, version)))
      .returning()
  )[0];

/** A match with what its view and policy need: the programme's institution, title and kind, the label. */
export type MatchListRow = MatchRow & {
  programme: { id: string; title: string; kind: ProgrammeRow['kind']; institutionId: string };
  participantLabel: string;
};

const selectMatches = (db: Executor) =>
  db
    .select({
      row: programmeMatches,
      programme: {
        id: preparationProgrammes.id,
        title: preparationProgrammes.title,
        kind: preparationProgrammes.kind,
        institutionId: preparationProgrammes.institutionId,
      },
      participantLabel: programmeParticipants.label,
    })
    .from(programmeMatches)
    .innerJoin(preparationProgrammes, eq(preparationProgrammes.id, programmeMatches.programmeId))
    .innerJoin(programmeParticipants, eq(programmeParticipants.id, programmeMatches.participantId));

const flattenMatch = (r: {
  row: MatchRow;
  programme: MatchListRow['programme'];
  participantLabel: string;
}): MatchListRow => ({ ...r.row, programme: r.programme, participantLabel: r.participantLabel });

export const findMatchRow = async (db: Executor, id: string): Promise<MatchListRow | undefined> =>
  isUuid(id)
    ? (await selectMatches(db).where(eq(programmeMatches.id, id)).limit(1)).map(flattenMatch)[0]
    : undefined;

export const findMatchesOfParticipants = async (db: Executor, ids: string[]): Promise<MatchListRow[]> =>
  ids.length === 0
    ? []
    : (
        await selectMatches(db)
          .where(inArray(programmeMatches.participantId, ids))
          .orderBy(asc(programmeMatches.createdAt))
      ).map(flattenMatch);

export const insertMatch = async (db: Executor, values: MatchInsert): Promise<MatchRow> =>
  (await db.insert(programmeMatches).values(values).returning())[0]!;

export const updateMatchAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<MatchInsert>,
): Promise<MatchRow | undefined> =>
  (
    await db
      .update(programmeMatches)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(programmeMatches.id, id), eq(programmeMatches.version, version)))
      .returning()
  )[0];

/**
 * Matches the actor may see: to needs of `providerIds` or from programmes of `programmeInstitutionIds`
 * (null for the platform administrator: all).
 */
export async function searchMatches(
  db: Executor,
  query: ListMatchesQuery,
  visible: { providerIds: string[]; programmeInstitutionIds: string[] } | null,
): Promise<{ rows: MatchListRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (visible) {
    if (visible.providerIds.length === 0 && visible.programmeInstitutionIds.length === 0)
      return { rows: [], total: 0 };
    conditions.push(
      or(
        visible.providerIds.length
          ? inArray(programmeMatches.providerInstitutionId, visible.providerIds)
          : undefined,
        visible.programmeInstitutionIds.length
          ? inArray(preparationProgrammes.institutionId, visible.programmeInstitutionIds)
          : undefined,
      ),
    );
  }
  if (query.staffingNeedId) conditions.push(eq(programmeMatches.staffingNeedId, query.staffingNeedId));
  if (query.result !== 'all') conditions.push(eq(programmeMatches.result, query.result));
  const where = and(...conditions.filter((c): c is SQL => !!c));
  const rows = await selectMatches(db)
    .where(where)
    .orderBy(desc(programmeMatches.createdAt), desc(programmeMatches.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db
    .select({ total: count() })
    .from(programmeMatches)
    .innerJoin(preparationProgrammes, eq(preparationProgrammes.id, programmeMatches.programmeId))
    .where(where);
  return { rows: rows.map(flattenMatch), total: totals?.total ?? 0 };
}

export interface NeedRef {
  id: string;
  position: string;
  institution: { id: string; name: string };
  qualification: { id: string; name: string };
  headcount: number;
  neededFrom: string;
  territoryCode: string;
  status: string;
  version: number;
  filled: number;
}

const selectNeeds = (db: Executor) =>
  db
    .select({
      id: staffingNeeds.id,
      position: staffingNeeds.position,
      institution: { id: institutions.id, name: institutions.name },
      qualification: { id: qualifications.id, name: qualifications.name },
      headcount: staffingNeeds.headcount,
      neededFrom: staffingNeeds.neededFrom,
      territoryCode: staffingNeeds.territoryCode,
      status: staffingNeeds.status,
      version: staffingNeeds.version,
      filled:
        sql<number>`(select count(*) from ${programmeMatches} m where m.staffing_need_id = ${staffingNeeds.id} and m.result = 'hired')`.mapWith(
          Number,
        ),
    })
    .from(staffingNeeds)
    .innerJoin(institutions, eq(institutions.id, staffingNeeds.institutionId))
    .innerJoin(qualifications, eq(qualifications.id, staffingNeeds.qualificationId));

/** Declared needs by id, with how many of their places graduates filled (hired matches). */
export async function findNeedRefs(db: Executor, ids: string[]): Promise<Map<string, NeedRef>> {
  const unique = [...new Set(ids)].filter(isUuid);
  if (unique.length === 0) return new Map();
  const rows = await selectNeeds(db).where(inArray(staffingNeeds.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Open needs asking for the qualification, those in the programme's territory (a TERC prefix)
 * first, then by when they are needed; at most `limit`.
 */
export const findOpenNeedsFor = (
  db: Executor,
  qualificationId: string,
  territoryCode: string,
  limit: number,
) =>
  selectNeeds(db)
    .where(and(eq(staffingNeeds.status, 'open'), eq(staffingNeeds.qualificationId, qualificationId)))
    .orderBy(
      sql`case when ${staffingNeeds.territoryCode} like ${`${escapeLike(territoryCode)}%`} then 0 else 1 end`,
      asc(staffingNeeds.neededFrom),
      asc(staffingNeeds.id),
    )
    .limit(limit);

/** A need filled to its number is closed as filled, as its provider would close it by hand. */
export const closeNeedAsFilled = async (db: Executor, id: string, version: number) =>
  (
    await db
      .update(staffingNeeds)
      .set({ status: 'filled', version: version + 1, updatedAt: new Date() })
      .where(
        and(eq(staffingNeeds.id, id), eq(staffingNeeds.version, version), eq(staffingNeeds.status, 'open')),
      )
      .returning({ id: staffingNeeds.id })
  )[0];

export async function findQualificationRefs(db: Executor, ids: string[]) {
  const unique = [...new Set(ids)].filter(isUuid);
  if (unique.length === 0) return new Map<string, { id: string; name: string; status: string }>();
  const rows = await db
    .select({ id: qualifications.id, name: qualifications.name, status: qualifications.status })
    .from(qualifications)
    .where(inArray(qualifications.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findInstitutionRefs(db: Executor, ids: string[]) {
  const unique = [...new Set(ids)].filter(isUuid);
  if (unique.length === 0)
    return new Map<
      string,
      { id: string; name: string; type: (typeof institutions.$inferSelect)['type']; status: string }
    >();
  const rows = await db
    .select({
      id: institutions.id,
      name: institutions.name,
      type: institutions.type,
      status: institutions.status,
    })
    .from(institutions)
    .where(inArray(institutions.id, unique))
    .orderBy(asc(institutions.searchName));
  return new Map(rows.map((r) => [r.id, r]));
}
