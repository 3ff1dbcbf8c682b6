import { and, asc, count, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { ListParticipantsQuery } from '../../../common/contracts/training-programme';
import { programmeRules } from '../../../common/contracts/training-programme';
import { escapeLike, toSearchable } from '../../../common/text';
import { type Executor, qualified } from '../../platform/db';
import { institutions } from '../institutions';
import {
  advisorySessions,
  editionMembers,
  studyVisits,
  trainingEditions,
  trainingParticipants,
  trainingPeople,
  trainingProgrammes,
} from './training-programme.table';

export type ProgrammeRow = typeof trainingProgrammes.$inferSelect;
export type ParticipantRow = typeof trainingParticipants.$inferSelect;
export type PersonRow = typeof trainingPeople.$inferSelect;
export type EditionRow = typeof trainingEditions.$inferSelect;
export type MemberRow = typeof editionMembers.$inferSelect;
export type AdvisoryRow = typeof advisorySessions.$inferSelect;
export type VisitRow = typeof studyVisits.$inferSelect;

/** The JST of a participant, as the pages show it. */
export interface JstRef {
  id: string;
  name: string;
  type: (typeof institutions.$inferSelect)['type'];
  territoryCode: string;
}
export type ParticipantListRow = ParticipantRow & { jst: JstRef; advisoryMinutes: number };

export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const one = <T>(rows: T[]): T | undefined => rows[0];

export const findProgrammeRow = async (db: Executor, id: string, lock = false) => {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, id)).limit(1);
  return one(await (lock ? query.for('update') : query));
};

export const insertProgramme = async (db: Executor, row: typeof trainingProgrammes.$inferInsert) =>
  (await db.insert(trainingProgrammes).values(row).returning())[0]!;

/**
 * One page of programmes. `visibleTo` are the institutions whose programmes the actor sees (as
 * operator or as a participating JST); null: all, for the platform administrator.
 */
export async function searchProgrammes(
  db: Executor,
  query: { q?: string | undefined; page: number; pageSize: number },
  visibleTo: readonly string[] | null,
): Promise<{ rows: (ProgrammeRow & { enrolled: number })[]; total: number }> {
  const conditions: SQL[] = [];
  if (visibleTo) {
    const ids = visibleTo.length ? [...visibleTo] : ['00000000-0000-0000-0000-000000000000'];
    conditions.push(
      or(
        inArray(trainingProgrammes.operatorInstitutionId, ids),
        inArray(
          trainingProgrammes.id,
          db
            .select({ id: trainingParticipants.programmeId })
            .from(trainingParticipants)
            .where(inArray(trainingParticipants.jstInstitutionId, ids)),
        ),
      )!,
    );
  }
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(trainingProgrammes.searchName, `%${escapeLike(q)}%`));
  const where = conditions.length ? and(...conditions) : undefined;
  const enrolled = db
    .select({ programmeId: trainingParticipants.programmeId, n: count().as('n') })
    .from(trainingParticipants)
    .groupBy(trainingParticipants.programmeId)
    .as('enrolled');
  const [rows, totals] = await Promise.all([
    db
      .select({ row: trainingProgrammes, enrolled: sql<number>`coalesce(${enrolled.n}, 0)`.mapWith(Number) })
      .from(trainingProgrammes)
      .leftJoin(enrolled, eq(enrolled.programmeId, trainingProgrammes.id))
      .where(where)
      .orderBy(desc(trainingProgrammes.startsOn), asc(trainingProgrammes.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(trainingProgrammes).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.row, enrolled: r.enrolled })), total: totals[0]?.total ?? 0 };
}

export const countParticipants = async (db: Executor, programmeId: string) =>
  (
    await db
      .select({ n: count() })
      .from(trainingParticipants)
      .where(eq(trainingParticipants.programmeId, programmeId))
  )[0]?.n ?? 0;

const jstColumns = {
  id: institutions.id,
  name: institutions.name,
  type: institutions.type,
  territoryCode: institutions.territoryCode,
};

/** The JST's advisory so far, summed from its sessions (a handful per JST). */
const advisoryMinutes = sql<number>`(select coalesce(sum(s.minutes), 0)::int from ${advisorySessions} s where s.participant_id = ${qualified(trainingParticipants.id)})`;

const selectParticipants = (db: Executor) =>
  db
    .select({ row: trainingParticipants, jst: jstColumns, advisoryMinutes })
    .from(trainingParticipants)
    .innerJoin(institutions, eq(institutions.id, trainingParticipants.jstInstitutionId));

