import type { PersonExport } from '../../../common/contracts/rodo';
import { type Content, renderPdf } from '../../platform/documents';
import { t } from '../../platform/i18n';

/**
 * The export printed for the person who asked what is held about them (art. 15 RODO): always in
 * Polish, every part of the JSON export in readable form, ending with who read or changed the data.
 */
const date = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'long' }).format(
    new Date(`${iso.slice(0, 10)}T12:00:00Z`),
  );
const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', {
    timeZone: 'Europe/Warsaw',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
const or = (value: string | null | undefined) => value || '—';

const facts = (rows: [string, string][]): Content => ({
  table: { widths: [170, '*'], body: rows },
  layout: 'noBorders',
});

const table = (header: string[], rows: string[][], widths: (number | string)[]): Content =>
  rows.length
    ? {
        table: { headerRows: 1, widths, body: [header.map((text) => ({ text, bold: true })), ...rows] },
        fontSize: 9,
      }
    : { text: 'Brak.' };

export function personExportPdf(data: PersonExport): Promise<Buffer> {
  const { person } = data;
  const id = person.identification;
  const contact = person.contact;
  const field = (key: string) => t('pl', `beneficiaries:fields.${key}`);
  return renderPdf({
    info: { title: 'Informacja o przetwarzanych danych osobowych', subject: person.partnership.name },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
    },
    content: [
      { text: 'Informacja o przetwarzanych danych osobowych', style: 'title' },
      {
        text: `Art. 15 RODO — stan na ${dateTime(data.exportedAt)}. Administrator: ${person.entryInstitution.name}.`,
        alignment: 'center',
        margin: [0, 0, 0, 8],
      },
      data.anonymisedAt ? { text: `Dane zanonimizowano ${date(data.anonymisedAt)}.`, bold: true } : '',
      { text: 'Dane identyfikacyjne i kontaktowe', style: 'heading' },
      facts([
        [field('firstName'), or(id?.firstName)],
        [field('lastName'), or(id?.lastName)],
        [field('pesel'), or(id?.pesel)],
        [field('birthDate'), id ? date(id.birthDate) : '—'],
        [field('sex'), id?.sex ? t('pl', `beneficiaries:sexes.${id.sex}`) : '—'],
        [field('phone'), or(contact?.phone)],
        [field('email'), or(contact?.email)],
        [field('street'), or(contact?.street)],
        [field('postalCode'), or(contact?.postalCode)],
        [field('locality'), or(contact?.locality)],
        [field('territoryCode'), contact ? contact.territory.name : '—'],
        ['Usługa partnerstwa', person.partnership.name],
        [
          'Grupy docelowe',
          or(
            person.socialSituation?.targetGroups
              .map((g) => t('pl', `beneficiaries:targetGroups.${g}`))
              .join(', '),
          ),
        ],
      ]),
      { text: 'Zgody i ich historia', style: 'heading' },
      table(
        ['Cel', 'Wyrażona', 'Ważna do', 'Odbiorcy danych', 'Wycofana'],
        (person.consents ?? []).map((c) => [
          c.purpose,
          date(c.givenOn),
          c.validUntil ? date(c.validUntil) : 'bezterminowo',
          c.grants
            .map(
              (g) =>
                `${g.institution.name}: ${g.categories.map((k) => t('pl', `beneficiaries:categories.${k}`)).join(', ')}`,
            )
            .join('; '),
          c.withdrawnAt ? date(c.withdrawnAt) : '—',
        ]),
        ['*', 60, 60, '*', 60],
      ),
      { text: 'Wspólna diagnoza', style: 'heading' },
      table(
        ['Obszar', 'Instytucja', 'Ustalenia', 'Potrzeby'],
        data.diagnosis.map((e) => [
          t('pl', `diagnosis:domains.${e.domain}`),
          e.institution.name,
          e.findings,
          or(e.needs),
        ]),
        [90, 90, '*', '*'],
      ),
      { text: 'Indywidualny plan wsparcia — wersje', style: 'heading' },
      table(
        ['Wersja', 'Cele', 'Działania'],
        data.supportPlanVersions.map((v) => [
          String(v.number),
          v.goals.map((g) => g.text).join('\n'),
          v.actions.map((a) => `${a.provider.name}: ${date(a.from)} – ${date(a.until)}`).join('\n') || '—',
        ]),
        [45, '*', '*'],
      ),
      { text: 'Skierowania', style: 'heading' },
      table(
        ['Do', 'Wystawione', 'Stan', 'Opis'],
        data.referrals.map((r) => [
          r.operatorInstitution.name,
          date(r.issuedAt),
          t('pl', `referrals:states.${r.state}`),
          r.brief,
        ]),
        [110, 70, 70, '*'],
      ),
      { text: 'Ankiety — głos osoby', style: 'heading' },
      table(
        ['Etap', 'Wydana', 'Stan', 'Oceny (1–5)', 'Odpowiedzi własnymi słowami'],
        data.surveys.map((v) => [
          t('pl', `personVoice:milestones.${v.milestone}`),
          date(v.issuedAt),
          t('pl', `personVoice:states.${v.state}`),
          v.answer ? `${v.answer.useful} / ${v.answer.respectful} / ${v.answer.onTime}` : '—',
          v.answer
            ? [v.answer.helped, v.answer.change, v.answer.goals].filter(Boolean).join('\n') || '—'
            : '—',
        ]),
        [70, 60, 60, 60, '*'],
      ),
      { text: 'Kto odczytywał lub zmieniał dane', style: 'heading' },
      table(
        ['Kiedy', 'Kto', 'Instytucja', 'Czynność'],
        data.auditTrail.map((e) => [
          dateTime(e.occurredAt),
          or(e.actorName),
          or(e.institutionName),
          t('pl', `audit:actions.${e.action}`),
        ]),
        [80, 100, 110, '*'],
      ),
    ],
  });
}
