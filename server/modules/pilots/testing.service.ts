import {
  monthStatus,
  outcomeAssessmentBody,
  qualityReviewBody,
  type SiteReportInput,
  siteReportBody,
  type TestingView,
  testingMonth,
} from '../../../common/contracts/pilots';
import { authorize, type Ctx, inTransaction, requireActor } from '../../platform/authz';
import { type FieldProblem, invalid, isUniqueViolation, notFound, parse } from '../../platform/errors';
import {
  canAssessOutcomes,
  canManagePilot,
  canReviewQuality,
  reportingSites,
  testingAccess,
} from './pilot.policy';
import { chosenSites, type PilotRecord, siteName } from './pilot.presenter';
import {
  findOutcomeAssessments,
  findQualityReviews,
  findSiteReports,
  findUserRefs,
  insertOutcomeAssessment,
  insertQualityReview,
  insertSiteReport,
  type OutcomeAssessmentRow,
  type QualityReviewRow,
  type SiteReportRow,
} from './pilot.repository';
import { audit, loadPilot, loadRecord } from './pilot-record';

/** Today in Poland: reports are due by Polish calendar days. */
export const todayInPoland = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());

/** The pilot's testing record with the names it needs, as far as the actor may see it. */
export interface TestingRecord {
  record: PilotRecord;
  reports: SiteReportRow[];
  reviews: QualityReviewRow[];
  assessments: OutcomeAssessmentRow[];
  users: Map<string, { id: string; displayName: string }>;
  today: string;
}

/**
 * Loads the testing record: all of it for the organiser, the quality specialist and the
 * learning-outcomes expert; a site's own reports and assessments for its staff (no reviews of the
 * experts); 404 to anyone else.
 */
export async function loadTesting(ctx: Ctx, id: string): Promise<TestingRecord> {
  if (!ctx.system) requireActor(ctx);
  const pilot = await loadPilot(ctx, id);
  const record = await loadRecord(ctx, pilot);
  const access = ctx.system ? { all: true as const } : testingAccess(ctx.actor, pilot, chosenSites(record));
  if (!access) throw notFound();
  // One after another: filing a report reads the record back on the transaction's one connection.
  const reports = await findSiteReports(ctx.db, id);
  const reviews = access.all ? await findQualityReviews(ctx.db, id) : [];
  const assessments = await findOutcomeAssessments(ctx.db, id);
  const visible = (candidateId: string) => access.all || access.sites.includes(candidateId);
  const shownReports = reports.filter((r) => visible(r.candidateId));
  const shownAssessments = assessments.filter((a) => visible(a.candidateId));
  const users = await findUserRefs(
    ctx.db,
    [
      ...shownReports.map((r) => r.filedByUserId),
      ...reviews.map((r) => r.reviewerUserId),
      ...shownAssessments.map((a) => a.assessorUserId),
    ].filter((u): u is string => !!u),
  );
  const shownRecord = access.all
    ? record
    : { ...record, candidates: record.candidates.filter((c) => visible(c.id)) };
  return {
    record: shownRecord,
    reports: shownReports,
    reviews,
    assessments: shownAssessments,
    users,
    today: todayInPoland(),
  };
}

