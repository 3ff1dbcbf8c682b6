import type { InitiativeView } from '../../../common/contracts/pes-initiatives';
import { formatPln } from '../../../common/money';
import { type Content, renderPdf } from '../../platform/documents';
import { t } from '../../platform/i18n';

/**
 * The initiative group's record as the supporting OWES files it (with the documentation of its
 * support to the group): the parties, what of the JST's plan the future PES is to deliver, the
 * founders against the legal minimum with its basis, the preparation path, the support received
 * and the milestones to registration. Always in Polish: it goes to the OWES's and PUP's files.
 * Founders appear as the platform keeps them (first name and initial), never more.
 */

const pl = (key: string, params?: Record<string, unknown>) => t('pl', `pesInitiatives:${key}`, params);
const date = (iso: string | null) =>
  iso ? new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)) : '—';
const header = (cells: string[]) => cells.map((text) => ({ text, bold: true }));
const block = (heading: string, body: Content): Content => [{ text: heading, style: 'heading' }, body];
const table = (widths: (number | string)[], head: string[], rows: Content[][], empty: string): Content =>
  rows.length === 0
    ? { text: empty, italics: true }
    : { table: { headerRows: 1, widths, body: [header(head), ...rows] }, layout: 'lightHorizontalLines' };

function plannedFor(view: InitiativeView): string {
  const c = view.plannedFor;
  const linked = c
    ? `${c.planTitle}: ${c.serviceType.name}, ${t('pl', `commissioning:modes.${c.mode}`)}, ${
        c.quarter ? `${c.quarter} kw. ` : ''
      }${c.year}, budżet ${formatPln(c.budget)}`
    : null;
  return [linked, view.plannedCommission].filter(Boolean).join('\n') || '—';
}

export function initiativePdf(view: InitiativeView, generatedAt: Date): Promise<Buffer> {
  const check = view.foundersCheck;
  const legal = check.minimumLegalPersons ?? '—';
  return renderPdf({
    info: { title: `Karta grupy inicjatywnej: ${view.name}`, subject: view.owes.name },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
    },
    content: [
      { text: view.owes.name, alignment: 'right', fontSize: 9, margin: [0, 0, 0, 18] },
      { text: 'Karta grupy inicjatywnej', style: 'title' },
      { text: view.name, alignment: 'center', margin: [0, 0, 0, 10] },
      {
        table: {
          widths: [170, '*'],
          body: [
            ['Forma prawna', pl(`legalForms.${view.legalForm}`)],
            ['Etap', pl(`states.${view.state}`)],
            [
              'JST, której usługom ma służyć',
              `${view.jst.name} (${view.territory.name}, TERYT ${view.territory.code})`,
            ],
            ['Usługi planowane przez JST', view.serviceTypes.map((s) => s.name).join(', ')],
            ['Planowane zlecenie JST', plannedFor(view)],
            ['OWES wspierający', view.owes.name],
            ['PUP wspierający', view.pup?.name ?? '—'],
          ],
        },
        layout: 'noBorders',
      },
      block('Założyciele', [
        {
          text: `${check.met ? 'Minimum ustawowe spełnione' : 'Minimum ustawowe niespełnione'}: wymagane co najmniej ${check.minimumPersons} osób fizycznych (albo osób prawnych: ${legal}); jest osób fizycznych ${check.persons}, osób prawnych ${check.legalPersons}.`,
          margin: [0, 0, 0, 2],
        },
        { text: `Podstawa prawna: ${check.legalBasis}.`, fontSize: 9, margin: [0, 0, 0, 6] },
        table(
          [20, '*', 110, 120],
          ['Lp.', 'Imię i inicjał nazwiska albo nazwa', 'Rodzaj', 'Rola w grupie'],
          (view.founders ?? []).map((f, i) => [
            String(i + 1),
            f.name,
            pl(`founderKinds.${f.kind}`),
            f.role ?? '—',
          ]),
          'Nie dodano założycieli.',
        ),
      ]),
      block(
        'Ścieżka przygotowania',
        table(
          [90, 80, '*', 80],
          ['Data', 'Rodzaj', 'Tytuł', 'Stan'],
          view.steps.map((s) => [
            date(s.date),
            pl(`stepKinds.${s.kind}`),
            s.title,
            pl(`stepStatuses.${s.status}`),
          ]),
          'Nie zaplanowano szkoleń, warsztatów ani rekrutacji.',
        ),
      ),
      block(
        'Wsparcie OWES i PUP',
        table(
          [80, 110, '*', 80],
          ['Data', 'Rodzaj wsparcia', 'Instytucja udzielająca', 'Kwota'],
          view.support.map((s) => [
            date(s.date),
            pl(`supportKinds.${s.kind}`),
            s.note ? `${s.institution.name}\n${s.note}` : s.institution.name,
            { text: s.amount === null ? '—' : formatPln(s.amount), alignment: 'right' },
          ]),
          'Nie odnotowano wsparcia.',
        ),
      ),
      block('Kroki do rejestracji', {
        table: {
          widths: [170, '*'],
          body: [
            ['Uchwalenie statutu', date(view.statuteAdoptedOn)],
            ['Złożenie wniosku do KRS', date(view.krsAppliedOn)],
            ['Wpis do rejestru', date(view.registeredOn)],
            ['Numer KRS', view.krsNumber ?? '—'],
            ['PES w rejestrze platformy', view.registeredInstitution?.name ?? '—'],
            ...(view.abandonReason ? [['Powód porzucenia', view.abandonReason]] : []),
          ],
        },
        layout: 'lightHorizontalLines',
      }),
      {
        text: `Sporządzono ${new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'long', timeStyle: 'short' }).format(generatedAt)} na podstawie zapisów platformy Kooperacja.`,
        italics: true,
        fontSize: 9,
        margin: [0, 16, 0, 0],
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
