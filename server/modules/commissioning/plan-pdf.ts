import { formatPln } from '../../../common/money';
import { type Content, renderPdf } from '../../platform/documents';
import { t } from '../../platform/i18n';
import type { PlanRecord } from './plan.presenter';

/**
 * The plan as the annex to the council's resolution it is meant to be: the heading names the
 * resolution (or says it is a draft), then the strategic document, the baseline, the targets
 * per year and the planned commissions. Always in Polish: it is filed with the resolution.
 */

const pl = (key: string) => t('pl', `commissioning:${key}`);
const date = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
const headerRow = (cells: string[]) => cells.map((text) => ({ text, bold: true }));
const block = (heading: string, body: Content): Content => [{ text: heading, style: 'heading' }, body];

function annexHeading(record: PlanRecord): Content {
  const { row } = record;
  const council = row.jst.type === 'jstPowiat' ? 'Rady Powiatu' : 'Rady Gminy';
  const text =
    row.resolutionNumber && row.resolutionDate
      ? `Załącznik do uchwały nr ${row.resolutionNumber} ${council} z dnia ${date(row.resolutionDate)}`
      : `Projekt – załącznik do uchwały ${council}`;
  return { text, alignment: 'right', fontSize: 9, margin: [0, 0, 0, 18] };
}

export function planPdf(record: PlanRecord): Promise<Buffer> {
  const { row } = record;
  const typeNames = new Map([...record.serviceTypes.values()].map((type) => [type.id, type.name]));
  const contractorNames = (ids: string[]) =>
    ids.map((id) => record.institutions.get(id)?.name ?? '—').join(', ') || '—';
  const document = [
    pl(`documentKinds.${row.strategicDocumentKind}`),
    `„${row.strategicDocumentName}”`,
    row.strategicDocumentNumber ? `nr ${row.strategicDocumentNumber}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return renderPdf({
    info: { title: row.title, subject: row.jst.name },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
    },
    content: [
      annexHeading(record),
      { text: row.title, style: 'title' },
      {
        text: `Plan zwiększenia liczby usług społecznych użyteczności publicznej zlecanych podmiotom ekonomii społecznej – ${row.jst.name}`,
        alignment: 'center',
        margin: [0, 0, 0, 10],
      },
      {
        table: {
          widths: [150, '*'],
          body: [
            [
              'Jednostka samorządu',
              `${row.jst.name}${record.territoryName ? ` (${record.territoryName})` : ''}`,
            ],
            ['Okres planu', `${date(row.startsOn)} – ${date(row.endsOn)}`],
            ['Stan', pl(`states.${row.state}`)],
            ['Część dokumentu', document],
          ],
        },
        layout: 'noBorders',
      },
      block(`1. Stan wyjściowy (rok bazowy ${row.baseYear})`, {
        table: {
          headerRows: 1,
          widths: ['*', 90, 110],
          body: [
            headerRow(['', 'Liczba usług', 'Wartość']),
            [
              'Usługi zlecone podmiotom ekonomii społecznej',
              String(row.baselinePesCount),
              formatPln(row.baselinePesValue),
            ],
            ['Wszystkie usługi zlecone', String(row.baselineTotalCount), formatPln(row.baselineTotalValue)],
          ],
        },
        layout: 'lightHorizontalLines',
      }),
      block(
        '2. Cele na kolejne lata budżetowe',
        row.targets.length
          ? {
              table: {
                headerRows: 1,
                widths: [50, '*', '*', 90],
                body: [
                  headerRow(['Rok', 'Liczba usług zleconych PES', 'Wartość', 'Udział PES']),
                  ...row.targets.map((target) => [
                    String(target.year),
                    String(target.count),
                    formatPln(target.value),
                    `${String(target.sharePercent).replace('.', ',')}%`,
                  ]),
                ],
              },
              layout: 'lightHorizontalLines',
            }
          : { text: pl('noTargets'), italics: true },
      ),
      block(
        '3. Planowane zlecenia usług',
        record.commissions.length
          ? {
              table: {
                headerRows: 1,
                widths: [18, '*', 90, 52, 70, 95],
                body: [
                  headerRow(['Lp.', 'Usługa', 'Tryb', 'Termin', 'Budżet', 'Przewidywani wykonawcy']),
                  ...record.commissions.map((c, index) => [
                    String(index + 1),
                    c.description
                      ? { text: [{ text: typeNames.get(c.serviceTypeId) ?? '—' }, `\n${c.description}`] }
                      : (typeNames.get(c.serviceTypeId) ?? '—'),
                    pl(`modes.${c.mode}`),
                    c.quarter ? `${c.quarter} kw. ${c.year}` : String(c.year),
                    formatPln(c.budget),
                    contractorNames(c.expectedContractorIds),
                  ]),
                ],
              },
              layout: 'lightHorizontalLines',
              fontSize: 9,
            }
          : { text: pl('noCommissions'), italics: true },
      ),
      {
        text: `Łączny budżet planowanych zleceń: ${formatPln(record.commissions.reduce((sum, c) => sum + c.budget, 0))}`,
        margin: [0, 8, 0, 0],
        bold: true,
      },
    ],
    footer: (currentPage, pageCount) => ({
      text: `Strona ${currentPage} z ${pageCount}`,
      alignment: 'right',
      fontSize: 8,
      margin: [56, 24, 56, 0],
    }),
  });
}
