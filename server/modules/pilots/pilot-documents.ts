import ExcelJS from 'exceljs';
import { maxScore, modelProducts, type TestingView } from '../../../common/contracts/pilots';
import type { Locale } from '../../../common/i18n';
import { type Content, renderPdf } from '../../platform/documents';
import { t } from '../../platform/i18n';
import { type PilotRecord, ranking, siteName } from './pilot.presenter';

/**
 * The pilot's documents: the testing report of one site and the overall testing report as PDFs
 * (always in Polish: they are filed with the project's records), and the ranking of candidates as
 * a workbook to analyse, in the reader's language.
 */

const pl = (key: string, params?: Record<string, unknown>) => t('pl', `pilots:${key}`, params);
const date = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const headerRow = (cells: string[]) => cells.map((text) => ({ text, bold: true }));
const heading = (text: string): Content => ({ text, style: 'heading' });
const none = (text: string): Content => ({ text, italics: true });
const average = (scores: number[]) =>
  scores.length ? (scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1).replace('.', ',') : '—';

const frame = (title: string, subject: string, content: Content[]) =>
  renderPdf({
    info: { title, subject },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
    },
    content,
    footer: (currentPage, pageCount) => ({
      text: `Strona ${currentPage} z ${pageCount}`,
      alignment: 'right',
      fontSize: 8,
      margin: [56, 24, 56, 0],
    }),
  });

const pilotFacts = (r: PilotRecord, view: TestingView): Content => ({
  table: {
    widths: [170, '*'],
    body: [
      [pl('fields.organiser'), r.institutions.get(r.pilot.organiserInstitutionId)?.name ?? ''],
      [pl('fields.period'), `${date(r.pilot.startsOn)} – ${date(r.pilot.endsOn)}`],
      [
        pl('fields.testingPeriod'),
        `${date(view.months[0]!.from)} – ${date(view.months.at(-1)!.to)} (${r.pilot.testingMonths} mies.)`,
      ],
    ],
  },
  layout: 'noBorders',
});

const statusText = (status: string) => pl(`monthStatuses.${status}`);

