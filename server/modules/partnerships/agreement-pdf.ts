import type { AgreementState } from '../../../common/contracts/partnership-agreements';
import { sectionsOfKind } from '../../../common/contracts/partnership-agreements';
import { type Content, renderPdf } from '../../platform/documents';
import type { InstitutionRow } from '../institutions';
import type { AgreementRow, AgreementVersionRow, SignatureRow } from './agreement.repository';
import { polishDate, roleNames, sectionHeadings } from './agreement-templates';
import type { MemberRow } from './member.repository';

/**
 * The agreement as the parties print and sign it: title, the parties with their identifiers
 * from the institutions registry, the numbered sections of one version, a signature block per
 * party (filled in where a signature is recorded), and on every page the version, its date and
 * the page number. A draft carries a "PROJEKT" watermark so it is never taken for the final text.
 */

export interface AgreementPdfInput {
  partnershipName: string;
  agreement: AgreementRow;
  state: AgreementState;
  version: AgreementVersionRow;
  parties: { member: MemberRow; institution: InstitutionRow | undefined }[];
  signatures: SignatureRow[];
}

const warsawDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(at);

function identifiers(i: InstitutionRow | undefined): string {
  if (!i) return '';
  const address = [
    [i.street, i.buildingNumber].filter(Boolean).join(' '),
    [i.postalCode, i.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  const ids = [i.nip && `NIP ${i.nip}`, i.regon && `REGON ${i.regon}`, i.krs && `KRS ${i.krs}`].filter(
    Boolean,
  );
  return [address, ids.join(', ')].filter(Boolean).join('\n');
}

function partiesTable(input: AgreementPdfInput): Content {
  return {
    table: {
      headerRows: 1,
      widths: [16, '*', '*', 90],
      body: [
        [
          { text: 'Lp.', bold: true },
          { text: 'Strona', bold: true },
          { text: 'Adres i identyfikatory', bold: true },
          { text: 'Rola', bold: true },
        ],
        ...input.parties.map((p, i) => [
          `${i + 1}.`,
          p.member.institution.name,
          identifiers(p.institution),
          roleNames[p.member.role],
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 4, 0, 12],
  };
}

function signatureBlocks(input: AgreementPdfInput): Content {
  const blocks = input.parties.map((p): Content => {
    const s = input.signatures.find((sig) => sig.memberId === p.member.id);
    return {
      unbreakable: true,
      margin: [0, 0, 0, 16],
      stack: [
        { text: p.member.institution.name, bold: true },
        s
          ? {
              text: `Podpisał(a): ${s.signerName}, ${s.signerPosition}, dnia ${polishDate(s.signedOn)}`,
              margin: [0, 4, 0, 0],
            }
          : {
              text: '\n\n……………………………………………………\n(imię i nazwisko, stanowisko, data i podpis)',
              fontSize: 9,
              color: '#444444',
            },
      ],
    };
  });
  return [{ text: 'Podpisy stron', style: 'heading', pageBreak: 'before' }, ...blocks] as Content;
}

export function agreementPdf(input: AgreementPdfInput): Promise<Buffer> {
  const { agreement, version } = input;
  const dated = polishDate(warsawDate(version.createdAt));
  const sections = sectionsOfKind[agreement.kind].filter((key) => version.sections[key]?.trim());
  return renderPdf({
    info: { title: version.title, subject: input.partnershipName },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
    },
    ...(input.state === 'draft' && {
      watermark: { text: 'PROJEKT', opacity: 0.08, bold: true },
    }),
    content: [
      { text: version.title, style: 'title' },
      {
        text: `Partnerstwo „${input.partnershipName}”`,
        alignment: 'center',
        margin: [0, 0, 0, 12],
      },
      partiesTable(input),
      ...sections.map(
        (key, i): Content => [
          { text: `§ ${i + 1}. ${sectionHeadings[key]}`, style: 'heading' },
          { text: version.sections[key] ?? '' },
        ],
      ),
      signatureBlocks(input),
    ],
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: `Wersja ${version.number} z dnia ${dated}`, fontSize: 8 },
        { text: `Strona ${currentPage} z ${pageCount}`, alignment: 'right', fontSize: 8 },
      ],
      margin: [56, 24, 56, 0],
    }),
  });
}
