import { z } from 'zod';
import { parsePesel, peselSchema, postalCodeSchema, type Sex } from '../validators';
import { emailSchema } from './auth';
import { phoneSchema } from './institutions';
import { pageOf, pageQuery } from './pagination';
import { optionalText, requiredText } from './partnerships';

/**
 * A beneficiary of a partnership's service (seed 002 §8): registered only by the service's entry
 * institution (its OPS/CUS or PUP), who owns the record. Other partners see what a consent of
 * the person lets them see, category by category, and nothing else.
 */

/** The institutions through which a person enters an integration partnership's service (model A). */
export const entryInstitutionTypes = ['ops', 'cus', 'pup'] as const;

export const sexes = ['female', 'male'] as const satisfies readonly Sex[];

/** Why a person has no PESEL on record: then the birth date is required instead. */
export const noPeselReasons = ['foreigner', 'notAssigned', 'notProvided'] as const;
export type NoPeselReason = (typeof noPeselReasons)[number];

/** Who the partnership's service is for (seed 002 §4.11–4.13): unemployed people excluded or at risk. */
export const targetGroups = [
  'longTermUnemployed',
  'unemployed',
  'disability',
  'homelessnessRisk',
  'homeless',
  'singleParent',
  'over50',
  'under30',
  'lowQualifications',
  'addiction',
  'leavingPrison',
  'leavingCare',
  'domesticViolence',
  'socialAssistanceClient',
] as const;
export type TargetGroup = (typeof targetGroups)[number];

/**
 * The categories of a person's data a consent may open to a partner. Later records (diagnosis,
 * support plan, deliveries) each belong to one, and are shown only where it is covered.
 */
export const dataCategories = [
  'identification',
  'contact',
  'socialSituation',
  'diagnosis',
  'supportPlan',
  'health',
  'serviceDelivery',
] as const;
export type DataCategory = (typeof dataCategories)[number];

/** How the person gave consent: a signed paper form (its scan is attached) or in person. */
export const consentForms = ['paper', 'inPerson'] as const;
export type ConsentForm = (typeof consentForms)[number];

export const consentStatuses = ['valid', 'notYetValid', 'expired', 'withdrawn'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

const isoDate = z.iso.date({ message: 'field.date' });
const version = z.number().int().min(1);
const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};
/** Blank means "not given": stored as null, so clearing a field clears it. */
const blankToNull = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((value) => (value.trim() === '' ? null : value))
    .pipe(schema.nullable())
    .nullable()
    .optional();

/** The gmina of residence: a 7-digit TERC code of a gmina. */
const gminaCode = z
  .string()
  .trim()
  .min(1, { message: 'field.required', abort: true })
  .regex(/^\d{7}$/, { message: 'beneficiary.gminaCode' });

/** Today in Poland, as yyyy-mm-dd: dates people give are Warsaw dates. */
export const warsawToday = (now = new Date()) =>
  now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });

export interface PeselCrossCheck {
  field: 'birthDate' | 'sex';
  id: 'beneficiary.birthDateMismatch' | 'beneficiary.sexMismatch';
}

/**
 * What a PESEL says against what was typed: the birth date and sex it encodes must agree with
 * entered ones. Empty when they agree, when they were left blank, or when the PESEL is invalid
 * (its own check reports that).
 */
export function peselCrossCheck(
  pesel: string,
  birthDate?: string | null,
  sex?: Sex | null,
): PeselCrossCheck[] {
  const facts = parsePesel(pesel);
  if (!facts) return [];
  const problems: PeselCrossCheck[] = [];
  if (birthDate && birthDate !== facts.birthDate)
    problems.push({ field: 'birthDate', id: 'beneficiary.birthDateMismatch' });
  if (sex && sex !== facts.sex) problems.push({ field: 'sex', id: 'beneficiary.sexMismatch' });
  return problems;
}

const personFields = {
  firstName: requiredText(100),
  lastName: requiredText(150),
  pesel: blankToNull(peselSchema),
  noPeselReason: z.enum(noPeselReasons).nullable().optional(),
  noPeselNote: optionalText(500),
  birthDate: blankToNull(isoDate),
  sex: z.enum(sexes).nullable().optional(),
  phone: blankToNull(phoneSchema),
  email: blankToNull(emailSchema),
  street: optionalText(200),
  postalCode: blankToNull(postalCodeSchema),
  locality: optionalText(100),
  territoryCode: gminaCode,
  targetGroups: z
    .array(z.enum(targetGroups))
    .max(targetGroups.length)
    .default([])
    .transform((groups) => [...new Set(groups)]),
};

type PersonFields = z.output<z.ZodObject<typeof personFields>>;

/** A PESEL or the reason for its absence (then the birth date); what the PESEL says must agree. */
function identityIssues(person: PersonFields, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (person.pesel) {
    if (person.noPeselReason) issue('noPeselReason', 'beneficiary.reasonWithPesel');
    for (const p of peselCrossCheck(person.pesel, person.birthDate, person.sex)) issue(p.field, p.id);
  } else {
    if (!person.noPeselReason) issue('pesel', 'beneficiary.peselOrReason');
    if (!person.birthDate) issue('birthDate', 'field.required');
  }
  if (person.birthDate && person.birthDate > warsawToday()) issue('birthDate', 'beneficiary.birthDateFuture');
}

export const registerPersonBody = z
  .strictObject({ partnershipId: z.uuid({ message: 'field.required' }), ...personFields })
  .superRefine(identityIssues);
export type RegisterPersonBody = z.output<typeof registerPersonBody>;
export type RegisterPersonInput = z.input<typeof registerPersonBody>;