function siteSections(r: PilotRecord, view: TestingView, candidateId: string): Content[] {
  const caretakers = r.caretakers
    .filter((k) => k.candidateId === candidateId)
    .map((k) => r.experts.find((e) => e.id === k.expertId)?.name ?? '');
  const caretakerIds = new Set(
    r.caretakers.filter((k) => k.candidateId === candidateId).map((k) => k.expertId),
  );
  const row = view.grid.find((g) => g.candidateId === candidateId);
  const reports = view.reports.filter((x) => x.candidateId === candidateId);
  const assessments = view.assessments.filter((a) => a.site.id === candidateId);
  const reviews = view.reviews.filter((x) => caretakerIds.has(x.expert.id));
  return [
    heading(`1. ${pl('pdf.caretakers')}`),
    caretakers.length ? { ul: caretakers } : none(pl('pdf.noCaretakers')),
    heading(`2. ${pl('pdf.monthly')}`),
    {
      table: {
        headerRows: 1,
        widths: [40, '*', 90],
        body: [
          headerRow([pl('fields.month'), pl('pdf.period'), pl('pdf.status')]),
          ...view.months.map((m) => [
            String(m.month),
            `${date(m.from)} – ${date(m.to)}`,
            statusText(row?.months.find((x) => x.month === m.month)?.status ?? 'upcoming'),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
    },
    ...reports.flatMap((x): Content[] => [
      { text: `${pl('fields.month')} ${x.month} (${date(x.filedOn)})`, bold: true, margin: [0, 8, 0, 2] },
      {
        text: `${pl('fields.modelProducts')}: ${x.modelProducts.map((p) => pl(`products.${p}`)).join(', ')}`,
      },
      { text: `${pl('fields.activities')}: ${x.activities}` },
      { text: `${pl('fields.cooperation')}: ${x.cooperation}` },
      ...(x.difficulties ? [{ text: `${pl('fields.difficulties')}: ${x.difficulties}` }] : []),
      ...(x.proposals ? [{ text: `${pl('fields.proposals')}: ${x.proposals}` }] : []),
    ]),
    heading(`3. ${pl('pdf.assessments')}`),
    assessments.length
      ? {
          ul: assessments.map(
            (a) =>
              `${date(a.assessedOn)} – ${pl('fields.score')} ${a.score}/5: ${a.outcomes}${a.recommendations ? ` ${pl('fields.recommendations')}: ${a.recommendations}` : ''}`,
          ),
        }
      : none(pl('pdf.noAssessments')),
    heading(`4. ${pl('pdf.reviews')}`),
    reviews.length
      ? {
          ul: reviews.map(
            (x) =>
              `${x.expert.name}, ${date(x.reviewedOn)} – ${pl('fields.score')} ${x.score}/5: ${x.findings}${x.recommendations ? ` ${pl('fields.recommendations')}: ${x.recommendations}` : ''}`,
          ),
        }
      : none(pl('pdf.noReviews')),
  ];
}

export function siteReportPdf(r: PilotRecord, view: TestingView, candidateId: string): Promise<Buffer> {
  const name = siteName(r, candidateId);
  const title = pl('pdf.siteTitle');
  return frame(title, name, [
    { text: title, style: 'title' },
    { text: `${name} – ${r.pilot.name}`, alignment: 'center', margin: [0, 0, 0, 10] },
    pilotFacts(r, view),
    ...siteSections(r, view, candidateId),
  ]);
}

export function overallReportPdf(r: PilotRecord, view: TestingView): Promise<Buffer> {
  const title = pl('pdf.overallTitle');
  const counts = (status: string) =>
    view.grid.reduce((n, g) => n + g.months.filter((m) => m.status === status).length, 0);
  const productUse = modelProducts.map((p) => [
    pl(`products.${p}`),
    String(view.reports.filter((x) => x.modelProducts.includes(p)).length),
  ]);
  return frame(title, r.pilot.name, [
    { text: title, style: 'title' },
    { text: r.pilot.name, alignment: 'center', margin: [0, 0, 0, 10] },
    pilotFacts(r, view),
    heading(`1. ${pl('pdf.sites')}`),
    view.grid.length
      ? {
          table: {
            headerRows: 1,
            widths: ['*', 60, 60, 60, 70],
            body: [
              headerRow([
                pl('fields.site'),
                pl('monthStatuses.filed'),
                pl('monthStatuses.late'),
                pl('monthStatuses.missing'),
                pl('pdf.assessmentAvg'),
              ]),
              ...view.grid.map((g) => [
                g.name,
                String(g.months.filter((m) => m.status === 'filed').length),
                String(g.months.filter((m) => m.status === 'late').length),
                String(g.months.filter((m) => m.status === 'missing').length),
                average(view.assessments.filter((a) => a.site.id === g.candidateId).map((a) => a.score)),
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 9,
        }
      : none(pl('pdf.noSites')),
    {
      text: pl('pdf.reportTotals', {
        filed: counts('filed'),
        late: counts('late'),
        missing: counts('missing'),
      }),
      margin: [0, 6, 0, 0],
    },
    heading(`2. ${pl('pdf.products')}`),
    {
      table: {
        widths: ['*', 80],
        body: [headerRow([pl('fields.modelProducts'), pl('pdf.reportsCount')]), ...productUse],
      },
      layout: 'lightHorizontalLines',
    },
    heading(`3. ${pl('pdf.experts')}`),
    {
      text: pl('pdf.expertTotals', {
        experts: r.experts.length,
        trained: r.experts.filter((e) => new Set(e.attendedDays).size === 9).length,
        caretakers: r.caretakers.length,
        reviewAvg: average(view.reviews.map((x) => x.score)),
      }),
    },
    heading(`4. ${pl('pdf.perSite')}`),
    ...view.grid.flatMap((g): Content[] => [
      { text: g.name, bold: true, margin: [0, 10, 0, 0] },
      ...siteSections(r, view, g.candidateId),
    ]),
  ]);
}

export async function rankingXlsx(r: PilotRecord, locale: Locale): Promise<Buffer> {
  const tr = (key: string) => t(locale, `pilots:${key}`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kooperacja';
  workbook.title = r.pilot.name;
  const ws = workbook.addWorksheet(tr('tabs.candidates'));
  ws.addRow([
    tr('fields.rank'),
    tr('fields.site'),
    tr('fields.organiserType'),
    tr('fields.yearsOfExperience'),
    tr('fields.sectionsCount'),
    tr('fields.cooperatingPesCount'),
    tr('fields.owesRecommendedBy'),
    tr('score.organiser'),
    tr('score.experience'),
    tr('score.potential'),
    tr('score.owesRecommendation'),
    `${tr('score.total')} (max ${maxScore})`,
    tr('fields.tie'),
    tr('fields.state'),
  ]).font = { bold: true };
  for (const x of ranking(r)) {
    const c = x.item;
    ws.addRow([
      x.rank,
      r.institutions.get(c.institutionId)?.name ?? '',
      tr(`organiserTypes.${c.organiserType}`),
      c.yearsOfExperience,
      c.sectionsCount,
      c.cooperatingPesCount,
      c.owesRecommendedById ? (r.institutions.get(c.owesRecommendedById)?.name ?? '') : '',
      x.score.organiser,
      x.score.experience,
      x.score.potential,
      x.score.owesRecommendation,
      x.score.total,
      x.tie ? tr(`tieBreakers.${x.tie.decidedBy}`) : '',
      tr(`candidateStates.${c.state}`),
    ]);
  }
  ws.columns.forEach((column) => {
    column.width = 18;
  });
  ws.getColumn(2).width = 40;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
