import { z } from 'zod';
import { institutionTypes } from '../enums';
import { optionalText, requiredText, text } from './partnerships';

/**
 * Agreements and declarations of a partnership (issue #3, phase 2a): generated from the
 * partnership's data, edited as versioned drafts, frozen for signature, in force once every
 * member has signed. Enumerations live here, beside the contract that speaks them, and the
 * database checks them through its enums.
 */

/** The documents a partnership signs: model A's cooperation agreement, the PZK declaration, a JST consortium, an annex. */
export const agreementKinds = ['cooperation', 'pzkDeclaration', 'jstConsortium', 'annex'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

/**
 * Draft → in signature (text frozen) → in force (every current member signed) → expired (term
 * over, computed when read) or terminated (with reason and date).
 */
export const agreementStates = ['draft', 'inSignature', 'inForce', 'expired', 'terminated'] as const;
export type AgreementState = (typeof agreementStates)[number];

/** The sections of model A's agreement (seed 002 §6); each kind uses the ones it needs, in this order. */
export const agreementSections = [
  'parties',
  'goals',
  'roles',
  'dataExchange',
  'resources',
  'decisionMaking',
  'amendments',
  'term',
  'termination',
  'legalBases',
] as const;
export type AgreementSection = (typeof agreementSections)[number];

export const sectionsOfKind: Record<AgreementKind, readonly AgreementSection[]> = {
  cooperation: [
    'parties',
    'goals',
    'roles',
    'dataExchange',
    'resources',
    'decisionMaking',
    'term',
    'termination',
    'legalBases',
  ],
  pzkDeclaration: ['parties', 'goals', 'roles', 'dataExchange', 'decisionMaking', 'term', 'legalBases'],
  jstConsortium: [
    'parties',
    'goals',
    'roles',
    'resources',
    'decisionMaking',
    'term',
    'termination',
    'legalBases',
  ],
  annex: ['parties', 'amendments', 'term', 'legalBases'],
};

/** The text of each section; only the sections of the agreement's kind. */
export const agreementSectionsSchema = z.partialRecord(z.enum(agreementSections), z.string());
export type AgreementSections = z.infer<typeof agreementSectionsSchema>;

const version = z.number().int().min(1);
const legalDate = z.iso.date({ message: 'field.date' });

export const createAgreementBody = z.strictObject({
  kind: z.enum(agreementKinds),
  /** For an annex: the agreement it amends (of the same partnership, in force). */
  parentAgreementId: z.uuid().nullable().optional(),
  title: optionalText(300),
  termFrom: legalDate.nullable().optional(),
  termTo: legalDate.nullable().optional(),
});
export type CreateAgreementInput = z.input<typeof createAgreementBody>;

/** A draft save: every change of the text makes a new version. */
export const updateAgreementBody = z.strictObject({
  version,
  title: requiredText(300).optional(),
  termFrom: legalDate.nullable().optional(),
  termTo: legalDate.nullable().optional(),
  sections: z.partialRecord(z.enum(agreementSections), text(20000)).optional(),
});
export type UpdateAgreementInput = z.input<typeof updateAgreementBody>;

export const versionOnlyBody = z.strictObject({ version });
export type VersionOnlyInput = z.input<typeof versionOnlyBody>;

export const terminateAgreementBody = z.strictObject({
  version,
  reason: requiredText(2000).min(3, { message: 'field.tooShort' }),
  terminatedOn: legalDate,
});
export type TerminateAgreementInput = z.input<typeof terminateAgreementBody>;

/**
 * Takes an agreement in signature back to a draft to correct its text: the signatures given so
 * far are voided (kept on record with this reason) and every member signs the corrected text.
 */
export const withdrawFromSignatureBody = z.strictObject({
  version,
  reason: requiredText(2000).min(3, { message: 'field.tooShort' }),
});
export type WithdrawFromSignatureInput = z.input<typeof withdrawFromSignatureBody>;

/** A member's signature: who signed for it, in what capacity, when. `version` is the agreement's. */
export const signAgreementBody = z.strictObject({
  version,
  memberId: z.uuid({ message: 'field.required' }),
  signerName: requiredText(200),
  signerPosition: requiredText(200),
  signedOn: legalDate,
});
export type SignAgreementInput = z.input<typeof signAgreementBody>;

export const agreementParams = z.object({ id: z.string(), agreementId: z.string() });
export const agreementVersionParams = agreementParams.extend({ n: z.coerce.number().int().min(1) });
export const signatureParams = agreementParams.extend({ signatureId: z.string() });
export const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const signatureView = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  signedOn: z.string(),
  recordedByName: z.string().nullable(),
  scan: z.object({ fileName: z.string(), mimeType: z.string(), sizeBytes: z.number().int() }).nullable(),
  version: z.number().int(),
  abilities: z.object({ uploadScan: z.boolean() }),
});
export type SignatureView = z.infer<typeof signatureView>;

