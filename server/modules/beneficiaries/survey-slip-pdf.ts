import type { SurveyMilestone } from '../../../common/contracts/person-survey';
import { renderPdf } from '../../platform/documents';

/**
 * The slip the person takes home: in plain Polish, what the survey is for, where to answer it
 * (the address, or the QR code that opens the page with the code filled in), the code and until
 * when it works. It names no person, so a lost slip tells a finder nothing about its owner; the
 * code is printed only here and in the answer to the issue, the server keeps its keyed hash.
 */
export interface SurveySlipInput {
  partnershipName: string;
  institutionName: string;
  milestone: SurveyMilestone;
  useBy: string;
  /** The code grouped for reading, e.g. `ACDEF-GHJKM`. */
  code: string;
  /** The public survey page without the code, to type in. */
  pageUrl: string;
  /** The same page with the code filled in, for the QR code. */
  surveyUrl: string;
}

const when: Record<SurveyMilestone, string> = {
  planAgreed: 'Razem ustaliliśmy Pani/Pana plan wsparcia.',
  midway: 'Jest Pani/Pan w połowie wsparcia.',
  closure: 'Wsparcie się zakończyło.',
};

const date = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'long' }).format(
    new Date(`${iso.slice(0, 10)}T12:00:00Z`),
  );

export function surveySlipPdf(input: SurveySlipInput): Promise<Buffer> {
  return renderPdf({
    info: { title: 'Ankieta: Pani/Pana zdanie o wsparciu', subject: input.partnershipName },
    pageSize: 'A5',
    pageMargins: [40, 40, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      heading: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      code: { fontSize: 22, bold: true },
    },
    content: [
      { text: 'Twoje zdanie jest dla nas ważne', style: 'title' },
      {
        text:
          `${when[input.milestone]} Prosimy, powiedz nam, jak oceniasz pomoc, co pomogło ` +
          'i co warto zmienić. Ankieta jest krótka (ok. 5 minut). Nie trzeba zakładać konta.',
      },
      {
        text: `Pyta: ${input.institutionName}, partnerstwo „${input.partnershipName}”.`,
        margin: [0, 6, 0, 0],
      },
      { text: 'Jak wypełnić ankietę', style: 'heading' },
      {
        ol: [
          'Zeskanuj telefonem kod QR poniżej albo wejdź na stronę:',
          'Wpisz kod z tej kartki (jeśli nie otworzył się sam).',
          'Odpowiedz na pytania i wyślij.',
        ],
      },
      { text: input.pageUrl, bold: true, margin: [0, 4, 0, 0] },
      { text: 'Twój kod', style: 'heading' },
      {
        columns: [
          [
            { text: input.code, style: 'code' },
            { text: `Kod działa do ${date(input.useBy)}, tylko jeden raz.`, margin: [0, 8, 0, 0] },
          ],
          { qr: input.surveyUrl, fit: 110, width: 120 },
        ],
        columnGap: 12,
      },
      {
        text:
          'Odpowiedzi przeczyta osoba, która Ci pomaga. Wyniki bez Twojego imienia i nazwiska ' +
          'pomagają partnerstwu poprawiać wsparcie. Udział jest dobrowolny. Jeśli potrzebujesz ' +
          'pomocy przy ankiecie, poproś o nią w instytucji, która dała Ci tę kartkę.',
        fontSize: 9.5,
        margin: [0, 14, 0, 0],
      },
    ],
  });
}
