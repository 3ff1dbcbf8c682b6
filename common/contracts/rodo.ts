import { z } from 'zod';
import { personView } from './beneficiaries';
import { diagnosisEntryView } from './diagnosis';
import { requiredText } from './partnerships';
import { surveyInvitationView } from './person-survey';
import { referralView } from './referrals';
import { supportPlanVersionView } from './support-plan';

/**
 * A data subject's rights over what a partnership holds about them (GDPR art. 15–17): the export
 * of everything, rectification (the ordinary edit of the record) and erasure, which here is
 * anonymisation: the law obliges the institutions to keep some records for years (art. 17(3)(b)),
 * and statistics of the service must still count the person.
 */

/**
 * How long the records of a person must be kept, and on what legal basis, shown before anyone
 * anonymises a record. The periods themselves come from each institution's own archival rules
 * (its file classification scheme), so the table names the rule and the basis, not a number.
 */
export const retentionRules = [
  {
    key: 'socialAssistanceFiles',
    legalBasis:
      'art. 5–6 ustawy z 14 lipca 1983 r. o narodowym zasobie archiwalnym i archiwach; jednolity rzeczowy wykaz akt ośrodka (kategoria archiwalna akt sprawy)',
  },
  {
    key: 'labourMarketRecords',
    legalBasis:
      'ustawa z 20 marca 2025 r. o rynku pracy i służbach zatrudnienia; jednolity rzeczowy wykaz akt powiatowego urzędu pracy',
  },
  {
    key: 'euFundedProject',
    legalBasis:
      'art. 82 rozporządzenia (UE) 2021/1060: 5 lat od 31 grudnia roku ostatniej płatności na rzecz beneficjenta',
  },
  {
    key: 'consents',
    legalBasis: 'art. 7 ust. 1 i 3 RODO; art. 118 Kodeksu cywilnego (przedawnienie roszczeń)',
  },
  {
    key: 'auditTrail',
    legalBasis: 'art. 5 ust. 2 i art. 30 RODO (rozliczalność)',
  },
] as const;
export type RetentionRuleKey = (typeof retentionRules)[number]['key'];

/** Anonymising a person: irreversible, so it names why, at the version the person was read. */
export const anonymisePersonBody = z.strictObject({
  reason: requiredText(1000),
  version: z.number().int().min(1),
});
export type AnonymisePersonInput = z.input<typeof anonymisePersonBody>;

/** One event of the audit trail about the person: who, for which institution, when, what. */
export const personAuditTrailEntry = z.object({
  occurredAt: z.string(),
  actorName: z.string().nullable(),
  institutionName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
});
export type PersonAuditTrailEntry = z.infer<typeof personAuditTrailEntry>;

/** Everything held about the person (art. 15 RODO); referral codes are never held in clear. */
export const personExport = z.object({
  exportedAt: z.string(),
  anonymisedAt: z.string().nullable(),
  person: personView,
  diagnosis: z.array(diagnosisEntryView),
  supportPlanVersions: z.array(supportPlanVersionView),
  referrals: z.array(referralView),
  /** The person's survey invitations and answers (the person's voice). */
  surveys: z.array(surveyInvitationView),
  auditTrail: z.array(personAuditTrailEntry),
});
export type PersonExport = z.infer<typeof personExport>;
