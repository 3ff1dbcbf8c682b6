import type { AttentionItem } from '../../../common/contracts/attention';
import { groupOutcomes } from '../../../common/contracts/cooperation-groups';
import {
  type ListPeriodSummariesQuery,
  listPeriodSummariesQuery,
  type PeriodSummaryCounts,
  type PeriodSummaryListResponse,
  type PeriodSummaryView,
  previousQuarter,
  quarterOf,
  quarterPeriod,
} from '../../../common/contracts/cooperation-summaries';
import { warsawToday } from '../../../common/contracts/partnership-plan';
import { recordAudit } from '../../platform/audit';
import { type Actor, type Ctx, hasPermission, requireActor } from '../../platform/authz';
import { notFound, parse } from '../../platform/errors';
import { canReadMayorSummary } from './cooperation-group.policy';
import { summaryPdf } from './group-pdfs';
import {
  countedQuarters,
  findPeriodSummary,
  firstAuthorisationDay,
  gminaGovernments,
  insertPeriodSummary,
  markPeriodSummaryOpened,
  type PeriodSummaryRowWithOpened,
  searchPeriodSummaries,
  unopenedSummariesOf,
} from './period-summary.repository';
import { summaryCounts } from './report.repository';

/**
 * The mayor's periodic summary: per closed quarter, counted once and kept.
 *
 * Why a snapshot and not a count on every reading: the summary is an official record the mayor's
 * office files; counting again later would change a filed quarter whenever a task's status or a
 * group's closure is corrected. Why lazily, on the first reading after the quarter ended (the
 * list, a summary, or the home page of one of the gmina's people): so that no scheduler has to
 * run at midnight of the quarter's end; the counts are cut off at the quarter's last day anyway,
 * so a later first reading counts the same quarter. At most the last {@link BACKFILL} quarters
 * are counted on a gmina's first reading, from the first authorisation it granted.
 */
const BACKFILL = 8;

const key = (q: { year: number; quarter: number }) => `${q.year}-${q.quarter}`;
const before = (a: { year: number; quarter: number }, b: { year: number; quarter: number }) =>
  a.year < b.year || (a.year === b.year && a.quarter < b.quarter);

/** The last quarter that has ended, as of today in Warsaw. */
export const lastClosedQuarter = (today = warsawToday()) => previousQuarter(quarterOf(today));

function countsOf(c: Awaited<ReturnType<typeof summaryCounts>>): PeriodSummaryCounts {
  const closedByOutcome = Object.fromEntries(
    groupOutcomes.map((o) => [o, c.closedByOutcome[o] ?? 0]),
  ) as PeriodSummaryCounts['groups']['closedByOutcome'];
  return {
    groups: {
      convened: c.convened,
      active: c.active,
      closed: Object.values(closedByOutcome).reduce((a, b) => a + b, 0),
      closedByOutcome,
    },
    tasks: { done: c.tasksDone, overdue: c.tasksOverdue },
  };
}

/** Counts and keeps the gmina's closed quarters not counted yet. */
async function ensureSummaries(ctx: Ctx, jstId: string, today = warsawToday()) {
  const first = await firstAuthorisationDay(ctx.db, jstId);
  if (!first) return;
  const last = lastClosedQuarter(today);
  let earliest = last;
  for (let n = 1; n < BACKFILL; n++) earliest = previousQuarter(earliest);
  let q = quarterOf(first);
  if (before(q, earliest)) q = earliest;
  const counted = await countedQuarters(ctx.db, jstId);
  for (
    ;
    !before(last, q);
    q = q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { ...q, quarter: q.quarter + 1 }
  ) {
    if (counted.has(key(q))) continue;
    const { from, to } = quarterPeriod(q.year, q.quarter);
    const counts = countsOf(await summaryCounts(ctx.db, jstId, { from, to, today }));
    const row = await insertPeriodSummary(ctx.db, {
      jstInstitutionId: jstId,
      year: q.year,
      quarter: q.quarter,
      periodFrom: from,
      periodTo: to,
      counts,
    });
    if (row)
      await recordAudit(ctx, {
        action: 'cooperationGroup.periodSummary.count',
        entityType: 'cooperationPeriodSummary',
        entityId: row.id,
        institutionId: jstId,
        changes: { year: q.year, quarter: q.quarter, ...counts.groups, tasks: counts.tasks },
      });
  }
}

