import { z } from 'zod';
import { commissioningModes, commissioningPlanStates } from '../enums';
import { parseGrosze } from '../money';
import { krsSchema } from '../validators';
import { tercCodeSchema } from './institutions';
import { pageOf, pageQuery } from './pagination';
import { initiativeLegalForms } from './pes-founding';
import { territorialUnitSummary } from './territory';

export * from './pes-founding';

export const initiativeStates = ['forming', 'preparing', 'registering', 'registered', 'abandoned'] as const;
export type InitiativeState = (typeof initiativeStates)[number];
export const preparationStepKinds = ['training', 'workshop', 'recruitment', 'selection'] as const;
export const preparationStepStatuses = ['planned', 'done', 'cancelled'] as const;
export const supportKinds = ['advice', 'training', 'labourFundGrant', 'owesGrant'] as const;
export const founderKinds = ['person', 'legalPerson'] as const;

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'field.required', abort: true });
const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};
const optionalText = (max: number) =>
  text(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
const date = z.iso.date({ message: 'field.date' });
const optionalDate = z
  .union([z.literal('').transform(() => null), date])
  .nullable()
  .optional();

/**
 * A founder as the group needs to count it, and no more: a natural person by first name and the
 * initial of the last name ("Anna K."), never a full name, PESEL or address, because the platform
 * only checks the legal minimum and shows who is in the group; the statute and the KRS
 * application, which need full data, are written outside it. A legal person by its name.
 */
export const founderInput = z
  .strictObject({
    kind: z.enum(founderKinds, required),
    name: requiredText(120),
    role: optionalText(120),
  })
  .superRefine((f, ctx) => {
    if (f.kind === 'person' && !/^\p{L}[\p{L}' -]* \p{Lu}\.$/u.test(f.name))
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'pesInitiative.founderNameFormat' });
  });

export const preparationStepInput = z.strictObject({
  kind: z.enum(preparationStepKinds, required),
  title: requiredText(200),
  date,
  status: z.enum(preparationStepStatuses).default('planned'),
});

/**
 * An amount typed as decimal text ("15 000,00"). It stays text in the request, so the service may
 * check it again, and the service keeps it as grosze (`parseGrosze`).
 */
const amountText = z
  .string()
  .trim()
  .refine((v) => v === '' || parseGrosze(v) !== null, { message: 'field.money' })
  .nullable()
  .optional();

export const supportInput = z.strictObject({
  kind: z.enum(supportKinds, required),
  institutionId: z.uuid(required),
  amount: amountText,
  date,
  note: optionalText(500),
});
export type SupportInput = z.output<typeof supportInput>;

const initiativeFields = {
  name: requiredText(200),
  legalForm: z.enum(initiativeLegalForms, required),
  /** The JST (gmina or powiat office) whose planned services the future PES is to deliver. */
  jstInstitutionId: z.uuid(required),
  owesInstitutionId: z.uuid(required),
  pupInstitutionId: z.uuid().nullable().optional(),
  serviceTypeIds: z.array(z.uuid()).min(1, { message: 'pesInitiative.serviceTypesRequired' }).max(20),
  /**
   * The commission of the JST's adopted commissioning plan the future PES prepares for; it must be
   * the JST's and of one of the initiative's service types.
   */
  plannedCommissionId: z.uuid().nullable().optional(),
  /**
   * What the JST plans, in words: for a JST whose plan is not on the platform or not adopted yet,
   * or a note beside the linked commission.
   */
  plannedCommission: optionalText(300),
  founders: z.array(founderInput).max(200),
  steps: z.array(preparationStepInput).max(100),
  support: z.array(supportInput).max(100),
  statuteAdoptedOn: optionalDate,
  krsAppliedOn: optionalDate,
};

/** Lists left out start empty; a change (below) leaves out what it does not change. */
export const createInitiativeBody = z.strictObject({
  ...initiativeFields,
  founders: initiativeFields.founders.default([]),
  steps: initiativeFields.steps.default([]),
  support: initiativeFields.support.default([]),
});
export type CreateInitiativeInput = z.input<typeof createInitiativeBody>;

export const updateInitiativeBody = z.strictObject({
  ...z.object(initiativeFields).partial().shape,
  version: z.number().int().min(1),
});
export type UpdateInitiativeInput = z.input<typeof updateInitiativeBody>;

export const versionBody = z.strictObject({ version: z.number().int().min(1) });
export const abandonInitiativeBody = z.strictObject({
  version: z.number().int().min(1),
  reason: requiredText(1000).min(3, { message: 'field.tooShort' }),
});
/** The court's entry: the KRS number (10 digits) and its date; none for a simple association. */
export const registerInitiativeBody = z.strictObject({
  version: z.number().int().min(1),
  krsNumber: z
    .union([z.literal('').transform(() => null), krsSchema])
    .nullable()
    .optional(),
  registeredOn: date,
});

const ref = z.object({ id: z.uuid(), name: z.string() });

export const initiativeView = z.object({
  id: z.uuid(),
  name: z.string(),
  legalForm: z.enum(initiativeLegalForms),
  state: z.enum(initiativeStates),
  jst: ref,
  owes: ref,
  pup: ref.nullable(),
  territory: territorialUnitSummary,
  serviceTypes: z.array(ref),
  /** The planned commission of the JST's plan it prepares for, with its plan. */
  plannedFor: z
    .object({
      commissionId: z.uuid(),
      planId: z.uuid(),
      planTitle: z.string(),
      planState: z.enum(commissioningPlanStates),
      serviceType: ref,
      mode: z.enum(commissioningModes),
      year: z.number().int(),
      quarter: z.number().int().nullable(),
      /** Grosze. */
      budget: z.number().int(),
    })
    .nullable(),
  plannedCommission: z.string().nullable(),
  /** Shown on the initiative's own page only (its reading is logged); null in lists. */
  founders: z
    .array(z.object({ kind: z.enum(founderKinds), name: z.string(), role: z.string().nullable() }))
    .nullable(),
  foundersCheck: z.object({
    minimumPersons: z.number().int(),
    minimumLegalPersons: z.number().int().nullable(),
    persons: z.number().int(),
    legalPersons: z.number().int(),
    met: z.boolean(),
    legalBasis: z.string(),
  }),
  steps: z.array(
    z.object({
      kind: z.enum(preparationStepKinds),
      title: z.string(),
      date: z.string(),
      status: z.enum(preparationStepStatuses),
    }),
  ),
  support: z.array(
    z.object({
      kind: z.enum(supportKinds),
      institution: ref,
      amount: z.number().int().nullable(),
      date: z.string(),
      note: z.string().nullable(),
    }),
  ),
  statuteAdoptedOn: z.string().nullable(),
  krsAppliedOn: z.string().nullable(),
  krsNumber: z.string().nullable(),
  registeredOn: z.string().nullable(),
  abandonReason: z.string().nullable(),
  /** The PES the registry holds since registration, created from this initiative. */
  registeredInstitution: ref.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({
    update: z.boolean(),
    advance: z.boolean(),
    register: z.boolean(),
    abandon: z.boolean(),
  }),
});
export type InitiativeView = z.infer<typeof initiativeView>;

export const listInitiativesQuery = z.strictObject({
  q: text(100).optional(),
  state: z.enum([...initiativeStates, 'all']).default('all'),
  owesInstitutionId: z.uuid().optional(),
  /** A voivodeship (2 digits), powiat (4) or gmina (7) of the JST served. */
  territory: tercCodeSchema.optional(),
  /** Only those preparing for a commission of this commissioning plan (its page lists them). */
  planId: z.uuid().optional(),
  ...pageQuery,
});
export type ListInitiativesQuery = z.infer<typeof listInitiativesQuery>;

export const initiativeListResponse = pageOf(initiativeView).extend({
  /** Whether the actor speaks for an OWES or PUP, so may start an initiative. */
  canCreate: z.boolean(),
});
export type InitiativeListResponse = z.infer<typeof initiativeListResponse>;

/** A commission of the JST's adopted plan an initiative may prepare for: the form's choices. */
export const commissionOption = z.object({
  commissionId: z.uuid(),
  planId: z.uuid(),
  planTitle: z.string(),
  serviceType: ref,
  mode: z.enum(commissioningModes),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  budget: z.number().int(),
});
export const commissionOptionsQuery = z.strictObject({ jstInstitutionId: z.uuid() });
export const commissionOptionsResponse = z.object({ items: z.array(commissionOption) });
export type CommissionOption = z.infer<typeof commissionOption>;
