import { groupOutcomes, type MayorSummary } from '../../../common/contracts/cooperation-groups';
import { type Content, renderPdf, type TDocumentDefinitions } from '../../platform/documents';
import { t } from '../../platform/i18n';
import type { GroupRecord } from './cooperation-group.presenter';
import type { GroupMeetingRow } from './group.repository';

/**
 * The documents of model D as the institutions file them, always in Polish: a group meeting's
 * minutes and the mayor's summary. Neither carries internal notes or the tasks of one institution.
 */

const warsawDateTime = (at: Date) =>
  new Intl.DateTimeFormat('pl-PL', {
    timeZone: 'Europe/Warsaw',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(at);

const block = (heading: string, body: Content): Content => [{ text: heading, style: 'heading' }, body];

/** The page frame both documents share: A4, Roboto (Polish glyphs), page numbers. */
const documentFrame = (title: string, content: Content[]): TDocumentDefinitions => ({
  info: { title },
  pageSize: 'A4',
  pageMargins: [56, 56, 56, 64],
  defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
  styles: {
    title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
    heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  },
  content,
  footer: (currentPage, pageCount) => ({
    text: `Strona ${currentPage} z ${pageCount}`,
    alignment: 'right',
    fontSize: 8,
    margin: [56, 24, 56, 0],
  }),
});

export function minutesPdf({
  record,
  meeting,
}: {
  record: GroupRecord;
  meeting: GroupMeetingRow;
}): Promise<Buffer> {
  const present = new Set(meeting.presentMemberIds);
  const delegates = record.members.filter((m) => m.status === 'named');
  return renderPdf(
    documentFrame(`Protokół posiedzenia GGK: ${record.row.label}`, [
      { text: 'Protokół z posiedzenia Gminnej Grupy Kooperacji', style: 'title' },
      { text: `„${record.row.label}”`, alignment: 'center', margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [120, '*'],
          body: [
            ['Koordynator (OPS)', record.opsName],
            ['Partnerski Zespół Kooperacji', record.partnerTeamName],
            ['Termin', warsawDateTime(meeting.heldAt)],
            ['Miejsce', meeting.place],
          ],
        },
        layout: 'noBorders',
      },
      block(
        'Obecność przedstawicieli',
        delegates.length
          ? {
              table: {
                headerRows: 1,
                widths: ['*', '*', 80],
                body: [
                  [
                    { text: 'Instytucja', bold: true },
                    { text: 'Przedstawiciel', bold: true },
                    { text: 'Obecność', bold: true },
                  ],
                  ...delegates.map((m) => [
                    m.institution.name,
                    m.delegateName ?? '',
                    present.has(m.id) ? 'obecny' : 'nieobecny',
                  ]),
                ],
              },
              layout: 'lightHorizontalLines',
            }
          : { text: 'Instytucje nie wskazały jeszcze przedstawicieli.', italics: true },
      ),
      block('Porządek posiedzenia', { text: meeting.agenda }),
      block(
        'Przebieg posiedzenia',
        meeting.minutes ? { text: meeting.minutes } : { text: 'Nie spisano przebiegu.', italics: true },
      ),
      block(
        'Ustalenia',
        meeting.decisions.length
          ? { ol: meeting.decisions }
          : { text: 'Nie podjęto ustaleń.', italics: true },
      ),
    ]),
  );
}

/** The mayor's summary: counts only. */
export function summaryPdf(summary: MayorSummary & { jst: { name: string } }): Promise<Buffer> {
  const row = (label: string, value: number) => [label, { text: String(value), alignment: 'right' as const }];
  return renderPdf(
    documentFrame(`Informacja o działaniu GGK: ${summary.jst.name}`, [
      { text: 'Informacja o działaniu Gminnych Grup Kooperacji', style: 'title' },
      { text: summary.jst.name, alignment: 'center' },
      { text: `Okres: ${summary.from} – ${summary.to}`, alignment: 'center', margin: [0, 0, 0, 12] },
      { text: 'Grupy', style: 'heading' },
      {
        table: {
          widths: ['*', 60],
          body: [
            row('Zwołane w okresie', summary.groups.convened),
            row('Działające na koniec okresu', summary.groups.active),
            row('Zakończone w okresie', summary.groups.closed),
            ...groupOutcomes.map((o) =>
              row(`w tym: ${t('pl', `cooperationGroups:outcome.${o}`)}`, summary.groups.closedByOutcome[o]),
            ),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      { text: 'Zadania instytucji', style: 'heading' },
      {
        table: {
          widths: ['*', 60],
          body: [
            row('Wykonane w okresie', summary.tasks.done),
            row('Niewykonane w terminie', summary.tasks.overdue),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        text: `Zestawienie zawiera wyłącznie liczby, bez danych osobowych. Sporządzono ${warsawDateTime(new Date(summary.generatedAt))}.`,
        italics: true,
        fontSize: 9,
        margin: [0, 16, 0, 0],
      },
    ]),
  );
}
