import {
  groupOutcomes,
  type MayorSummary,
  type NeedsReportListResponse,
  type NeedsReportView,
  type SubmitNeedsReportInput,
  type SummaryQuery,
  submitNeedsReportBody,
} from '../../../common/contracts/cooperation-groups';
import { warsawToday } from '../../../common/contracts/partnership-plan';
import { recordAudit } from '../../platform/audit';
import { authorize, type Ctx, hasPermission, inTransaction, requireActor } from '../../platform/authz';
import { invalid, notFound, parse } from '../../platform/errors';
import { findInstitutionById } from '../institutions';
import { institutionNames } from './authorisation.repository';
import { canActForOps, canReadMayorSummary, canReadNeedsReport } from './cooperation-group.policy';
import { presentNeedsReport } from './cooperation-group.presenter';
import { summaryPdf } from './group-pdfs';
import { findNeedsReport, insertNeedsReport, searchNeedsReports, summaryCounts } from './report.repository';

/**
 * What leaves the groups for the authorities: the mayor's periodic summary (counts only, never a
 * person or a situation) and the OPS's record of needs and problems sent to the ROPS.
 */

/** The institutions of the actor that hold `cooperationGroups.read`; `null` for the platform administrator. */
function readScope(ctx: Ctx): string[] | null {
  requireActor(ctx);
  const actor = ctx.actor;
  if (actor.isPlatformAdmin) return null;
  return actor.memberships
    .filter((m) => hasPermission(actor, 'cooperationGroups.read', m.institutionId))
    .map((m) => m.institutionId);
}

export async function submitNeedsReport(ctx: Ctx, input: SubmitNeedsReportInput): Promise<NeedsReportView> {
  const body = parse(submitNeedsReportBody, input);
  authorize(ctx, (actor) => canActForOps(actor, body.opsInstitutionId));
  return inTransaction(ctx, async (tctx) => {
    // One after another: a transaction's one connection takes one query at a time.
    const ops = await findInstitutionById(tctx.db, body.opsInstitutionId);
    const rops = await findInstitutionById(tctx.db, body.ropsInstitutionId);
    const problems = [];
    if (ops?.type !== 'ops' && ops?.type !== 'cus')
      problems.push({ field: 'opsInstitutionId', id: 'cooperationGroup.notConvener' });
    if (rops?.status !== 'active' || rops.type !== 'rops')
      problems.push({ field: 'ropsInstitutionId', id: 'cooperationGroup.notRops' });
    if (problems.length) throw invalid(...problems);
    const row = await insertNeedsReport(tctx.db, {
      opsInstitutionId: body.opsInstitutionId,
      ropsInstitutionId: body.ropsInstitutionId,
      periodFrom: body.periodFrom,
      periodTo: body.periodTo,
      items: body.items,
      remarks: body.remarks ?? null,
      submittedBy: tctx.actor?.userId ?? null,
      submittedByName: tctx.actor?.displayName ?? null,
    });
    await recordAudit(tctx, {
      action: 'cooperationGroup.needsReport.submit',
      entityType: 'cooperationNeedsReport',
      entityId: row.id,
      institutionId: row.opsInstitutionId,
      changes: {
        ropsInstitutionId: row.ropsInstitutionId,
        periodFrom: row.periodFrom,
        periodTo: row.periodTo,
        items: row.items.length,
      },
    });
    const names = await institutionNames(tctx.db, [row.opsInstitutionId, row.ropsInstitutionId]);
    return presentNeedsReport(row, names);
  });
}

export async function listNeedsReports(
  ctx: Ctx,
  page: { page: number; pageSize: number },
): Promise<NeedsReportListResponse> {
  const { rows, total } = await searchNeedsReports(ctx.db, readScope(ctx), page);
  const names = await institutionNames(
    ctx.db,
    rows.flatMap((r) => [r.opsInstitutionId, r.ropsInstitutionId]),
  );
  return {
    items: rows.map((r) => presentNeedsReport(r, names)),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** A report for its OPS and its ROPS only; to anyone else it does not exist. */
export async function getNeedsReport(ctx: Ctx, id: string): Promise<NeedsReportView> {
  requireActor(ctx);
  const row = await findNeedsReport(ctx.db, id);
  if (!row || !canReadNeedsReport(ctx.actor, row)) throw notFound();
  const names = await institutionNames(ctx.db, [row.opsInstitutionId, row.ropsInstitutionId]);
  return presentNeedsReport(row, names);
}

/** The first day of the current year in Warsaw: the summary's period unless one is asked for. */
const yearStart = (today: string) => `${today.slice(0, 4)}-01-01`;

/**
 * The summary for one gmina government the actor works at (the first unless one is named; a
 * named one the actor does not belong to is 404). An actor at no gmina gets an empty choice.
 */
export async function mayorSummary(ctx: Ctx, query: SummaryQuery): Promise<MayorSummary> {
  const scope = readScope(ctx);
  const today = warsawToday();
  const from = query.from ?? yearStart(today);
  const to = query.to ?? today;
  const jstIds = scope ?? (query.jstInstitutionId ? [query.jstInstitutionId] : []);
  const names = await institutionNames(ctx.db, jstIds);
  const gminas = await Promise.all(jstIds.map((id) => findInstitutionById(ctx.db, id)));
  const options = gminas.flatMap((i) =>
    i?.type === 'jstGmina' ? [{ id: i.id, name: names.get(i.id) ?? i.name }] : [],
  );
  const chosen = query.jstInstitutionId ?? options[0]?.id;
  const jst = options.find((o) => o.id === chosen) ?? null;
  if (query.jstInstitutionId && (!jst || !canReadMayorSummary(ctx.actor, jst.id))) throw notFound();
  const counts = jst ? await summaryCounts(ctx.db, jst.id, { from, to, today }) : null;
  const closedByOutcome = Object.fromEntries(
    groupOutcomes.map((o) => [o, counts?.closedByOutcome[o] ?? 0]),
  ) as MayorSummary['groups']['closedByOutcome'];
  return {
    jst,
    options,
    from,
    to,
    groups: {
      convened: counts?.convened ?? 0,
      active: counts?.active ?? 0,
      closed: Object.values(closedByOutcome).reduce((a, b) => a + b, 0),
      closedByOutcome,
    },
    tasks: { done: counts?.tasksDone ?? 0, overdue: counts?.tasksOverdue ?? 0 },
    generatedAt: new Date().toISOString(),
  };
}

/** The summary as a PDF for the mayor's files; 404 when the actor works at no gmina. */
export async function mayorSummaryPdf(ctx: Ctx, query: SummaryQuery) {
  const summary = await mayorSummary(ctx, query);
  if (!summary.jst) throw notFound();
  return {
    pdf: await summaryPdf({ ...summary, jst: summary.jst }),
    fileName: `Informacja GGK ${summary.from} - ${summary.to}.pdf`,
  };
}
