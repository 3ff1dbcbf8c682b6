import { type Content, renderPdf } from '../../platform/documents';
import { t } from '../../platform/i18n';
import type { AttendanceRow, MeetingRow } from './activity.repository';

/**
 * A meeting's minutes as the partners file them: the meeting's data, who attended, the agenda,
 * the minutes and the decisions taken. Always in Polish: the minutes are the partnership's record.
 */

export interface MinutesPdfInput {
  partnershipName: string;
  meeting: MeetingRow;
  attendance: AttendanceRow[];
  decisions: { summary: string }[];
}

const warsaw = (at: Date) =>
  new Intl.DateTimeFormat('pl-PL', {
    timeZone: 'Europe/Warsaw',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(at);

const block = (heading: string, body: Content): Content => [{ text: heading, style: 'heading' }, body];

export function minutesPdf({
  partnershipName,
  meeting,
  attendance,
  decisions,
}: MinutesPdfInput): Promise<Buffer> {
  const when = meeting.endsAt
    ? `${warsaw(meeting.startsAt)} – ${warsaw(meeting.endsAt)}`
    : warsaw(meeting.startsAt);
  const where = [meeting.place, meeting.onlineUrl].filter(Boolean).join(', ');
  return renderPdf({
    info: { title: `Protokół: ${meeting.title}`, subject: partnershipName },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
    },
    content: [
      { text: 'Protokół ze spotkania', style: 'title' },
      { text: `Partnerstwo „${partnershipName}”`, alignment: 'center', margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [90, '*'],
          body: [
            ['Spotkanie', meeting.title],
            ['Termin', when],
            ['Miejsce', where || '—'],
          ],
        },
        layout: 'noBorders',
      },
      block(
        'Obecność',
        attendance.length
          ? {
              table: {
                headerRows: 1,
                widths: ['*', 100, '*'],
                body: [
                  [
                    { text: 'Instytucja', bold: true },
                    { text: 'Obecność', bold: true },
                    { text: 'Przedstawiciel', bold: true },
                  ],
                  ...attendance.map((a) => [
                    a.institutionName,
                    t('pl', `partnerships:attendance.${a.status}`),
                    a.representative ?? '',
                  ]),
                ],
              },
              layout: 'lightHorizontalLines',
            }
          : { text: 'Nie zapisano obecności.', italics: true },
      ),
      block('Porządek obrad', { text: meeting.agenda }),
      block(
        'Przebieg spotkania',
        meeting.minutes ? { text: meeting.minutes } : { text: 'Nie spisano protokołu.', italics: true },
      ),
      block(
        'Podjęte decyzje',
        decisions.length
          ? { ol: decisions.map((d) => d.summary) }
          : { text: 'Nie podjęto decyzji.', italics: true },
      ),
    ],
    footer: (currentPage, pageCount) => ({
      text: `Strona ${currentPage} z ${pageCount}`,
      alignment: 'right',
      fontSize: 8,
      margin: [56, 24, 56, 0],
    }),
  });
}
