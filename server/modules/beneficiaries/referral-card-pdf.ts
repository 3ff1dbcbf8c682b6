import type { ReferralView } from '../../../common/contracts/referrals';
import { renderPdf } from '../../platform/documents';
import { t } from '../../platform/i18n';

/**
 * The referral card the person carries to the operator: who refers whom, for what, what the
 * operator needs to know, until when, and the one-time code in letters and as a QR code of the
 * redemption page. Always in Polish: it is a paper the person hands over. The code exists in
 * clear only here and in the answer to the issue; the server keeps its keyed hash.
 */
export interface ReferralCardInput {
  referral: ReferralView;
  /** The code grouped for reading, e.g. `ACDEF-GHJKM`. */
  code: string;
  /** The redemption page, with the code filled in. */
  redeemUrl: string;
}

const date = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'long' }).format(
    new Date(`${iso.slice(0, 10)}T12:00:00Z`),
  );

export function referralCardPdf({ referral, code, redeemUrl }: ReferralCardInput): Promise<Buffer> {
  const person = `${referral.person.firstName} ${referral.person.lastName}`;
  return renderPdf({
    info: {
      title: `Skierowanie do ${referral.operatorInstitution.name}`,
      subject: referral.partnership.name,
    },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      code: { fontSize: 22, bold: true },
    },
    content: [
      { text: 'Skierowanie do operatora usług', style: 'title' },
      { text: `Partnerstwo „${referral.partnership.name}”`, alignment: 'center', margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [150, '*'],
          body: [
            ['Osoba skierowana', person],
            ['Kieruje', referral.entryInstitution.name],
            ['Do', referral.operatorInstitution.name],
            ['Data wystawienia', date(referral.issuedAt)],
            ['Kod ważny do', date(referral.useBy)],
          ],
        },
        layout: 'noBorders',
      },
      { text: 'Usługi', style: 'heading' },
      {
        ul: referral.services.map((s) =>
          [t('pl', `partnershipPlan:instruments.${s.instrument}`), s.description].filter(Boolean).join(': '),
        ),
      },
      { text: 'Informacje dla operatora', style: 'heading' },
      { text: referral.brief },
      { text: 'Kod skierowania', style: 'heading' },
      {
        columns: [
          [
            { text: code, style: 'code' },
            {
              text:
                'Operator wpisuje ten kod na stronie „Realizuj skierowanie” albo skanuje kod QR. ' +
                'Kod działa jeden raz. Dopiero wtedy operator widzi sprawę — i tylko na podstawie ' +
                'Pani/Pana zgody. Nie przekazuj kodu nikomu poza operatorem.',
              margin: [0, 8, 0, 0],
            },
          ],
          { qr: redeemUrl, fit: 130, width: 140 },
        ],
        columnGap: 16,
      },
    ],
  });
}
