import { z } from 'zod';
import { warsawToday } from './beneficiaries';
import { pageOf, pageQuery } from './pagination';
import { moneyText } from './partnership-budget';
import { optionalText } from './partnerships';

/**
 * The service package of a person (seed 002 §4.13): what each partner delivered — on which day,
 * which instrument of the service scope, how many hours, at what cost and paid by which partner —
 * set against the approved support plan, with the cost kept per paying partner (each pays from
 * its own budget; there is no pooled one). The entry institution closes the case with its outcome.
 */

const isoDate = z.iso.date({ message: 'field.date' });
const version = z.number().int().min(1);

/** Outcomes of a closed case; a drop-out needs its reason. */
export const caseOutcomes = ['employment', 'trainingCompleted', 'socialOutcomes', 'dropOut'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

const deliveryFields = {
  deliveredOn: isoDate.refine((d) => d <= warsawToday(), { message: 'delivery.inFuture' }),
  scopeItemId: z.uuid({ message: 'field.required' }),
  hours: z
    .number({ message: 'delivery.hours' })
    .positive({ message: 'delivery.hours' })
    .max(10_000, { message: 'delivery.hours' }),
  providerInstitutionId: z.uuid({ message: 'field.required' }),
  payerInstitutionId: z.uuid({ message: 'field.required' }),
  cost: moneyText,
  /** The action (its position) of the newest approved plan version the delivery carries out. */
  planAction: z.number().int().min(0).nullable().optional(),
  note: optionalText(1000),
};

export const recordDeliveryBody = z.strictObject(deliveryFields);
export type RecordDeliveryInput = z.input<typeof recordDeliveryBody>;
export type RecordDeliveryBody = z.output<typeof recordDeliveryBody>;

export const updateDeliveryBody = z.strictObject({ ...deliveryFields, version });
export type UpdateDeliveryInput = z.input<typeof updateDeliveryBody>;

export const deliveryParams = z.object({ id: z.uuid(), deliveryId: z.uuid() });
export const listDeliveriesQuery = z.object({ ...pageQuery });
export type ListDeliveriesQuery = z.input<typeof listDeliveriesQuery>;

const ref = z.object({ id: z.string(), name: z.string() });
const scopeItemRef = z.object({ id: z.string(), instrument: z.string(), description: z.string().nullable() });

export const deliveryView = z.object({
  id: z.string(),
  deliveredOn: z.string(),
  scopeItem: scopeItemRef,
  hours: z.number(),
  provider: ref,
  payer: ref,
  costGrosze: z.number().int(),
  planVersion: z.number().int().nullable(),
  planAction: z.number().int().nullable(),
  referralId: z.string().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type DeliveryView = z.infer<typeof deliveryView>;

export const deliveryPage = pageOf(deliveryView).extend({
  /** What a new delivery may name: the service's scope items and members, the approved plan's actions. */
  scopeItems: z.array(scopeItemRef),
  members: z.array(ref),
  planActions: z.array(
    z.object({ index: z.number().int(), scopeItem: scopeItemRef, provider: ref, payer: ref }),
  ),
  /** Whether the reader may record a delivery now, and the institution it records for (null: none). */
  abilities: z.object({ record: z.boolean(), recordAs: z.string().nullable() }),
});
export type DeliveryPage = z.infer<typeof deliveryPage>;

export const closeCaseBody = z
  .strictObject({
    outcome: z.enum(caseOutcomes, { message: 'field.required' }),
    closedOn: isoDate.refine((d) => d <= warsawToday(), { message: 'delivery.inFuture' }),
    dropOutReason: optionalText(1000),
    note: optionalText(2000),
  })
  .superRefine((c, ctx) => {
    if (c.outcome === 'dropOut' && !c.dropOutReason)
      ctx.addIssue({ code: 'custom', path: ['dropOutReason'], message: 'field.required' });
  });
export type CloseCaseInput = z.input<typeof closeCaseBody>;

export const caseClosureView = z.object({
  outcome: z.enum(caseOutcomes),
  closedOn: z.string(),
  dropOutReason: z.string().nullable(),
  note: z.string().nullable(),
  closedByName: z.string().nullable(),
});
export type CaseClosureView = z.infer<typeof caseClosureView>;

const amounts = {
  plannedHours: z.number(),
  plannedCostGrosze: z.number().int(),
  deliveredHours: z.number(),
  deliveredCostGrosze: z.number().int(),
};

export const packageView = z.object({
  /** The approved plan version the package compares with; null before any approval. */
  planVersion: z.number().int().nullable(),
  /**
   * One row per action of that version, then one per instrument, provider and payer for
   * deliveries that carry out no action of it.
   */
  rows: z.array(
    z.object({
      planAction: z.number().int().nullable(),
      scopeItem: scopeItemRef,
      provider: ref,
      payer: ref,
      ...amounts,
    }),
  ),
  /** Totals per paying partner: each partner's share, never one pooled sum. */
  payers: z.array(z.object({ payer: ref, ...amounts })),
  closure: caseClosureView.nullable(),
  abilities: z.object({ close: z.boolean() }),
});
export type PackageView = z.infer<typeof packageView>;
