import type { ReadinessItemView } from '../../../common/contracts/provider-readiness';
import { type ReadinessStatus, readinessItemSources } from '../../../common/enums';
import { type Content, renderPdf } from '../../platform/documents';
import { t } from '../../platform/i18n';
import type { AssessmentDocument } from './readiness.service';

/**
 * The readiness assessment as a document a provider files with its offer and an OWES keeps with
 * its verification: who the provider is, the service type and its legal basis, each checklist
 * item with the provider's answer and evidence and the verifier's verdict, who verified it and
 * when, and the validity. Only a confirmation is headed as one; a returned, submitted or draft
 * assessment says plainly that it confirms nothing. Always in Polish: it is filed.
 */

const pl = (key: string, params?: Record<string, unknown>) => t('pl', key, params);
const own = (key: string, params?: Record<string, unknown>) => pl(`providerReadiness:${key}`, params);

const day = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const moment = (at: Date) =>
  new Intl.DateTimeFormat('pl-PL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Warsaw',
  }).format(at);

/** The heading and, for anything but a confirmation in force, the notice under it. */
const headings: Record<ReadinessStatus, { title: string; notice: string | null }> = {
  confirmed: { title: 'Potwierdzenie gotowości do świadczenia usługi społecznej', notice: null },
  expired: {
    title: 'Potwierdzenie gotowości do świadczenia usługi społecznej',
    notice: 'Potwierdzenie wygasło: usługodawca nie jest obecnie proponowany jako wykonawca tej usługi.',
  },
  returned: {
    title: 'Ocena gotowości zwrócona do poprawy',
    notice:
      'Dokument nie stanowi potwierdzenia gotowości. Weryfikujący zwrócił ocenę usługodawcy do poprawy.',
  },
  submitted: {
    title: 'Ocena gotowości złożona do weryfikacji',
    notice: 'Dokument nie stanowi potwierdzenia gotowości. Ocena czeka na weryfikację.',
  },
  draft: {
    title: 'Ocena gotowości — szkic',
    notice: 'Dokument nie stanowi potwierdzenia gotowości. Samoocena nie została złożona do weryfikacji.',
  },
};

const itemLabel = (item: ReadinessItemView) => item.text ?? own(`items.${item.key}`);

function selfAnswer(item: ReadinessItemView): string {
  if (item.met === null) return own('detail.unanswered');
  const answer = own(item.met ? 'form.met' : 'form.notMet');
  return item.staffCount ? `${answer}\n${own('detail.staff', { count: item.staffCount })}` : answer;
}

function evidenceOf(item: ReadinessItemView): string {
  const registry = item.registry
    ? item.registry.date
      ? own('form.registryDated', { number: item.registry.number, date: day(item.registry.date) })
      : own('form.registry', { number: item.registry.number })
    : null;
  return [registry, item.evidence].filter(Boolean).join('\n') || '—';
}

const verdictOf = (item: ReadinessItemView): string =>
  item.verdict ? [own(`verify.${item.verdict}`), item.comment].filter(Boolean).join('\n') : '—';

function checklist(items: readonly ReadinessItemView[]): Content[] {
  return readinessItemSources.flatMap((source) => {
    const group = items.filter((i) => i.source === source);
    if (!group.length) return [];
    return [
      { text: own(`sources.${source}`), style: 'subheading' },
      {
        table: {
          headerRows: 1,
          widths: [16, '*', 70, 120, 90],
          dontBreakRows: true,
          body: [
            ['Lp.', 'Wymóg', 'Samoocena', 'Dowód lub uwagi', 'Weryfikacja'].map((text) => ({
              text,
              bold: true,
            })),
            ...group.map((item, index) => [
              String(index + 1),
              itemLabel(item),
              selfAnswer(item),
              evidenceOf(item),
              verdictOf(item),
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 9,
      },
    ];
  });
}

export function readinessPdf({ row, status, legalBasis }: AssessmentDocument): Promise<Buffer> {
  const heading = headings[status];
  const provider = row.institution;
  const verifier = row.decidedAt
    ? `${row.decidedByInstitutionName ?? own('detail.expert')}${row.decidedByName ? ` — ${row.decidedByName}` : ''}`
    : 'jeszcze nie zweryfikowano';
  const facts: [string, string][] = [
    [
      'Usługodawca',
      `${provider.name}\n${pl(`institutions:types.${provider.type}`)}${provider.city ? `, ${provider.city}` : ''}`,
    ],
    ['Usługa', `${row.serviceType.name} (${row.serviceType.code})`],
    ['Podstawa prawna', legalBasis.join('\n') || '—'],
    ['Stan', own(`statuses.${status}`)],
  ];
  if (row.validFrom && row.validUntil)
    facts.push(['Okres ważności', `od ${day(row.validFrom)} do ${day(row.validUntil)}`]);
  if (row.submittedAt)
    facts.push([
      'Złożona do weryfikacji',
      `${moment(row.submittedAt)}${row.submittedByName ? ` — ${row.submittedByName}` : ''}`,
    ]);
  facts.push([status === 'returned' ? 'Zwrócona przez' : 'Zweryfikowana przez', verifier]);
  if (row.decidedAt) facts.push(['Data decyzji', moment(row.decidedAt)]);
  if (row.decisionComment)
    facts.push([status === 'returned' ? 'Do poprawy' : 'Komentarz do decyzji', row.decisionComment]);

  return renderPdf({
    info: { title: heading.title, subject: `${provider.name} — ${row.serviceType.name}` },
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
      subheading: { fontSize: 10, bold: true, margin: [0, 8, 0, 2] },
      notice: { bold: true, color: '#8a3b00', alignment: 'center', margin: [0, 4, 0, 10] },
    },
    content: [
      { text: heading.title, style: 'title' },
      heading.notice ? { text: heading.notice, style: 'notice' } : { text: '', margin: [0, 0, 0, 10] },
      {
        table: {
          widths: [130, '*'],
          body: facts.map(([label, value]) => [{ text: label, bold: true }, value]),
        },
        layout: 'noBorders',
      },
      { text: 'Lista kontrolna ze standardowej karty usługi', style: 'heading' },
      ...checklist(row.items),
    ],
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: `Kooperacja · ocena ${row.id}`, fontSize: 7 },
        { text: `Strona ${currentPage} z ${pageCount}`, alignment: 'right', fontSize: 8 },
      ],
      margin: [48, 24, 48, 0],
    }),
  });
}