/** The gmina governments the actor works at (and may read the summary of). */
async function gminasOf(ctx: Ctx & { actor: Actor }) {
  const ids = ctx.actor.memberships
    .filter((m) => hasPermission(ctx.actor, 'cooperationGroups.read', m.institutionId))
    .map((m) => m.institutionId);
  return gminaGovernments(ctx.db, ids);
}

const present = (row: PeriodSummaryRowWithOpened, jst: { id: string; name: string }): PeriodSummaryView => ({
  id: row.id,
  jst,
  year: row.year,
  quarter: row.quarter,
  from: row.periodFrom,
  to: row.periodTo,
  countedAt: row.countedAt.toISOString(),
  opened: row.opened,
  ...row.counts,
});

/**
 * The summaries of one gmina the actor works at (its first unless one is named; one it does not
 * work at is 404, except to the platform administrator), counting the closed quarters not yet kept.
 */
export async function listPeriodSummaries(
  ctx: Ctx,
  input: Partial<ListPeriodSummariesQuery>,
): Promise<PeriodSummaryListResponse> {
  const query = parse(listPeriodSummariesQuery, input);
  requireActor(ctx);
  const options = await gminasOf(ctx);
  const chosenId = query.jstInstitutionId ?? options[0]?.id;
  let jst = options.find((o) => o.id === chosenId) ?? null;
  if (!jst && chosenId && ctx.actor.isPlatformAdmin)
    jst = (await gminaGovernments(ctx.db, [chosenId]))[0] ?? null;
  if (query.jstInstitutionId && (!jst || !canReadMayorSummary(ctx.actor, jst.id))) throw notFound();
  const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize, jst, options };
  if (!jst) return empty;
  await ensureSummaries(ctx, jst.id);
  const { rows, total } = await searchPeriodSummaries(ctx.db, jst.id, ctx.actor.userId, query);
  return { ...empty, items: rows.map((r) => present(r, jst)), total };
}

/** One summary, for the gmina's people only (404 to others); opening it takes it off their home page. */
export async function getPeriodSummary(ctx: Ctx, id: string): Promise<PeriodSummaryView> {
  requireActor(ctx);
  const row = await findPeriodSummary(ctx.db, id, ctx.actor.userId);
  if (!row || !canReadMayorSummary(ctx.actor, row.jstInstitutionId)) throw notFound();
  const [jst] = await gminaGovernments(ctx.db, [row.jstInstitutionId]);
  if (!row.opened && !ctx.actor.isPlatformAdmin)
    await markPeriodSummaryOpened(ctx.db, row.id, ctx.actor.userId);
  return present({ ...row, opened: true }, jst ?? { id: row.jstInstitutionId, name: '' });
}

/** The summary as the mayor's office files it: the same document as the on-demand one, for the quarter. */
export async function periodSummaryPdf(ctx: Ctx, id: string) {
  const view = await getPeriodSummary(ctx, id);
  return {
    pdf: await summaryPdf({
      jst: view.jst,
      options: [],
      from: view.from,
      to: view.to,
      groups: view.groups,
      tasks: view.tasks,
      generatedAt: view.countedAt,
    }),
    fileName: `Informacja GGK ${view.year} kw. ${view.quarter}.pdf`,
  };
}

/**
 * The home page's line for the gmina's people: the last closed quarter's summary, until they open
 * it. Reading the home page after a quarter ended is what counts the quarter (see above).
 */
export async function periodSummaryAttention(ctx: Ctx): Promise<AttentionItem[]> {
  requireActor(ctx);
  if (ctx.actor.isPlatformAdmin) return [];
  const gminas = await gminasOf(ctx);
  if (gminas.length === 0) return [];
  for (const g of gminas) await ensureSummaries(ctx, g.id);
  const rows = await unopenedSummariesOf(
    ctx.db,
    gminas.map((g) => g.id),
    ctx.actor.userId,
    lastClosedQuarter(),
  );
  return rows.map((r) => ({
    kind: 'cooperationSummaryReady' as const,
    count: 1,
    institutionId: r.jstInstitutionId,
    institutionName: gminas.find((g) => g.id === r.jstInstitutionId)?.name ?? null,
    cooperationSummary: { id: r.id, year: r.year, quarter: r.quarter },
  }));
}
