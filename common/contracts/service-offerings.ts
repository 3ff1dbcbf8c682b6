import { z } from 'zod';
import { institutionTypes, offeringStatuses } from '../enums';
import { emailSchema } from './auth';
import { phoneSchema, tercCodeSchema } from './institutions';
import { pageOf, pageQuery } from './pagination';
import { territorialUnitSummary } from './territory';

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'field.required', abort: true });
/** Blank means "not given" and is stored as null, so clearing a field clears it. */
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((value) => (value.trim() === '' ? null : value))
    .pipe(schema.nullable())
    .nullable()
    .optional();

const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};

/**
 * What an offering says beyond its service type: where it is delivered (the TERYT unit whose
 * residents it serves), local details, and whom to contact when it is not the institution itself.
 */
const offeringFields = {
  territoryCode: tercCodeSchema,
  description: optional(text(2000)),
  contactName: optional(text(200)),
  email: optional(emailSchema),
  phone: optional(phoneSchema),
  startedOn: optional(z.iso.date({ message: 'field.date' })),
};

export const createOfferingBody = z.strictObject({
  institutionId: z.uuid(required),
  serviceTypeId: z.uuid(required),
  ...offeringFields,
});
export type CreateOfferingBody = z.infer<typeof createOfferingBody>;
export type CreateOfferingInput = z.input<typeof createOfferingBody>;

/** Ending is its own step with a reason; a change may only suspend or resume. */
export const updateOfferingBody = z.strictObject({
  ...z.object(offeringFields).partial().shape,
  status: z.enum(['active', 'suspended']).optional(),
  version: z.number().int().min(1),
});
export type UpdateOfferingInput = z.input<typeof updateOfferingBody>;

export const endOfferingBody = z.strictObject({
  reason: requiredText(1000).min(3, { message: 'field.tooShort' }),
  version: z.number().int().min(1),
});
export type EndOfferingInput = z.input<typeof endOfferingBody>;

/** `current` is what is delivered now or will be again (active and suspended). */
export const offeringStatusFilters = ['current', 'ended', 'all'] as const;

export const listOfferingsQuery = z.strictObject({
  q: text(100).optional(),
  institutionId: z.uuid().optional(),
  serviceTypeId: z.uuid().optional(),
  areaId: z.uuid().optional(),
  /** A voivodeship (2 digits), powiat (4) or gmina (7): offerings delivered in that unit or below it. */
  territory: tercCodeSchema.optional(),
  status: z.enum(offeringStatusFilters).default('current'),
  ...pageQuery,
});
export type ListOfferingsQuery = z.infer<typeof listOfferingsQuery>;

export const offeringView = z.object({
  id: z.uuid(),
  institution: z.object({
    id: z.uuid(),
    name: z.string(),
    type: z.enum(institutionTypes),
    city: z.string().nullable(),
  }),
  serviceType: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    deliveryUnit: z.string(),
    area: z.object({ id: z.uuid(), name: z.string() }),
  }),
  territory: territorialUnitSummary,
  description: z.string().nullable(),
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  startedOn: z.string().nullable(),
  status: z.enum(offeringStatuses),
  end: z.object({ at: z.string(), byName: z.string().nullable(), reason: z.string() }).nullable(),
  /** The same offering in the public HSDS directory. */
  hsdsPath: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), end: z.boolean() }),
});
export type OfferingView = z.infer<typeof offeringView>;

/** A page of offerings; with `institutionId`, whether the actor may add one for that institution. */
export const offeringListResponse = pageOf(offeringView).extend({
  abilities: z.object({ create: z.boolean() }),
});
export type OfferingListResponse = z.infer<typeof offeringListResponse>;
