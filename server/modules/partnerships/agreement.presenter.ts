import {
  type AgreementSummary,
  type AgreementView,
  type SignatureView,
  sectionsOfKind,
  type VoidedSignatureView,
} from '../../../common/contracts/partnership-agreements';
import type { Actor } from '../../platform/authz';
import { agreementAbilities, canSignFor } from './agreement.policy';
import type { AgreementRow, AgreementVersionRow, SignatureRow } from './agreement.repository';
import { effectiveState, missingForSignature } from './agreement-state';
import type { MemberRow } from './member.repository';
import type { PartnershipFacts } from './partnership.policy';

/** The signatures of current members only: a party that left no longer counts towards "signed by all". */
const currentSigned = (members: MemberRow[], signatures: SignatureRow[]) =>
  new Set(signatures.filter((s) => members.some((m) => m.id === s.memberId)).map((s) => s.memberId));

export function presentAgreementSummary(
  row: AgreementRow,
  members: MemberRow[],
  signatures: SignatureRow[],
  today: string,
): AgreementSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    state: effectiveState(row, today),
    parentAgreementId: row.parentAgreementId,
    termFrom: row.termFrom,
    termTo: row.termTo,
    currentVersion: row.currentVersion,
    signedCount: currentSigned(members, signatures).size,
    partyCount: members.length,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const presentSignature = (s: SignatureRow, uploadScan: boolean): SignatureView => ({
  id: s.id,
  memberId: s.memberId,
  institutionId: s.institutionId,
  institutionName: s.institutionName,
  signerName: s.signerName,
  signerPosition: s.signerPosition,
  signedOn: s.signedOn,
  recordedByName: s.recordedByName,
  scan: s.scan,
  version: s.version,
  abilities: { uploadScan },
});

export const presentVoidedSignature = (s: SignatureRow): VoidedSignatureView => ({
  id: s.id,
  institutionName: s.institutionName,
  signerName: s.signerName,
  signerPosition: s.signerPosition,
  signedOn: s.signedOn,
  voidedAt: (s.voidedAt ?? s.updatedAt).toISOString(),
  voidedByName: s.voidedByName,
  voidReason: s.voidReason,
});

/** The agreement with its current text, its parties and signatures, and what the actor may do. */
export function presentAgreement(input: {
  row: AgreementRow;
  current: AgreementVersionRow;
  members: MemberRow[];
  signatures: SignatureRow[];
  voidedSignatures: SignatureRow[];
  actor: Actor | null;
  facts: PartnershipFacts;
  today: string;
}): AgreementView {
  const { row, current, members, signatures, voidedSignatures, actor, facts, today } = input;
  const state = effectiveState(row, today);
  const signed = currentSigned(members, signatures);
  const unsigned = members.filter((m) => !signed.has(m.id));
  const abilities = agreementAbilities(actor, facts, state, unsigned);
  return {
    ...presentAgreementSummary(row, members, signatures, today),
    sections: current.sections,
    sectionKeys: [...sectionsOfKind[row.kind]],
    sentToSignatureAt: row.sentToSignatureAt?.toISOString() ?? null,
    inForceSince: row.inForceSince,
    terminatedOn: row.terminatedOn,
    terminationReason: row.terminationReason,
    parties: members.map((m) => ({
      memberId: m.id,
      institutionId: m.institutionId,
      institutionName: m.institution.name,
      institutionType: m.institution.type,
      signed: signed.has(m.id),
      canSign: abilities.sign && !signed.has(m.id) && canSignFor(actor, m),
    })),
    signatures: signatures.map((s) =>
      presentSignature(s, facts.status === 'active' && state !== 'terminated' && canSignFor(actor, s)),
    ),
    voidedSignatures: voidedSignatures
      .map(presentVoidedSignature)
      .sort((a, b) => b.voidedAt.localeCompare(a.voidedAt)),
    missingForSignature: state === 'draft' ? missingForSignature(row.kind, row.title, current.sections) : [],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    abilities,
  };
}
