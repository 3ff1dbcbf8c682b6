import { z } from 'zod';
import { catalogueStatuses } from '../enums';
import { pageOf, pageQuery } from './pagination';

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });
/** A text that must be given: blank answers "required" alone. */
const requiredText = (max: number) => text(max).min(1, { message: 'field.required', abort: true });
/** Blank means "not given" and is stored as null, so clearing a field clears it. */
const optionalText = (max: number) =>
  text(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/**
 * The stable key of a catalogue entry: the code of its term in the public HSDS taxonomy and what
 * the bundled catalogue is matched on when it is loaded again. Given once, never changed.
 */
export const catalogueCodeSchema = z
  .string()
  .trim()
  .min(1, { message: 'field.required', abort: true })
  .max(80, { message: 'field.tooLong' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'field.catalogueCode' });

/** A list of provisions or requirements, one per entry; the forms take one per line. */
const lines = (max: number) => z.array(requiredText(500)).max(max, { message: 'field.tooMany' });
const requiredLines = (max: number) => lines(max).min(1, { message: 'field.required' });

const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};

export const catalogueStatusFilters = ['active', 'retired', 'all'] as const;
export type CatalogueStatusFilter = (typeof catalogueStatusFilters)[number];

const listQuery = {
  q: text(100).optional(),
  status: z.enum(catalogueStatusFilters).default('active'),
  ...pageQuery,
};

const retirement = z.object({ at: z.string(), byName: z.string().nullable(), reason: z.string() }).nullable();

/** Retiring takes an entry out of new use, with the reason; what already refers to it stays. */
export const retireCatalogueEntryBody = z.strictObject({
  reason: requiredText(1000).min(3, { message: 'field.tooShort' }),
  version: z.number().int().min(1),
});
export type RetireCatalogueEntryInput = z.input<typeof retireCatalogueEntryBody>;

export const versionBody = z.strictObject({ version: z.number().int().min(1) });

// Areas --------------------------------------------------------------------------------------

const areaFields = {
  name: requiredText(200),
  description: requiredText(2000),
  /** The acts the area rests on, e.g. "Ustawa z dnia 12 marca 2004 r. o pomocy społecznej". */
  legalBasis: requiredLines(20),
};

export const createServiceAreaBody = z.strictObject({ code: catalogueCodeSchema.optional(), ...areaFields });
export type CreateServiceAreaInput = z.input<typeof createServiceAreaBody>;

export const updateServiceAreaBody = z.strictObject({
  ...z.object(areaFields).partial().shape,
  version: z.number().int().min(1),
});
export type UpdateServiceAreaInput = z.input<typeof updateServiceAreaBody>;

export const listServiceAreasQuery = z.strictObject({ q: listQuery.q, ...pageQuery });
export type ListServiceAreasQuery = z.infer<typeof listServiceAreasQuery>;

export const serviceAreaView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  legalBasis: z.array(z.string()),
  /** Service types in use in the area. */
  activeTypeCount: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type ServiceAreaView = z.infer<typeof serviceAreaView>;
export const serviceAreaListResponse = pageOf(serviceAreaView);
export type ServiceAreaListResponse = z.infer<typeof serviceAreaListResponse>;

// Qualifications -----------------------------------------------------------------------------

const qualificationFields = { name: requiredText(200), description: optionalText(2000) };

export const createQualificationBody = z.strictObject({
  code: catalogueCodeSchema.optional(),
  ...qualificationFields,
});
export type CreateQualificationInput = z.input<typeof createQualificationBody>;

export const updateQualificationBody = z.strictObject({
  ...z.object(qualificationFields).partial().shape,
  version: z.number().int().min(1),
});
export type UpdateQualificationInput = z.input<typeof updateQualificationBody>;

export const listQualificationsQuery = z.strictObject(listQuery);
export type ListQualificationsQuery = z.infer<typeof listQualificationsQuery>;

export const qualificationRef = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  status: z.enum(catalogueStatuses),
});
export type QualificationRef = z.infer<typeof qualificationRef>;

export const qualificationView = qualificationRef.extend({
  description: z.string().nullable(),
  /** Active service types that require it. */
  serviceTypeCount: z.number().int(),
  retirement,
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), retire: z.boolean() }),
});
export type QualificationView = z.infer<typeof qualificationView>;
export const qualificationListResponse = pageOf(qualificationView);
export type QualificationListResponse = z.infer<typeof qualificationListResponse>;

// Service types ------------------------------------------------------------------------------

/** The standard card of a service type: the minimal unified offer of the model (seed 001). */
const serviceTypeFields = {
  areaId: z.uuid(required),
  name: requiredText(200),
  description: requiredText(4000),
  recipients: requiredText(2000),
  /** What one delivery is counted in: "godzina usługi", "osobodzień", "miesiąc opieki nad dzieckiem". */
  deliveryUnit: requiredText(100),
  legalBasis: requiredLines(20),
  organisationalResources: lines(30),
  technicalResources: lines(30),
  qualificationIds: z.array(z.uuid()).max(30, { message: 'field.tooMany' }),
};

export const createServiceTypeBody = z.strictObject({
  code: catalogueCodeSchema.optional(),
  ...serviceTypeFields,
  organisationalResources: serviceTypeFields.organisationalResources.default([]),
  technicalResources: serviceTypeFields.technicalResources.default([]),
  qualificationIds: serviceTypeFields.qualificationIds.default([]),
});
export type CreateServiceTypeBody = z.infer<typeof createServiceTypeBody>;
export type CreateServiceTypeInput = z.input<typeof createServiceTypeBody>;

export const updateServiceTypeBody = z.strictObject({
  ...z.object(serviceTypeFields).partial().shape,
  version: z.number().int().min(1),
});
export type UpdateServiceTypeInput = z.input<typeof updateServiceTypeBody>;

export const listServiceTypesQuery = z.strictObject({
  ...listQuery,
  areaId: z.uuid().optional(),
  qualificationId: z.uuid().optional(),
});
export type ListServiceTypesQuery = z.infer<typeof listServiceTypesQuery>;

const areaRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const serviceTypeSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  area: areaRef,
  deliveryUnit: z.string(),
  status: z.enum(catalogueStatuses),
  /** Offerings of the type that are not ended, across all providers. */
  offeringCount: z.number().int(),
  updatedAt: z.string(),
});
export type ServiceTypeSummary = z.infer<typeof serviceTypeSummary>;

export const serviceTypeView = serviceTypeSummary.extend({
  description: z.string(),
  recipients: z.string(),
  legalBasis: z.array(z.string()),
  organisationalResources: z.array(z.string()),
  technicalResources: z.array(z.string()),
  qualifications: z.array(qualificationRef),
  retirement,
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), retire: z.boolean() }),
});
export type ServiceTypeView = z.infer<typeof serviceTypeView>;

export const serviceTypeListResponse = pageOf(serviceTypeSummary);
export type ServiceTypeListResponse = z.infer<typeof serviceTypeListResponse>;
