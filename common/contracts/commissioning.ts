import { z } from 'zod';
import {
  checklistAnswers,
  checklistSources,
  commissioningModes,
  commissioningPlanStates,
  institutionTypes,
  qualityReviewKinds,
  qualityReviewStatuses,
  strategicDocumentKinds,
} from '../enums';
import { pageOf, pageQuery } from './pagination';
import { moneyText } from './partnership-budget';
import { optionalText, requiredText } from './partnerships';

/**
 * A JST's plan to increase the number of public-benefit social services commissioned to social
 * economy entities (model C, seed 003), its planned commissions, the contracts that execute them
 * and the OPS's or PCPR's quality reviews of their delivery. Amounts are typed as decimal text and
 * answered as integer grosze, like the partnership budget.
 */

const version = z.number().int().min(1);
const isoDate = z.iso.date({ message: 'field.date' });
const year = z
  .number({ message: 'commissioning.year' })
  .int({ message: 'commissioning.year' })
  .min(2000, { message: 'commissioning.year' })
  .max(2100, { message: 'commissioning.year' });
const count = z
  .number({ message: 'commissioning.count' })
  .int({ message: 'commissioning.count' })
  .min(0, { message: 'commissioning.count' })
  .max(1_000_000, { message: 'commissioning.count' });
const share = z
  .number({ message: 'commissioning.share' })
  .min(0, { message: 'commissioning.share' })
  .max(100, { message: 'commissioning.share' });
const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: 'field.required' });

/** Institution types of the social economy a JST may commission to: PES, NGOs, CIS and KIS. */
export const socialEconomyTypes = [
  'pes',
  'ngo',
  'cis',
  'kis',
] as const satisfies readonly (typeof institutionTypes)[number][];
/** Who writes commissioning plans: a gmina or a powiat office. */
export const planningJstTypes = [
  'jstGmina',
  'jstPowiat',
] as const satisfies readonly (typeof institutionTypes)[number][];

/** The budget year is the calendar year; the first one the period covers whole, or null. */
export function firstFullBudgetYear(startsOn: string, endsOn: string): number | null {
  const first = Number(startsOn.slice(0, 4)) + (startsOn.slice(5) === '01-01' ? 0 : 1);
  return endsOn >= `${first}-12-31` ? first : null;
}

/** The years a plan's period touches, from the year it starts to the year it ends. */
export function planYears(startsOn: string, endsOn: string): number[] {
  const from = Number(startsOn.slice(0, 4));
  const to = Number(endsOn.slice(0, 4));
  return to < from ? [] : Array.from({ length: Math.min(to - from + 1, 20) }, (_, i) => from + i);
}

export const planTargetInput = z.strictObject({
  year,
  count,
  value: moneyText,
  sharePercent: share,
});
export type PlanTargetInput = z.input<typeof planTargetInput>;

const planFields = {
  title: requiredText(300),
  startsOn: isoDate,
  endsOn: isoDate,
  baseYear: year,
  baselinePesCount: count,
  baselinePesValue: moneyText,
  baselineTotalCount: count,
  baselineTotalValue: moneyText,
  strategicDocumentKind: enumOf(strategicDocumentKinds),
  strategicDocumentName: requiredText(300),
  strategicDocumentNumber: optionalText(100),
  targets: z.array(planTargetInput).max(20, { message: 'field.tooMany' }),
};

type PlanShape = {
  startsOn: string;
  endsOn: string;
  baseYear: number;
  baselinePesCount: number;
  baselineTotalCount: number;
  targets: { year: number }[];
};

/**
 * The rules of a plan as a whole, checked in the browser and on the server alike: it covers at
 * least one budget year (seed 003), its baseline year precedes it, PES are a part of the total,
 * and there is one target for each year within the period.
 */
function checkPlan(plan: PlanShape, ctx: z.RefinementCtx) {
  if (plan.endsOn < plan.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'field.dateOrder' });
  else if (firstFullBudgetYear(plan.startsOn, plan.endsOn) === null)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'commissioning.shorterThanBudgetYear' });
  if (plan.baseYear >= Number(plan.startsOn.slice(0, 4)))
    ctx.addIssue({ code: 'custom', path: ['baseYear'], message: 'commissioning.baseYearNotBefore' });
  if (plan.baselinePesCount > plan.baselineTotalCount)
    ctx.addIssue({ code: 'custom', path: ['baselinePesCount'], message: 'commissioning.pesAboveTotal' });
  const years = planYears(plan.startsOn, plan.endsOn);
  plan.targets.forEach((target, index) => {
    if (!years.includes(target.year))
      ctx.addIssue({
        code: 'custom',
        path: ['targets', index, 'year'],
        message: 'commissioning.yearOutsidePlan',
      });
    else if (plan.targets.findIndex((other) => other.year === target.year) < index)
      ctx.addIssue({
        code: 'custom',
        path: ['targets', index, 'year'],
        message: 'commissioning.targetDuplicate',
      });
  });
}

