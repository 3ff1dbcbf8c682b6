import { and, asc, count, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { ListPilotsQuery } from '../../../common/contracts/pilots';
import { escapeLike, toSearchable } from '../../../common/text';
import { type Executor, qualified } from '../../platform/db';
import { users } from '../accounts';
import { institutions } from '../institutions';
import {
  pilotCandidates,
  pilotCaretakers,
  pilotExperts,
  pilotOutcomeAssessments,
  pilotQualityReviews,
  pilotSiteReports,
  pilots,
} from './pilot.table';

export type PilotRow = typeof pilots.$inferSelect;
export type PilotInsert = typeof pilots.$inferInsert;
export type CandidateRow = typeof pilotCandidates.$inferSelect;
export type CandidateInsert = typeof pilotCandidates.$inferInsert;
export type ExpertRow = typeof pilotExperts.$inferSelect;
export type CaretakerRow = typeof pilotCaretakers.$inferSelect;
export type SiteReportRow = typeof pilotSiteReports.$inferSelect;
export type QualityReviewRow = typeof pilotQualityReviews.$inferSelect;
export type OutcomeAssessmentRow = typeof pilotOutcomeAssessments.$inferSelect;

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const findPilotRow = async (db: Executor, id: string): Promise<PilotRow | undefined> =>
  isUuid(id) ? (await db.select().from(pilots).where(eq(pilots.id, id)).limit(1))[0] : undefined;

/** The pilot locked for the rest of the transaction: choosing and assigning must not interleave. */
export const lockPilotRow = async (db: Executor, id: string): Promise<PilotRow | undefined> =>
  isUuid(id) ? (await db.select().from(pilots).where(eq(pilots.id, id)).for('update'))[0] : undefined;

export const insertPilot = async (db: Executor, values: PilotInsert) =>
  (await db.insert(pilots).values(values).returning())[0]!;

export const updatePilotAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<PilotInsert>,
): Promise<PilotRow | undefined> =>
  (
    await db
      .update(pilots)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(pilots.id, id), eq(pilots.version, version)))
      .returning()
  )[0];

/** A page of pilots with their candidate and chosen counts; pilots' cards are public in the platform. */
export async function searchPilots(db: Executor, query: ListPilotsQuery) {
  const conditions: SQL[] = [];
  if (query.state !== 'all') conditions.push(eq(pilots.state, query.state));
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(pilots.searchName, `%${escapeLike(q)}%`));
  const where = and(...conditions);
  const rows = await db
    .select({
      pilot: pilots,
      candidatesCount: sql<number>`(select count(*)::int from ${pilotCandidates} c where c.pilot_id = ${qualified(pilots.id)})`,
      chosenCount: sql<number>`(select count(*)::int from ${pilotCandidates} c where c.pilot_id = ${qualified(pilots.id)} and c.state = 'chosen')`,
    })
    .from(pilots)
    .where(where)
    .orderBy(desc(pilots.testingStartsOn), asc(pilots.searchName), asc(pilots.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db.select({ total: count() }).from(pilots).where(where);
  return { rows, total: totals?.total ?? 0 };
}

export const findCandidates = (db: Executor, pilotId: string) =>
  db
    .select()
    .from(pilotCandidates)
    .where(eq(pilotCandidates.pilotId, pilotId))
    .orderBy(asc(pilotCandidates.createdAt));

export const findCandidate = async (db: Executor, pilotId: string, id: string) =>
  isUuid(id)
    ? (
        await db
          .select()
          .from(pilotCandidates)
          .where(and(eq(pilotCandidates.pilotId, pilotId), eq(pilotCandidates.id, id)))
      )[0]
    : undefined;

export const insertCandidate = async (db: Executor, values: CandidateInsert) =>
  (await db.insert(pilotCandidates).values(values).returning())[0]!;

export const updateCandidateAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<CandidateInsert>,
): Promise<CandidateRow | undefined> =>
  (
    await db
      .update(pilotCandidates)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(pilotCandidates.id, id), eq(pilotCandidates.version, version)))
      .returning()
  )[0];

export const setCandidateStates = async (db: Executor, ids: string[], state: CandidateRow['state']) => {
  if (ids.length === 0) return;
  await db
    .update(pilotCandidates)
    .set({ state, version: sql`${pilotCandidates.version} + 1`, updatedAt: new Date() })
    .where(inArray(pilotCandidates.id, ids));
};