const flatten = (r: { row: ParticipantRow; jst: JstRef; advisoryMinutes: number }): ParticipantListRow => ({
  ...r.row,
  jst: r.jst,
  advisoryMinutes: r.advisoryMinutes,
});

/** The list's filters; `onlyJsts` narrows a JST's view to its own rows. */
function participantFilters(
  programmeId: string,
  query: Omit<ListParticipantsQuery, 'page' | 'pageSize'>,
  onlyJsts: readonly string[] | null,
): SQL {
  const conditions: SQL[] = [eq(trainingParticipants.programmeId, programmeId)];
  if (onlyJsts)
    conditions.push(
      onlyJsts.length ? inArray(trainingParticipants.jstInstitutionId, [...onlyJsts]) : sql`false`,
    );
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(trainingParticipants.searchName, `%${escapeLike(q)}%`));
  if (query.voivodeship) conditions.push(eq(trainingParticipants.voivodeshipCode, query.voivodeship));
  if (query.priority) conditions.push(eq(trainingParticipants.priority, query.priority === 'yes'));
  if (query.minimumMet === 'yes')
    conditions.push(sql`${advisoryMinutes} >= ${programmeRules.advisoryMinimumMinutes}`);
  if (query.minimumMet === 'no')
    conditions.push(sql`${advisoryMinutes} < ${programmeRules.advisoryMinimumMinutes}`);
  return and(...conditions)!;
}

/** One page of participants in the recruitment order: the least commissioning first. */
export async function searchParticipants(
  db: Executor,
  programmeId: string,
  query: ListParticipantsQuery,
  onlyJsts: readonly string[] | null,
): Promise<{ rows: ParticipantListRow[]; total: number }> {
  const where = participantFilters(programmeId, query, onlyJsts);
  const [rows, totals] = await Promise.all([
    selectParticipants(db)
      .where(where)
      .orderBy(
        desc(trainingParticipants.priority),
        asc(trainingParticipants.priorityScore),
        asc(trainingParticipants.searchName),
        asc(trainingParticipants.id),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(trainingParticipants).where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.total ?? 0 };
}

/** Every participant of the programme (a few hundred at most), for progress and pickers. */
export const findAllParticipants = async (db: Executor, programmeId: string): Promise<ParticipantListRow[]> =>
  (
    await selectParticipants(db)
      .where(eq(trainingParticipants.programmeId, programmeId))
      .orderBy(asc(trainingParticipants.searchName))
  ).map(flatten);

export const findParticipant = async (
  db: Executor,
  programmeId: string,
  id: string,
  lock = false,
): Promise<ParticipantListRow | undefined> => {
  if (!isUuid(id)) return undefined;
  const query = selectParticipants(db)
    .where(and(eq(trainingParticipants.id, id), eq(trainingParticipants.programmeId, programmeId)))
    .limit(1);
  return (await (lock ? query.for('update', { of: trainingParticipants }) : query)).map(flatten)[0];
};

export const findParticipantByJst = async (db: Executor, programmeId: string, jstId: string) =>
  one(
    await db
      .select()
      .from(trainingParticipants)
      .where(
        and(
          eq(trainingParticipants.programmeId, programmeId),
          eq(trainingParticipants.jstInstitutionId, jstId),
        ),
      )
      .limit(1),
  );

export const insertParticipant = async (db: Executor, row: typeof trainingParticipants.$inferInsert) =>
  (await db.insert(trainingParticipants).values(row).returning())[0]!;

/** Writes only at the version the caller read; undefined means someone was first. */
export const updateParticipantAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<typeof trainingParticipants.$inferInsert>,
) =>
  one(
    await db
      .update(trainingParticipants)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(trainingParticipants.id, id), eq(trainingParticipants.version, version)))
      .returning(),
  );

/** The active people of the participants, with whether each completed a training. */
export async function findPeople(
  db: Executor,
  participantIds: readonly string[],
): Promise<(PersonRow & { completed: boolean })[]> {
  if (participantIds.length === 0) return [];
  const completed = db
    .selectDistinct({ personId: editionMembers.personId })
    .from(editionMembers)
    .where(eq(editionMembers.completed, true))
    .as('completed');
  const rows = await db
    .select({ row: trainingPeople, completedId: completed.personId })
    .from(trainingPeople)
    .leftJoin(completed, eq(completed.personId, trainingPeople.id))
    .where(and(inArray(trainingPeople.participantId, [...participantIds]), eq(trainingPeople.active, true)))
    .orderBy(asc(trainingPeople.createdAt), asc(trainingPeople.id));
  return rows.map((r) => ({ ...r.row, completed: r.completedId !== null }));
}

