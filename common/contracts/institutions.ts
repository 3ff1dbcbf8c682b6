import { z } from 'zod';
import { institutionTypes, jstHeadOffices, pesLegalForms, recordStatuses, territorialLevels } from '../enums';
import { krsSchema, nipSchema, postalCodeSchema, regonSchema } from '../validators';
import { emailSchema } from './auth';
import { typeFactIssues } from './institution-facts';
import { pageOf, pageQuery } from './pagination';

/**
 * An optional text field: a blank input means "not given" and is stored as null, so clearing a
 * form field clears the fact instead of storing an empty string.
 */
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((value) => (value.trim() === '' ? null : value))
    .pipe(schema.nullable())
    .nullable()
    .optional();

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });
/** A text that must be given: blank answers "required" alone, not also a format error. */
const requiredText = (max: number) => text(max).min(1, { message: 'field.required', abort: true });

/** TERC code of a voivodeship (2 digits), powiat (4) or gmina or its part (7). */
export const tercCodeSchema = z
  .string()
  .trim()
  .min(1, { message: 'field.required', abort: true })
  .regex(/^\d{2}(\d{2}(\d{3})?)?$/, { message: 'field.tercCode' });

export const phoneSchema = text(30)
  .regex(/^\+?[\d\s()-]+$/, { message: 'field.phone' })
  .refine((v) => v.replace(/\D/g, '').length >= 9 && v.replace(/\D/g, '').length <= 15, {
    message: 'field.phone',
  });

/** People type "www.ops.pl": the scheme is added, and only http(s) addresses to real domains pass. */
const websiteSchema = text(300)
  .transform((v) => (/^https?:\/\//i.test(v) ? v : `https://${v}`))
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'field.website' }));

const institutionFields = {
  name: requiredText(300),
  shortName: optional(text(60)),
  type: z.enum(institutionTypes, {
    error: (issue) => (issue.input === undefined ? 'field.required' : undefined),
  }),
  territoryCode: tercCodeSchema,
  street: optional(text(150)),
  buildingNumber: optional(text(20)),
  postalCode: optional(postalCodeSchema),
  city: optional(text(100)),
  email: optional(emailSchema),
  phone: optional(phoneSchema),
  website: optional(websiteSchema),
  nip: optional(nipSchema),
  regon: optional(regonSchema),
  krs: optional(krsSchema),
  headOffice: z.enum(jstHeadOffices).nullable().optional(),
  aksesNumber: optional(text(50)),
  aksesValidUntil: optional(z.iso.date()),
  registerEntryNumber: optional(text(50)),
  registerEntryDate: optional(z.iso.date()),
  pesLegalForm: z.enum(pesLegalForms).nullable().optional(),
  socialEconomyStatus: z.boolean().nullable().optional(),
};

/** The type facts are checked even when other fields fail, so one answer names every problem. */
export const createInstitutionBody = z.strictObject(institutionFields).superRefine(
  (body, ctx) => {
    for (const issue of typeFactIssues(body)) {
      if (ctx.issues.some((i) => i.path?.[0] === issue.field)) continue;
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    }
  },
  {
    when: ({ value }) =>
      typeof value === 'object' &&
      value !== null &&
      (institutionTypes as readonly unknown[]).includes((value as { type?: unknown }).type),
  },
);
export type CreateInstitutionBody = z.infer<typeof createInstitutionBody>;
export type InstitutionFormInput = z.input<typeof createInstitutionBody>;

/**
 * A change names only what changes, plus the version it was read at. The type rules apply to the
 * record as it will be, so they are checked by the service, not here.
 */
export const updateInstitutionBody = z.strictObject({
  ...z.object(institutionFields).partial().shape,
  version: z.number().int().min(1),
});
export type UpdateInstitutionBody = z.infer<typeof updateInstitutionBody>;
export type UpdateInstitutionInput = z.input<typeof updateInstitutionBody>;

export const deactivateInstitutionBody = z.strictObject({
  reason: requiredText(1000).min(3, { message: 'field.tooShort' }),
});
export type DeactivateInstitutionBody = z.infer<typeof deactivateInstitutionBody>;
export type DeactivateInstitutionInput = z.input<typeof deactivateInstitutionBody>;

export const institutionSorts = ['name', '-name', 'type', '-type', 'updatedAt', '-updatedAt'] as const;
export type InstitutionSort = (typeof institutionSorts)[number];

export const institutionStatusFilters = ['active', 'inactive', 'all'] as const;

/** `type` may repeat (`type=ops&type=pup`) or list values with commas (`type=ops,pup`). */
const typeFilter = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => [v].flat().flatMap((s) => s.split(',').filter(Boolean)))
  .pipe(z.array(z.enum(institutionTypes)).max(institutionTypes.length));

export const listInstitutionsQuery = z.strictObject({
  q: text(100).optional(),
  type: typeFilter.optional(),
  voivodeship: z
    .string()
    .regex(/^\d{2}$/, { message: 'field.tercCode' })
    .optional(),
  powiat: z
    .string()
    .regex(/^\d{4}$/, { message: 'field.tercCode' })
    .optional(),
  gmina: z
    .string()
    .regex(/^\d{7}$/, { message: 'field.tercCode' })
    .optional(),
  status: z.enum(institutionStatusFilters).default('active'),
  sort: z.enum(institutionSorts).default('name'),
  ...pageQuery,
});
export type ListInstitutionsQuery = z.infer<typeof listInstitutionsQuery>;

const territoryRef = z.object({ code: z.string(), name: z.string() });

/** Where the institution is, with the names of the units above it, for display and filters. */
export const institutionTerritory = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(territorialLevels),
  voivodeship: territoryRef,
  powiat: territoryRef.nullable(),
  gmina: territoryRef.nullable(),
});
export type InstitutionTerritory = z.infer<typeof institutionTerritory>;

export const institutionAbilities = z.object({ update: z.boolean(), deactivate: z.boolean() });

/** A row of the registry list. */
export const institutionSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: z.enum(institutionTypes, {
    error: (issue) => (issue.input === undefined ? 'field.required' : undefined),
  }),
  territory: institutionTerritory,
  city: z.string().nullable(),
  status: z.enum(recordStatuses),
  updatedAt: z.string(),
  abilities: institutionAbilities,
});
export type InstitutionSummary = z.infer<typeof institutionSummary>;

/** The institution's card: every fact, who deactivated it and why, and what the actor may do. */
export const institutionView = institutionSummary.extend({
  street: z.string().nullable(),
  buildingNumber: z.string().nullable(),
  postalCode: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  nip: z.string().nullable(),
  regon: z.string().nullable(),
  krs: z.string().nullable(),
  headOffice: z.enum(jstHeadOffices).nullable(),
  aksesNumber: z.string().nullable(),
  aksesValidUntil: z.string().nullable(),
  registerEntryNumber: z.string().nullable(),
  registerEntryDate: z.string().nullable(),
  pesLegalForm: z.enum(pesLegalForms).nullable(),
  socialEconomyStatus: z.boolean().nullable(),
  deactivation: z
    .object({
      at: z.string(),
      byUserId: z.string().nullable(),
      byName: z.string().nullable(),
      reason: z.string(),
    })
    .nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type InstitutionView = z.infer<typeof institutionView>;

export const institutionListResponse = pageOf(institutionSummary);
export type InstitutionListResponse = z.infer<typeof institutionListResponse>;
