import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { partnerships } from '../partnerships';
import { persons } from './person.table';
import { personSurveyInvitations as surveys } from './survey.table';

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyInsert = typeof surveys.$inferInsert;

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const insertSurvey = async (db: Executor, row: SurveyInsert): Promise<SurveyRow> =>
  (await db.insert(surveys).values(row).returning())[0]!;

export async function findSurvey(db: Executor, id: string, lock = false): Promise<SurveyRow | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(surveys).where(eq(surveys.id, id)).limit(1);
  return (await (lock ? query.for('update') : query))[0];
}

/** The invitation a code opens: its blind index under any known key. */
export async function findSurveyByCode(db: Executor, hashes: readonly string[], lock = false) {
  const query = db
    .select()
    .from(surveys)
    .where(inArray(surveys.codeHash, [...hashes]))
    .limit(1);
  return (await (lock ? query.for('update') : query))[0];
}

export const findSurveysOfPerson = (db: Executor, personId: string) =>
  db.select().from(surveys).where(eq(surveys.personId, personId)).orderBy(asc(surveys.createdAt));

/** Writes only if the row is still at the version the caller read; undefined means someone was first. */
export const updateSurveyAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<SurveyInsert>,
): Promise<SurveyRow | undefined> =>
  (
    await db
      .update(surveys)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(surveys.id, id), eq(surveys.version, version)))
      .returning()
  )[0];

/** The names the public page may show: the service and the institution that asks, never the person. */
export async function findSurveyHeading(db: Executor, personId: string) {
  const [row] = await db
    .select({ partnershipName: partnerships.name, institutionName: institutions.name })
    .from(persons)
    .innerJoin(partnerships, eq(partnerships.id, persons.partnershipId))
    .innerJoin(institutions, eq(institutions.id, persons.entryInstitutionId))
    .where(eq(persons.id, personId));
  return row;
}

/**
 * A partnership's invitations per milestone and state, with the sums of the answers' ratings:
 * counts only, from this table's non-personal columns.
 */
export function countSurveysOfPartnership(db: Executor, partnershipId: string, today: string) {
  const state = sql<string>`case when ${surveys.state} = 'open' and ${surveys.useBy} < ${today} then 'expired' else ${surveys.state}::text end`;
  return (
    db
      .select({
        milestone: surveys.milestone,
        state,
        n: sql<number>`count(*)::int`,
        useful: sql<number | null>`sum(${surveys.ratingUseful})::int`,
        respectful: sql<number | null>`sum(${surveys.ratingRespectful})::int`,
        onTime: sql<number | null>`sum(${surveys.ratingOnTime})::int`,
      })
      .from(surveys)
      .where(eq(surveys.partnershipId, partnershipId))
      // By position: the state expression carries a parameter, so repeating it would not match the select's.
      .groupBy(sql`1`, sql`2`)
  );
}

/** The encrypted free texts of a partnership's answers, for the monitoring to open and shuffle. */
export const findSurveyTextsOfPartnership = (db: Executor, partnershipId: string) =>
  db
    .select({
      id: surveys.id,
      milestone: surveys.milestone,
      helpedEnc: surveys.helpedEnc,
      changeEnc: surveys.changeEnc,
    })
    .from(surveys)
    .where(and(eq(surveys.partnershipId, partnershipId), isNotNull(surveys.answeredAt)));

/** Anonymisation: the person's own words go, the ratings stay for the statistics. */
export const clearSurveyTexts = async (db: Executor, personId: string) =>
  (
    await db
      .update(surveys)
      .set({
        helpedEnc: null,
        changeEnc: null,
        goalsEnc: null,
        textsClearedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(surveys.personId, personId))
      .returning({ id: surveys.id })
  ).length;

/** The goals the person stated in answered surveys, for the diagnosis' "motivation and own goals". */
export const findStatedGoals = (db: Executor, personId: string) =>
  db
    .select({
      id: surveys.id,
      milestone: surveys.milestone,
      answeredAt: surveys.answeredAt,
      goalsEnc: surveys.goalsEnc,
    })
    .from(surveys)
    .where(and(eq(surveys.personId, personId), isNotNull(surveys.goalsEnc)))
    .orderBy(asc(surveys.answeredAt));
