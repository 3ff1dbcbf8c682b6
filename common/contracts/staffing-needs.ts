import { z } from 'zod';
import { institutionTypes, staffingNeedStatuses } from '../enums';
import { tercCodeSchema } from './institutions';
import { pageOf, pageQuery } from './pagination';
import { territorialUnitSummary } from './territory';

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'field.required', abort: true });
const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};
const note = text(1000)
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

/**
 * What a provider says it will need (seed 001, sphere 1): people for a position, holding a
 * qualification of the catalogue, how many, from when, and in which gmina they will work.
 */
const needFields = {
  position: requiredText(200),
  qualificationId: z.uuid(required),
  headcount: z.number(required).int().min(1).max(1000),
  neededFrom: z.iso.date({ message: 'field.date' }),
  territoryCode: tercCodeSchema,
  note,
};

export const declareStaffingNeedBody = z.strictObject({ institutionId: z.uuid(required), ...needFields });
export type DeclareStaffingNeedInput = z.input<typeof declareStaffingNeedBody>;

export const updateStaffingNeedBody = z.strictObject({
  ...z.object(needFields).partial().shape,
  status: z.enum(staffingNeedStatuses).optional(),
  version: z.number().int().min(1),
});
export type UpdateStaffingNeedInput = z.input<typeof updateStaffingNeedBody>;

export const staffingNeedView = z.object({
  id: z.uuid(),
  institution: z.object({ id: z.uuid(), name: z.string(), type: z.enum(institutionTypes) }),
  position: z.string(),
  qualification: z.object({ id: z.uuid(), name: z.string() }),
  headcount: z.number().int(),
  neededFrom: z.string(),
  territory: territorialUnitSummary,
  note: z.string().nullable(),
  status: z.enum(staffingNeedStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type StaffingNeedView = z.infer<typeof staffingNeedView>;

export const listStaffingNeedsQuery = z.strictObject({
  q: text(100).optional(),
  institutionId: z.uuid().optional(),
  qualificationId: z.uuid().optional(),
  /** A voivodeship (2 digits), powiat (4) or gmina (7). */
  territory: tercCodeSchema.optional(),
  status: z.enum([...staffingNeedStatuses, 'all']).default('open'),
  ...pageQuery,
});
export type ListStaffingNeedsQuery = z.infer<typeof listStaffingNeedsQuery>;

export const staffingNeedListResponse = pageOf(staffingNeedView).extend({
  /** Providers the actor may declare needs for. */
  declareFor: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type StaffingNeedListResponse = z.infer<typeof staffingNeedListResponse>;

export const diagnosisQuery = z.strictObject({
  /** The voivodeship (2 digits) or powiat (4) the diagnosis covers. */
  territory: z
    .string(required)
    .trim()
    .regex(/^\d{2}(\d{2})?$/, { message: 'field.tercCode' }),
  qualificationId: z.uuid().optional(),
});
export type DiagnosisQuery = z.infer<typeof diagnosisQuery>;

const qualificationNeed = z.object({
  qualification: z.object({ id: z.uuid(), name: z.string() }),
  headcount: z.number().int(),
  providers: z.number().int(),
  earliestFrom: z.string(),
});

const diagnosisUnit = z.object({
  unit: territorialUnitSummary,
  headcount: z.number().int(),
  needs: z.array(qualificationNeed),
});

/** Open needs summed per powiat and, within it, per gmina and qualification: the joint diagnosis. */
export const diagnosisView = z.object({
  territory: territorialUnitSummary,
  headcount: z.number().int(),
  powiats: z.array(diagnosisUnit.extend({ gminas: z.array(diagnosisUnit) })),
});
export type DiagnosisView = z.infer<typeof diagnosisView>;