/** The whole record at the version the editor read. */
export const updatePersonBody = z.strictObject({ ...personFields, version }).superRefine(identityIssues);
export type UpdatePersonBody = z.output<typeof updatePersonBody>;
export type UpdatePersonInput = z.input<typeof updatePersonBody>;

export const personParams = z.object({ id: z.uuid() });
export const consentParams = z.object({ id: z.uuid(), consentId: z.uuid() });

export const listPersonsQuery = z.object({
  /** A name (any part, without diacritics) or an exact PESEL. */
  q: z.string().trim().max(200).optional(),
  /** Only the own institutions' people whose support plan was submitted and awaits approval. */
  planAwaitingApproval: z.union([z.boolean(), z.stringbool()]).optional(),
  ...pageQuery,
});
export type ListPersonsQuery = z.input<typeof listPersonsQuery>;

const ref = z.object({ id: z.string(), name: z.string() });

export const personListItem = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  partnership: ref,
  entryInstitution: ref,
  /** Registered by one of the reader's institutions (not seen through a consent). */
  own: z.boolean(),
  createdAt: z.string(),
});
export type PersonListItem = z.infer<typeof personListItem>;
export const personPage = pageOf(personListItem);

/** A service the actor's institution may register people into, as its entry institution. */
export const intakeService = z.object({ partnership: ref, institution: ref });
export const intakeOptions = z.object({
  services: z.array(intakeService),
  /** The actor works at a member of some partnership's service that is not an entry institution. */
  memberButNotEntry: z.boolean(),
});
export type IntakeOptions = z.infer<typeof intakeOptions>;

export const consentGrantInput = z.strictObject({
  institutionId: z.uuid({ message: 'field.required' }),
  categories: z
    .array(z.enum(dataCategories))
    .min(1, { message: 'beneficiary.categoriesRequired' })
    .transform((c) => [...new Set(c)]),
});

export const createConsentBody = z
  .strictObject({
    purpose: requiredText(2000),
    givenOn: isoDate,
    form: z.enum(consentForms, required),
    validUntil: blankToNull(isoDate),
    grants: z
      .array(consentGrantInput)
      .min(1, { message: 'beneficiary.grantsRequired' })
      .max(50)
      .refine((g) => new Set(g.map((x) => x.institutionId)).size === g.length, {
        message: 'beneficiary.grantDuplicate',
      }),
  })
  .superRefine((c, ctx) => {
    if (c.givenOn > warsawToday())
      ctx.addIssue({ code: 'custom', path: ['givenOn'], message: 'beneficiary.givenInFuture' });
    if (c.validUntil && c.validUntil < c.givenOn)
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'field.dateOrder' });
  });
export type CreateConsentBody = z.output<typeof createConsentBody>;
export type CreateConsentInput = z.input<typeof createConsentBody>;

export const withdrawConsentBody = z.strictObject({ version, reason: optionalText(1000) });
export type WithdrawConsentInput = z.input<typeof withdrawConsentBody>;

export const consentView = z.object({
  id: z.string(),
  purpose: z.string(),
  givenOn: z.string(),
  form: z.enum(consentForms),
  validUntil: z.string().nullable(),
  status: z.enum(consentStatuses),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnByName: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  grants: z.array(z.object({ institution: ref, categories: z.array(z.enum(dataCategories)) })),
  scan: z.object({ fileName: z.string(), mimeType: z.string(), sizeBytes: z.number().int() }).nullable(),
  version: z.number().int(),
  abilities: z.object({ withdraw: z.boolean(), uploadScan: z.boolean() }),
});
export type ConsentView = z.infer<typeof consentView>;

export const personView = z.object({
  id: z.string(),
  partnership: ref,
  entryInstitution: ref,
  /** The categories the reader's institutions may see: all for the entry institution. */
  categories: z.array(z.enum(dataCategories)),
  identification: z
    .object({
      firstName: z.string(),
      lastName: z.string(),
      pesel: z.string().nullable(),
      noPeselReason: z.enum(noPeselReasons).nullable(),
      noPeselNote: z.string().nullable(),
      birthDate: z.string(),
      sex: z.enum(sexes).nullable(),
    })
    .nullable(),
  contact: z
    .object({
      phone: z.string().nullable(),
      email: z.string().nullable(),
      street: z.string().nullable(),
      postalCode: z.string().nullable(),
      locality: z.string().nullable(),
      territory: z.object({ code: z.string(), name: z.string() }),
    })
    .nullable(),
  socialSituation: z.object({ targetGroups: z.array(z.enum(targetGroups)) }).nullable(),
  /** For the entry institution only: consents with their history, and whom they may name. */
  consents: z.array(consentView).nullable(),
  recipients: z.array(ref),
  /** When the record was anonymised (RODO erasure); it is closed to changes since. */
  anonymisedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** `exercisePrivacyRights`: export and anonymise, the entry institution's staff who manage the record. */
  abilities: z.object({
    update: z.boolean(),
    manageConsents: z.boolean(),
    exercisePrivacyRights: z.boolean(),
  }),
});
export type PersonView = z.infer<typeof personView>;

/** The 409 of an intake that matches a person already registered in the service. */
export const duplicateDetails = z.object({
  match: z.enum(['pesel', 'namesAndBirthDate']),
  /** The existing record, when the actor may open it. */
  existingId: z.string().nullable(),
});
export type DuplicateDetails = z.infer<typeof duplicateDetails>;

export const CONSENT_SCAN_MAX_BYTES = 10 * 1024 * 1024;