export const findPeopleByIds = (db: Executor, ids: readonly string[]): Promise<PersonRow[]> =>
  ids.length
    ? db
        .select()
        .from(trainingPeople)
        .where(inArray(trainingPeople.id, [...ids]))
    : Promise.resolve([]);

export const insertPeople = (db: Executor, rows: (typeof trainingPeople.$inferInsert)[]) =>
  rows.length ? db.insert(trainingPeople).values(rows).returning() : Promise.resolve([]);

export const updatePerson = (
  db: Executor,
  id: string,
  changes: Partial<typeof trainingPeople.$inferInsert>,
) =>
  db
    .update(trainingPeople)
    .set({ ...changes, updatedAt: new Date(), version: sql`${trainingPeople.version} + 1` })
    .where(eq(trainingPeople.id, id));

export const findEditions = (db: Executor, programmeId: string): Promise<EditionRow[]> =>
  db
    .select()
    .from(trainingEditions)
    .where(eq(trainingEditions.programmeId, programmeId))
    .orderBy(asc(trainingEditions.createdAt), asc(trainingEditions.id));

export const findEdition = async (db: Executor, programmeId: string, id: string, lock = false) => {
  if (!isUuid(id)) return undefined;
  const query = db
    .select()
    .from(trainingEditions)
    .where(and(eq(trainingEditions.id, id), eq(trainingEditions.programmeId, programmeId)))
    .limit(1);
  return one(await (lock ? query.for('update') : query));
};

export const insertEdition = async (db: Executor, row: typeof trainingEditions.$inferInsert) =>
  (await db.insert(trainingEditions).values(row).returning())[0]!;

export const bumpEdition = async (db: Executor, id: string, version: number) =>
  one(
    await db
      .update(trainingEditions)
      .set({ version: version + 1, updatedAt: new Date() })
      .where(and(eq(trainingEditions.id, id), eq(trainingEditions.version, version)))
      .returning(),
  );

export const findMembers = (db: Executor, editionIds: readonly string[]): Promise<MemberRow[]> =>
  editionIds.length
    ? db
        .select()
        .from(editionMembers)
        .where(inArray(editionMembers.editionId, [...editionIds]))
        .orderBy(asc(editionMembers.createdAt), asc(editionMembers.id))
    : Promise.resolve([]);

export const insertMembers = (db: Executor, rows: (typeof editionMembers.$inferInsert)[]) =>
  rows.length ? db.insert(editionMembers).values(rows).returning() : Promise.resolve([]);

export const updateMemberAttendance = (
  db: Executor,
  id: string,
  attendance: (boolean | null)[],
  completed: boolean,
) =>
  db
    .update(editionMembers)
    .set({ attendance, completed, updatedAt: new Date(), version: sql`${editionMembers.version} + 1` })
    .where(eq(editionMembers.id, id));

export const findAdvisory = (
  db: Executor,
  programmeId: string,
  participantIds: readonly string[] | null,
): Promise<AdvisoryRow[]> => {
  const conditions: SQL[] = [eq(advisorySessions.programmeId, programmeId)];
  if (participantIds)
    conditions.push(
      participantIds.length ? inArray(advisorySessions.participantId, [...participantIds]) : sql`false`,
    );
  return db
    .select()
    .from(advisorySessions)
    .where(and(...conditions))
    .orderBy(desc(advisorySessions.heldOn), desc(advisorySessions.createdAt));
};

export const findAdvisorySession = async (db: Executor, programmeId: string, id: string) =>
  isUuid(id)
    ? one(
        await db
          .select()
          .from(advisorySessions)
          .where(and(eq(advisorySessions.id, id), eq(advisorySessions.programmeId, programmeId)))
          .limit(1)
          .for('update'),
      )
    : undefined;

export const insertAdvisory = async (db: Executor, row: typeof advisorySessions.$inferInsert) =>
  (await db.insert(advisorySessions).values(row).returning())[0]!;

export const deleteAdvisoryAtVersion = async (db: Executor, id: string, version: number) =>
  one(
    await db
      .delete(advisorySessions)
      .where(and(eq(advisorySessions.id, id), eq(advisorySessions.version, version)))
      .returning(),
  );

export const findVisits = (db: Executor, programmeId: string): Promise<VisitRow[]> =>
  db
    .select()
    .from(studyVisits)
    .where(eq(studyVisits.programmeId, programmeId))
    .orderBy(desc(studyVisits.visitedOn), desc(studyVisits.createdAt));

export const insertVisit = async (db: Executor, row: typeof studyVisits.$inferInsert) =>
  (await db.insert(studyVisits).values(row).returning())[0]!;

/** Names of institutions (hosts, operators), by id. */
export async function institutionNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(inArray(institutions.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