export const findExperts = (db: Executor, pilotId: string) =>
  db.select().from(pilotExperts).where(eq(pilotExperts.pilotId, pilotId)).orderBy(asc(pilotExperts.name));

export const findExpert = async (db: Executor, pilotId: string, id: string) =>
  isUuid(id)
    ? (
        await db
          .select()
          .from(pilotExperts)
          .where(and(eq(pilotExperts.pilotId, pilotId), eq(pilotExperts.id, id)))
      )[0]
    : undefined;

export const insertExpert = async (db: Executor, values: typeof pilotExperts.$inferInsert) =>
  (await db.insert(pilotExperts).values(values).returning())[0]!;

export const updateExpertAttendance = async (
  db: Executor,
  id: string,
  version: number,
  attendedDays: number[],
) =>
  (
    await db
      .update(pilotExperts)
      .set({ attendedDays, version: version + 1, updatedAt: new Date() })
      .where(and(eq(pilotExperts.id, id), eq(pilotExperts.version, version)))
      .returning()
  )[0];

export const findCaretakers = (db: Executor, pilotId: string) =>
  db
    .select()
    .from(pilotCaretakers)
    .where(eq(pilotCaretakers.pilotId, pilotId))
    .orderBy(asc(pilotCaretakers.createdAt));

export const insertCaretaker = async (db: Executor, values: typeof pilotCaretakers.$inferInsert) =>
  (await db.insert(pilotCaretakers).values(values).returning())[0]!;

export const deleteCaretaker = async (db: Executor, pilotId: string, id: string) =>
  isUuid(id)
    ? (
        await db
          .delete(pilotCaretakers)
          .where(and(eq(pilotCaretakers.pilotId, pilotId), eq(pilotCaretakers.id, id)))
          .returning()
      )[0]
    : undefined;

export const findSiteReports = (db: Executor, pilotId: string) =>
  db
    .select()
    .from(pilotSiteReports)
    .where(eq(pilotSiteReports.pilotId, pilotId))
    .orderBy(asc(pilotSiteReports.month), asc(pilotSiteReports.createdAt));

export const insertSiteReport = async (db: Executor, values: typeof pilotSiteReports.$inferInsert) =>
  (await db.insert(pilotSiteReports).values(values).returning())[0]!;

export const findQualityReviews = (db: Executor, pilotId: string) =>
  db
    .select()
    .from(pilotQualityReviews)
    .where(eq(pilotQualityReviews.pilotId, pilotId))
    .orderBy(desc(pilotQualityReviews.reviewedOn), desc(pilotQualityReviews.createdAt));

export const insertQualityReview = async (db: Executor, values: typeof pilotQualityReviews.$inferInsert) =>
  (await db.insert(pilotQualityReviews).values(values).returning())[0]!;

export const findOutcomeAssessments = (db: Executor, pilotId: string) =>
  db
    .select()
    .from(pilotOutcomeAssessments)
    .where(eq(pilotOutcomeAssessments.pilotId, pilotId))
    .orderBy(desc(pilotOutcomeAssessments.assessedOn), desc(pilotOutcomeAssessments.createdAt));

export const insertOutcomeAssessment = async (
  db: Executor,
  values: typeof pilotOutcomeAssessments.$inferInsert,
) => (await db.insert(pilotOutcomeAssessments).values(values).returning())[0]!;

export const findInstitutionRefs = async (db: Executor, ids: readonly string[]) =>
  new Map(
    (ids.length === 0
      ? []
      : await db
          .select({
            id: institutions.id,
            name: institutions.name,
            type: institutions.type,
            status: institutions.status,
          })
          .from(institutions)
          .where(inArray(institutions.id, [...new Set(ids)]))
    ).map((r) => [r.id, r]),
  );

export const findUserRefs = async (db: Executor, ids: readonly string[]) =>
  new Map(
    (ids.length === 0
      ? []
      : await db
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(inArray(users.id, [...new Set(ids)]))
    ).map((r) => [r.id, r]),
  );

/** An active user account by e-mail, for the pilot-level roles. */
export const findActiveUserByEmail = async (db: Executor, email: string) =>
  (
    await db
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.status, 'active')))
      .limit(1)
  )[0];