export const createPlanBody = z
  .strictObject({ jstInstitutionId: z.uuid({ message: 'field.required' }), ...planFields })
  .superRefine(checkPlan);
export type CreatePlanInput = z.input<typeof createPlanBody>;

/** A draft is edited as a whole form, at the version the user read. */
export const updatePlanBody = z.strictObject({ ...planFields, version }).superRefine(checkPlan);
export type UpdatePlanInput = z.input<typeof updatePlanBody>;

export const adoptPlanBody = z.strictObject({
  version,
  resolutionNumber: requiredText(100),
  resolutionDate: isoDate,
});
export type AdoptPlanInput = z.input<typeof adoptPlanBody>;

export const planTransitionBody = z.strictObject({ version });
export type PlanTransitionInput = z.input<typeof planTransitionBody>;

export const listPlansQuery = z.object({
  q: z.string().trim().max(200).optional(),
  /** A TERYT code: plans of JSTs within that unit. */
  territory: z
    .string()
    .regex(/^\d{2}(\d{2}(\d{3})?)?$/, { message: 'field.tercCode' })
    .optional(),
  jstInstitutionId: z.uuid().optional(),
  /** Plans whose period touches the year. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  state: z.enum(commissioningPlanStates).optional(),
  ...pageQuery,
});
export type ListPlansQuery = z.infer<typeof listPlansQuery>;

export const planParams = z.object({ id: z.string() });
export const commissionParams = z.object({ id: z.string(), commissionId: z.string() });
export const contractParams = z.object({ id: z.string(), contractId: z.string() });
export const reviewParams = z.object({ id: z.string(), reviewId: z.string() });

const contractorIds = z
  .array(z.uuid({ message: 'field.required' }))
  .max(20, { message: 'field.tooMany' })
  .refine((ids) => new Set(ids).size === ids.length, { message: 'commissioning.contractorDuplicate' });

const commissionFields = {
  serviceTypeId: z.uuid({ message: 'field.required' }),
  mode: enumOf(commissioningModes),
  year,
  quarter: z.number({ message: 'commissioning.quarter' }).int().min(1).max(4).nullable().optional(),
  budget: moneyText,
  description: optionalText(2000),
  expectedContractorIds: contractorIds.default([]),
};
export const createCommissionBody = z.strictObject(commissionFields);
export type CreateCommissionInput = z.input<typeof createCommissionBody>;
export const updateCommissionBody = z.strictObject({ ...commissionFields, version });
export type UpdateCommissionInput = z.input<typeof updateCommissionBody>;

export const indicatorInput = z.strictObject({
  name: requiredText(200),
  unit: requiredText(50),
  target: z
    .number({ message: 'commissioning.indicatorValue' })
    .min(0, { message: 'commissioning.indicatorValue' }),
  actual: z
    .number({ message: 'commissioning.indicatorValue' })
    .min(0, { message: 'commissioning.indicatorValue' })
    .nullable()
    .optional(),
});
export type IndicatorInput = z.input<typeof indicatorInput>;

const contractFields = {
  contractorInstitutionId: z.uuid({ message: 'field.required' }),
  number: requiredText(100),
  startsOn: isoDate,
  endsOn: isoDate,
  value: moneyText,
  indicators: z.array(indicatorInput).max(30, { message: 'field.tooMany' }).default([]),
};
const checkPeriod = (c: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) => {
  if (c.endsOn < c.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'field.dateOrder' });
};
export const createContractBody = z
  .strictObject({ commissionId: z.uuid({ message: 'field.required' }), ...contractFields })
  .superRefine(checkPeriod);
export type CreateContractInput = z.input<typeof createContractBody>;
export const updateContractBody = z.strictObject({ ...contractFields, version }).superRefine(checkPeriod);
export type UpdateContractInput = z.input<typeof updateContractBody>;

export const checklistAnswerInput = z.strictObject({
  answer: enumOf(checklistAnswers),
  note: optionalText(1000),
});

const reviewFields = {
  kind: enumOf(qualityReviewKinds),
  reviewedOn: isoDate,
  /** One answer per item of the checklist generated from the service type's card, in its order. */
  checklist: z.array(checklistAnswerInput).max(100, { message: 'field.tooMany' }),
  findings: requiredText(5000),
  recommendations: optionalText(5000),
  followUpOn: isoDate.nullable().optional(),
  status: enumOf(qualityReviewStatuses).default('open'),
};
const checkFollowUp = (
  r: { reviewedOn: string; followUpOn?: string | null | undefined },
  ctx: z.RefinementCtx,
) => {
  if (r.followUpOn && r.followUpOn < r.reviewedOn)
    ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: 'commissioning.followUpBeforeReview' });
};
export const createReviewBody = z
  .strictObject({
    contractId: z.uuid({ message: 'field.required' }),
    reviewerInstitutionId: z.uuid({ message: 'field.required' }),
    ...reviewFields,
  })
  .superRefine(checkFollowUp);
