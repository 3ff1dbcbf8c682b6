import type { EditionView } from '../../../common/contracts/training-programme';
import { type Content, renderPdf } from '../../platform/documents';

/**
 * The attendance list of a training edition as institutions file it with the project's papers:
 * the programme and edition, the four days (practical and remote marked), and one row per person
 * with their JST, position, a mark for each day and the completion. Always in Polish.
 */

const date = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
const mark = (day: boolean | null) => (day === true ? 'obecny/a' : day === false ? 'nieobecny/a' : '—');

export function attendancePdf(programmeName: string, edition: EditionView): Promise<Buffer> {
  const dayHeaders = edition.days.map(
    (d, i) =>
      `Dzień ${i + 1}\n${date(d.date)}\n${d.practical ? 'zajęcia praktyczne' : 'zajęcia teoretyczne'}${d.remote ? ', zdalnie' : ''}`,
  );
  const body: Content[][] = [
    ['Lp.', 'Imię i nazwisko', 'Stanowisko', 'JST', ...dayHeaders, 'Ukończył/a'].map((text) => ({
      text,
      bold: true,
    })),
    ...edition.members.map((m, index) => [
      String(index + 1),
      m.name,
      m.position,
      m.jst.name,
      ...m.days.map(mark),
      m.completed ? 'tak' : 'nie',
    ]),
  ];
  return renderPdf({
    info: { title: `Lista obecności – ${edition.title}`, subject: programmeName },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 48, 40, 56],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    content: [
      { text: 'Lista obecności', fontSize: 15, bold: true, alignment: 'center' },
      { text: programmeName, alignment: 'center', margin: [0, 4, 0, 2] },
      {
        text: `Szkolenie: ${edition.title} (4 dni, w tym 2 dni zajęć praktycznych)`,
        alignment: 'center',
        margin: [0, 0, 0, 12],
      },
      edition.members.length
        ? {
            table: { headerRows: 1, widths: [20, '*', 70, '*', 62, 62, 62, 62, 48], body },
            layout: 'lightHorizontalLines',
          }
        : { text: 'Grupa nie ma jeszcze uczestników.', italics: true },
      {
        text: `Ukończyło szkolenie (obecność we wszystkie 4 dni): ${edition.completedCount} z ${edition.members.length}`,
        margin: [0, 10, 0, 30],
      },
      {
        columns: [
          {
            text: '........................................\nmiejscowość, data',
            alignment: 'center',
            fontSize: 8,
          },
          {
            text: '........................................\npodpis prowadzącego',
            alignment: 'center',
            fontSize: 8,
          },
        ],
      },
    ],
    footer: (currentPage, pageCount) => ({
      text: `Strona ${currentPage} z ${pageCount}`,
      alignment: 'right',
      fontSize: 8,
      margin: [40, 24, 40, 0],
    }),
  });
}