export function presentTesting(t: TestingRecord): TestingView {
  const { pilot } = t.record;
  const months = Array.from({ length: pilot.testingMonths }, (_, i) =>
    testingMonth(pilot.testingStartsOn, i + 1),
  );
  const userName = (id: string | null) => (id ? (t.users.get(id)?.displayName ?? '') : '');
  const sites = t.record.candidates.filter((c) => c.state === 'chosen');
  const expertName = new Map(t.record.experts.map((e) => [e.id, e.name]));
  return {
    months,
    grid: sites
      .map((c) => ({
        candidateId: c.id,
        name: siteName(t.record, c.id),
        months: months.map((m) => ({
          month: m.month,
          status: monthStatus(
            m,
            t.reports.find((r) => r.candidateId === c.id && r.month === m.month)?.filedOn ?? null,
            t.today,
          ),
        })),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'pl')),
    reports: t.reports.map((r) => ({
      id: r.id,
      candidateId: r.candidateId,
      siteName: siteName(t.record, r.candidateId),
      month: r.month,
      filedOn: r.filedOn,
      late: r.filedOn > testingMonth(pilot.testingStartsOn, r.month).dueOn,
      modelProducts: r.modelProducts,
      activities: r.activities,
      cooperation: r.cooperation,
      difficulties: r.difficulties,
      proposals: r.proposals,
      filedBy: userName(r.filedByUserId),
    })),
    reviews: t.reviews.map((r) => ({
      id: r.id,
      expert: { id: r.expertId, name: expertName.get(r.expertId) ?? '' },
      reviewedOn: r.reviewedOn,
      score: r.score,
      findings: r.findings,
      recommendations: r.recommendations,
      reviewer: userName(r.reviewerUserId),
    })),
    assessments: t.assessments.map((a) => ({
      id: a.id,
      site: { id: a.candidateId, name: siteName(t.record, a.candidateId) },
      assessedOn: a.assessedOn,
      score: a.score,
      outcomes: a.outcomes,
      recommendations: a.recommendations,
      assessor: userName(a.assessorUserId),
    })),
  };
}

export const getTesting = async (ctx: Ctx, id: string) => presentTesting(await loadTesting(ctx, id));

/**
 * A chosen site's report on one month of the testing period, filed by the site or the organiser.
 * Refused, naming the field: a site not chosen, a month beyond the testing period or not yet
 * begun, a month already reported (one report per site per month).
 */
export async function fileSiteReport(
  ctx: Ctx,
  pilotId: string,
  input: SiteReportInput,
): Promise<TestingView> {
  const body = parse(siteReportBody, input);
  await inTransaction(ctx, async (tctx) => {
    const pilot = await loadPilot(tctx, pilotId);
    const record = await loadRecord(tctx, pilot);
    const chosen = chosenSites(record);
    authorize(
      tctx,
      (actor) => canManagePilot(actor, pilot) || reportingSites(actor, pilot, chosen).length > 0,
    );
    if (!chosen.some((c) => c.id === body.candidateId))
      throw invalid({ field: 'candidateId', id: 'pilot.siteNotChosen' });
    authorize(tctx, (actor) => reportingSites(actor, pilot, chosen).includes(body.candidateId));
    const problems: FieldProblem[] = [];
    const today = todayInPoland();
    if (body.month > pilot.testingMonths)
      problems.push({
        field: 'month',
        id: 'pilot.monthOutsideTesting',
        params: { months: pilot.testingMonths },
      });
    else if (testingMonth(pilot.testingStartsOn, body.month).from > today)
      problems.push({ field: 'month', id: 'pilot.monthNotStarted' });
    const reports = await findSiteReports(tctx.db, pilotId);
    if (reports.some((r) => r.candidateId === body.candidateId && r.month === body.month))
      problems.push({ field: 'month', id: 'pilot.reportDuplicate' });
    if (problems.length) throw invalid(problems);
    try {
      const row = await insertSiteReport(tctx.db, {
        ...body,
        difficulties: body.difficulties ?? null,
        proposals: body.proposals ?? null,
        pilotId,
        filedOn: today,
        filedByUserId: tctx.actor?.userId ?? null,
      });
      await audit(
        tctx,
        pilot,
        { action: 'pilot.fileSiteReport' },
        {
          reportId: row.id,
          candidateId: row.candidateId,
          month: row.month,
        },
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw invalid({ field: 'month', id: 'pilot.reportDuplicate' });
      throw err;
    }
  });
  return getTesting(ctx, pilotId);
}

const notInFuture = (field: string, value: string): FieldProblem[] =>
  value > todayInPoland() ? [{ field, id: 'pilot.dateInFuture' }] : [];

/** The quality specialist's review of one expert's work; nobody else writes it. */
export async function addQualityReview(ctx: Ctx, pilotId: string, input: unknown): Promise<TestingView> {
  const body = parse(qualityReviewBody, input);
  await inTransaction(ctx, async (tctx) => {
    const pilot = await loadPilot(tctx, pilotId);
    authorize(tctx, (actor) => canReviewQuality(actor, pilot));
    const record = await loadRecord(tctx, pilot);
    const problems = notInFuture('reviewedOn', body.reviewedOn);
    if (!record.experts.some((e) => e.id === body.expertId))
      problems.push({ field: 'expertId', id: 'pilot.expertUnknown' });
    if (problems.length) throw invalid(problems);
    const row = await insertQualityReview(tctx.db, {
      ...body,
      recommendations: body.recommendations ?? null,
      pilotId,
      reviewerUserId: tctx.actor?.userId ?? null,
    });
    await audit(
      tctx,
      pilot,
      { action: 'pilot.addQualityReview' },
      {
        reviewId: row.id,
        expertId: row.expertId,
        score: row.score,
      },
    );
  });
  return getTesting(ctx, pilotId);
}

/** The learning-outcomes expert's assessment of a chosen site; nobody else writes it. */
export async function addOutcomeAssessment(ctx: Ctx, pilotId: string, input: unknown): Promise<TestingView> {
  const body = parse(outcomeAssessmentBody, input);
  await inTransaction(ctx, async (tctx) => {
    const pilot = await loadPilot(tctx, pilotId);
    authorize(tctx, (actor) => canAssessOutcomes(actor, pilot));
    const record = await loadRecord(tctx, pilot);
    const problems = notInFuture('assessedOn', body.assessedOn);
    if (!chosenSites(record).some((c) => c.id === body.candidateId))
      problems.push({ field: 'candidateId', id: 'pilot.siteNotChosen' });
    if (problems.length) throw invalid(problems);
    const row = await insertOutcomeAssessment(tctx.db, {
      ...body,
      recommendations: body.recommendations ?? null,
      pilotId,
      assessorUserId: tctx.actor?.userId ?? null,
    });
    await audit(
      tctx,
      pilot,
      { action: 'pilot.addOutcomeAssessment' },
      {
        assessmentId: row.id,
        candidateId: row.candidateId,
        score: row.score,
      },
    );
  });
  return getTesting(ctx, pilotId);
}