export type CreateReviewInput = z.input<typeof createReviewBody>;
export const updateReviewBody = z.strictObject({ ...reviewFields, version }).superRefine(checkFollowUp);
export type UpdateReviewInput = z.input<typeof updateReviewBody>;

const institutionRef = z.object({ id: z.string(), name: z.string(), type: z.enum(institutionTypes) });

export const checklistItemView = z.object({ source: z.enum(checklistSources), text: z.string() });
export type ChecklistItemView = z.infer<typeof checklistItemView>;

export const planTargetView = z.object({
  year: z.number().int(),
  count: z.number().int(),
  value: z.number().int(),
  sharePercent: z.number(),
});

export const commissionView = z.object({
  id: z.string(),
  serviceType: z.object({ id: z.string(), name: z.string(), code: z.string() }),
  mode: z.enum(commissioningModes),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  budget: z.number().int(),
  description: z.string().nullable(),
  expectedContractors: z.array(institutionRef),
  /** What a quality review of this service checks, generated from the service type's standard card. */
  checklistTemplate: z.array(checklistItemView),
  version: z.number().int(),
});
export type CommissionView = z.infer<typeof commissionView>;

export const indicatorView = z.object({
  name: z.string(),
  unit: z.string(),
  target: z.number(),
  actual: z.number().nullable(),
});

export const contractView = z.object({
  id: z.string(),
  commissionId: z.string(),
  contractor: institutionRef,
  number: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  value: z.number().int(),
  indicators: z.array(indicatorView),
  version: z.number().int(),
});
export type ContractView = z.infer<typeof contractView>;

export const reviewView = z.object({
  id: z.string(),
  contractId: z.string(),
  reviewer: institutionRef,
  kind: z.enum(qualityReviewKinds),
  reviewedOn: z.string(),
  checklist: z.array(
    checklistItemView.extend({ answer: z.enum(checklistAnswers), note: z.string().nullable() }),
  ),
  findings: z.string(),
  recommendations: z.string().nullable(),
  followUpOn: z.string().nullable(),
  status: z.enum(qualityReviewStatuses),
  recordedByName: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type ReviewView = z.infer<typeof reviewView>;

/** One year of the plan: the target against what is planned and what is contracted. */
export const progressView = z.object({
  year: z.number().int(),
  target: planTargetView.nullable(),
  plannedCount: z.number().int(),
  plannedBudget: z.number().int(),
  contractedCount: z.number().int(),
  contractedValue: z.number().int(),
  /** Contracted count above the baseline year's PES count: the increase the plan is about. */
  increaseOverBaseline: z.number().int(),
  /** Contracted count as a percentage of the year's target count; null without a target. */
  targetReachedPercent: z.number().nullable(),
});
export type ProgressView = z.infer<typeof progressView>;

const jstView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(institutionTypes),
  territoryCode: z.string(),
  territoryName: z.string().nullable(),
});

export const planSummaryView = z.object({
  id: z.string(),
  title: z.string(),
  jst: jstView,
  state: z.enum(commissioningPlanStates),
  startsOn: z.string(),
  endsOn: z.string(),
  resolutionNumber: z.string().nullable(),
  commissionCount: z.number().int(),
  plannedBudget: z.number().int(),
  updatedAt: z.string(),
});
export type PlanSummaryView = z.infer<typeof planSummaryView>;

export const planListResponse = pageOf(planSummaryView).extend({
  /** The JSTs the actor may write a plan for: the "new plan" form offers them. */
  canCreateFor: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type PlanListResponse = z.infer<typeof planListResponse>;

export const planView = planSummaryView.extend({
  baseYear: z.number().int(),
  baselinePesCount: z.number().int(),
  baselinePesValue: z.number().int(),
  baselineTotalCount: z.number().int(),
  baselineTotalValue: z.number().int(),
  strategicDocumentKind: z.enum(strategicDocumentKinds),
  strategicDocumentName: z.string(),
  strategicDocumentNumber: z.string().nullable(),
  targets: z.array(planTargetView),
  resolutionDate: z.string().nullable(),
  adoptedAt: z.string().nullable(),
  reportedAt: z.string().nullable(),
  commissions: z.array(commissionView),
  contracts: z.array(contractView),
  reviews: z.array(reviewView),
  progress: z.array(progressView),
  version: z.number().int(),
  abilities: z.object({
    update: z.boolean(),
    adopt: z.boolean(),
    startExecution: z.boolean(),
    report: z.boolean(),
    manageCommissions: z.boolean(),
    manageContracts: z.boolean(),
    /** The institutions (OPS, PCPR of the territory) in whose name the actor may record a review. */
    reviewAs: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});
export type PlanView = z.infer<typeof planView>;