/** A signature voided when its agreement went back to a draft: who had signed, and when and why it was voided. */
export const voidedSignatureView = z.object({
  id: z.uuid(),
  institutionName: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  signedOn: z.string(),
  voidedAt: z.string(),
  voidedByName: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type VoidedSignatureView = z.infer<typeof voidedSignatureView>;

/** A party: a current member, with what the registry says of its institution and whether it signed. */
export const agreementPartyView = z.object({
  memberId: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  institutionType: z.enum(institutionTypes),
  signed: z.boolean(),
  /** The signed-in user may record this party's signature now. */
  canSign: z.boolean(),
});

export const agreementSummary = z.object({
  id: z.uuid(),
  kind: z.enum(agreementKinds),
  title: z.string(),
  state: z.enum(agreementStates),
  parentAgreementId: z.uuid().nullable(),
  termFrom: z.string().nullable(),
  termTo: z.string().nullable(),
  currentVersion: z.number().int(),
  signedCount: z.number().int(),
  partyCount: z.number().int(),
  updatedAt: z.string(),
});
export type AgreementSummary = z.infer<typeof agreementSummary>;

export const agreementView = agreementSummary.extend({
  sections: agreementSectionsSchema,
  sectionKeys: z.array(z.enum(agreementSections)),
  sentToSignatureAt: z.string().nullable(),
  inForceSince: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  parties: z.array(agreementPartyView),
  signatures: z.array(signatureView),
  /** Signatures voided by withdrawals from signature, newest first. */
  voidedSignatures: z.array(voidedSignatureView),
  /** Required fields still empty: sending to signature is refused until there are none. */
  missingForSignature: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
  abilities: z.object({
    edit: z.boolean(),
    sendToSignature: z.boolean(),
    withdrawFromSignature: z.boolean(),
    terminate: z.boolean(),
    sign: z.boolean(),
  }),
});
export type AgreementView = z.infer<typeof agreementView>;

/** The list's filter by state, read the way the agreements show it ("expired" past the term). */
export const agreementListQuery = z.object({ state: z.enum(agreementStates).optional() });
export type AgreementListQuery = z.infer<typeof agreementListQuery>;

export const agreementListResponse = z.object({
  items: z.array(agreementSummary),
  abilities: z.object({ create: z.boolean() }),
});
export type AgreementList = z.infer<typeof agreementListResponse>;

export const agreementVersionView = z.object({
  number: z.number().int(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export const agreementVersionsResponse = z.object({ items: z.array(agreementVersionView) });
export type AgreementVersionView = z.infer<typeof agreementVersionView>;

/** A word-level change list per section: unchanged, added and removed runs, in order. */
export const diffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffPart = z.infer<typeof diffPart>;
export const agreementDiffResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  sections: z.array(
    z.object({ section: z.enum(agreementSections), changed: z.boolean(), parts: z.array(diffPart) }),
  ),
});
export type AgreementDiff = z.infer<typeof agreementDiffResponse>;

/** The partnerships-level view: agreements awaiting a signature of one of my institutions. */
export const unsignedAgreementView = z.object({
  agreementId: z.uuid(),
  title: z.string(),
  partnershipId: z.uuid(),
  partnershipName: z.string(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  sentToSignatureAt: z.string().nullable(),
});
export type UnsignedAgreementView = z.infer<typeof unsignedAgreementView>;
export const unsignedAgreementsResponse = z.object({ items: z.array(unsignedAgreementView) });

/** Scans: a PDF or a photo of the signed page, checked by its first bytes, not by its name. */
export const SCAN_MAX_BYTES = 10 * 1024 * 1024;
export const scanMimeTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
