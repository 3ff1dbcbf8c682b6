import type { SupportPlanVersionView } from '../../../common/contracts/support-plan';
import { formatPln } from '../../../common/money';
import { type Content, renderPdf } from '../../platform/documents';
import { t } from '../../platform/i18n';

/**
 * The printed individual support plan: the person signs it, the case worker records that. Always
 * in Polish: it is a paper for the person. Each version prints as it is; a draft says so.
 */
export interface SupportPlanPrint {
  version: SupportPlanVersionView;
  person: { firstName: string; lastName: string; birthDate: string } | null;
  partnership: string;
  entryInstitution: string;
}

const date = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'long' }).format(
    new Date(`${iso.slice(0, 10)}T12:00:00Z`),
  );

const statusLabel = { draft: 'projekt', submitted: 'przekazany do zatwierdzenia', approved: 'zatwierdzony' };

function actionsTable(version: SupportPlanVersionView): Content {
  const header = [
    'Cel',
    'Działanie',
    'Realizuje',
    'Finansuje (podstawa prawna)',
    'Termin',
    'Godziny',
    'Koszt',
  ];
  return {
    table: {
      headerRows: 1,
      widths: [28, '*', 70, 90, 70, 38, 55],
      body: [
        header.map((text) => ({ text, bold: true })),
        ...version.actions.map((a) => [
          String(a.goal + 1),
          [
            t('pl', `partnershipPlan:instruments.${a.scopeItem.instrument}`),
            a.scopeItem.description,
            a.description,
          ]
            .filter(Boolean)
            .join(' — '),
          a.provider.name,
          `${a.payer.name} (${a.legalBasis})`,
          `${date(a.from)} – ${date(a.until)}`,
          a.hours === null ? '—' : String(a.hours),
          a.costGrosze === null ? '—' : formatPln(a.costGrosze),
        ]),
      ],
    },
    fontSize: 9,
  };
}

export function supportPlanPdf({
  version,
  person,
  partnership,
  entryInstitution,
}: SupportPlanPrint): Promise<Buffer> {
  const name = person ? `${person.firstName} ${person.lastName}` : '—';
  return renderPdf({
    info: { title: `Indywidualny plan wsparcia — ${name}`, subject: partnership },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
    },
    content: [
      { text: 'Indywidualny plan wsparcia', style: 'title' },
      { text: `Partnerstwo „${partnership}”`, alignment: 'center', margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [160, '*'],
          body: [
            ['Osoba', name],
            ['Data urodzenia', person ? date(person.birthDate) : '—'],
            ['Instytucja prowadząca', entryInstitution],
            ['Wersja planu', `${version.number} (${statusLabel[version.status]})`],
            [
              'Zatwierdził(a)',
              version.approvedAt ? `${version.approvedByName ?? '—'}, ${date(version.approvedAt)}` : '—',
            ],
          ],
        },
        layout: 'noBorders',
      },
      { text: 'Cele', style: 'heading' },
      { ol: version.goals.map((g) => g.text) },
      { text: 'Działania', style: 'heading' },
      version.actions.length ? actionsTable(version) : { text: 'Brak zaplanowanych działań.' },
      { text: 'Zgoda osoby', style: 'heading' },
      {
        text: version.agreement.signed
          ? `Osoba zapoznała się z planem i podpisała go dnia ${date(version.agreement.signedOn ?? '')}.`
          : 'Zapoznałam/zapoznałem się z planem i zgadzam się z nim.',
      },
      { text: '\n\n………………………………………\nData i podpis osoby', margin: [0, 16, 0, 0] },
    ],
  });
}
