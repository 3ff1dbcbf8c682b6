import { z } from 'zod';
import { supportInstruments } from '../plan-catalogue';
import { warsawToday } from './beneficiaries';
import { moneyText } from './partnership-budget';
import { optionalText, requiredText } from './partnerships';

/**
 * The individual support plan of a person (seed 002 §4.12): goals, and the actions that serve
 * them drawn from the partnership's service scope, each with the partner that provides it, the
 * partner that pays for it and on what legal basis, its schedule and planned hours and cost; the
 * person's agreement; the entry institution coordinator's approval. An approved version is frozen:
 * a change starts the next version, and every version stays readable.
 */

/** `draft` is edited; `submitted` waits for the coordinator; `approved` is frozen. */
export const supportPlanStatuses = ['draft', 'submitted', 'approved'] as const;
export type SupportPlanStatus = (typeof supportPlanStatuses)[number];

const isoDate = z.iso.date({ message: 'field.date' });
const version = z.number().int().min(0);
/** Planned cost typed as decimal text ("1 234,56"); blank is "not planned". */
const cost = z
  .string()
  .transform((value) => (value.trim() === '' ? null : value))
  .pipe(moneyText.nullable())
  .nullable()
  .optional();
const hours = z
  .number({ message: 'supportPlan.hours' })
  .min(0, { message: 'supportPlan.hours' })
  .max(10_000, { message: 'supportPlan.hours' })
  .nullable()
  .optional();

export const supportPlanGoal = z.strictObject({ text: requiredText(1000) });

export const supportPlanAction = z
  .strictObject({
    /** The item of the partnership's service scope this action delivers. */
    scopeItemId: z.uuid({ message: 'field.required' }),
    /** The goal (its position in `goals`) the action serves. */
    goal: z.number({ message: 'field.required' }).int().min(0),
    description: optionalText(1000),
    providerInstitutionId: z.uuid({ message: 'field.required' }),
    payerInstitutionId: z.uuid({ message: 'field.required' }),
    legalBasis: requiredText(500),
    from: isoDate,
    until: isoDate,
    hours,
    cost,
  })
  .superRefine((a, ctx) => {
    if (a.until < a.from) ctx.addIssue({ code: 'custom', path: ['until'], message: 'field.dateOrder' });
  });

/** The person's agreement: the case worker records the signature on the printed plan, with its date. */
export const supportPlanAgreement = z
  .strictObject({ signed: z.boolean(), signedOn: isoDate.nullable().optional() })
  .superRefine((a, ctx) => {
    if (a.signed && !a.signedOn)
      ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'field.required' });
    if (a.signedOn && a.signedOn > warsawToday())
      ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'supportPlan.signedInFuture' });
  });

/**
 * The whole plan at the version the editor read (0 when there is none yet). Saving an approved
 * plan starts its next version as a draft.
 */
export const saveSupportPlanBody = z
  .strictObject({
    goals: z.array(supportPlanGoal).min(1, { message: 'supportPlan.goalsRequired' }).max(30),
    actions: z.array(supportPlanAction).max(100),
    agreement: supportPlanAgreement,
    version,
  })
  .superRefine((p, ctx) => {
    p.actions.forEach((a, i) => {
      if (a.goal >= p.goals.length)
        ctx.addIssue({ code: 'custom', path: ['actions', i, 'goal'], message: 'supportPlan.goalUnknown' });
    });
  });
export type SaveSupportPlanBody = z.output<typeof saveSupportPlanBody>;
export type SaveSupportPlanInput = z.input<typeof saveSupportPlanBody>;
export type SupportPlanContent = Omit<SaveSupportPlanBody, 'version'>;

export const supportPlanStepBody = z.strictObject({ version: z.number().int().min(1) });
export type SupportPlanStepInput = z.input<typeof supportPlanStepBody>;

export const supportPlanVersionParams = z.object({ id: z.uuid(), number: z.coerce.number().int().min(1) });

const ref = z.object({ id: z.string(), name: z.string() });
const scopeItemRef = z.object({
  id: z.string(),
  instrument: z.enum(supportInstruments),
  description: z.string().nullable(),
});

export const supportPlanVersionView = z.object({
  number: z.number().int(),
  status: z.enum(supportPlanStatuses),
  goals: z.array(z.object({ text: z.string() })),
  actions: z.array(
    z.object({
      scopeItem: scopeItemRef,
      goal: z.number().int(),
      description: z.string().nullable(),
      provider: ref,
      payer: ref,
      legalBasis: z.string(),
      from: z.string(),
      until: z.string(),
      hours: z.number().nullable(),
      costGrosze: z.number().int().nullable(),
    }),
  ),
  agreement: z.object({ signed: z.boolean(), signedOn: z.string().nullable() }),
  editedByName: z.string().nullable(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
});
export type SupportPlanVersionView = z.infer<typeof supportPlanVersionView>;

export const supportPlanView = z.object({
  /** The newest version, or null when no plan was drafted yet. */
  current: supportPlanVersionView.nullable(),
  versions: z.array(
    z.object({
      number: z.number().int(),
      status: z.enum(supportPlanStatuses),
      approvedAt: z.string().nullable(),
      approvedByName: z.string().nullable(),
    }),
  ),
  /** What an action may name: the scope items of the service and its member institutions. */
  scopeItems: z.array(scopeItemRef),
  members: z.array(ref),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean() }),
});
export type SupportPlanView = z.infer<typeof supportPlanView>;
