import { z } from 'zod';
import { institutionTypes, readinessItemSources, readinessStatuses, readinessVerdicts } from '../enums';
import { pageOf, pageQuery } from './pagination';

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'field.required', abort: true });
const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};
const isoDate = z.iso.date({ message: 'field.date' });
const version = z.number().int().min(1);

/** The readiness procedures every provider must have in writing, whatever the service type. */
export const readinessProcedures = ['complaints', 'dataProtection', 'deliveryRecords'] as const;

/**
 * One item of a readiness checklist. `key` is stable within the checklist (`qualification.<id>`,
 * `organisationalResource.<n>`, `procedure.<name>`, `registerEntry.<register>`); `text` is the
 * card's own wording (null for procedures and register entries, which the interface names).
 */
export const readinessItemView = z.object({
  key: z.string(),
  source: z.enum(readinessItemSources),
  text: z.string().nullable(),
  /** Register entries only: the entry as the institution's registry card records it. */
  registry: z.object({ number: z.string(), date: z.string().nullable() }).nullable(),
  /** The provider's self-assessment: null until answered. */
  met: z.boolean().nullable(),
  evidence: z.string().nullable(),
  /** Qualification items: how many people with the qualification the provider can deploy. */
  staffCount: z.number().int().nullable(),
  /** The verifier's verdict and comment: null until decided. */
  verdict: z.enum(readinessVerdicts).nullable(),
  comment: z.string().nullable(),
});
export type ReadinessItemView = z.infer<typeof readinessItemView>;

/** An item as a list shows it among the reasons a provider is not ready. */
export const readinessItemRef = readinessItemView.pick({ key: true, source: true, text: true });
export type ReadinessItemRef = z.infer<typeof readinessItemRef>;

export const startAssessmentBody = z.strictObject({
  institutionId: z.uuid(required),
  serviceTypeId: z.uuid(required),
});
export type StartAssessmentInput = z.input<typeof startAssessmentBody>;

export const selfAssessmentBody = z.strictObject({
  version,
  items: z
    .array(
      z.strictObject({
        key: z.string().min(1).max(100),
        met: z.boolean().nullable(),
        evidence: text(2000)
          .transform((v) => (v === '' ? null : v))
          .nullable()
          .optional(),
        staffCount: z.number().int().min(0).max(10_000).nullable().optional(),
      }),
    )
    .max(200),
});
export type SelfAssessmentInput = z.input<typeof selfAssessmentBody>;

export const submitAssessmentBody = z.strictObject({ version });
export type SubmitAssessmentInput = z.input<typeof submitAssessmentBody>;

const verdictItems = z
  .array(
    z.strictObject({
      key: z.string().min(1).max(100),
      verdict: z.enum(readinessVerdicts, required),
      comment: text(2000)
        .transform((v) => (v === '' ? null : v))
        .nullable()
        .optional(),
    }),
  )
  .max(200);

/** Confirmation names the period it holds for; every item must have been found met. */
export const confirmAssessmentBody = z
  .strictObject({
    version,
    items: verdictItems,
    validFrom: isoDate,
    validUntil: isoDate,
    comment: text(2000)
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .optional(),
  })
  .refine((b) => b.validUntil >= b.validFrom, {
    message: 'field.dateOrder',
    path: ['validUntil'],
  });
export type ConfirmAssessmentInput = z.input<typeof confirmAssessmentBody>;

/** A return says what the provider must correct. */
export const returnAssessmentBody = z.strictObject({
  version,
  items: verdictItems,
  comment: requiredText(2000),
});
export type ReturnAssessmentInput = z.input<typeof returnAssessmentBody>;

const institutionRef = z.object({ id: z.uuid(), name: z.string(), type: z.enum(institutionTypes) });
const serviceTypeRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const assessmentAbilities = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  verify: z.boolean(),
});

export const assessmentSummaryView = z.object({
  id: z.uuid(),
  institution: institutionRef,
  serviceType: serviceTypeRef,
  status: z.enum(readinessStatuses),
  itemCount: z.number().int(),
  metCount: z.number().int(),
  submittedAt: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  updatedAt: z.string(),
});
export type AssessmentSummaryView = z.infer<typeof assessmentSummaryView>;

export const assessmentView = assessmentSummaryView.extend({
  items: z.array(readinessItemView),
  submittedByName: z.string().nullable(),
  decision: z
    .object({
      at: z.string(),
      byName: z.string().nullable(),
      /** The OWES that decided; null for a platform expert. */
      institutionName: z.string().nullable(),
      comment: z.string().nullable(),
    })
    .nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: assessmentAbilities,
});
export type AssessmentView = z.infer<typeof assessmentView>;

/** `own`: my institutions' assessments; `verification`: those I may verify (an OWES, an expert). */
export const assessmentViews = ['own', 'verification'] as const;

export const listAssessmentsQuery = z.strictObject({
  view: z.enum(assessmentViews).default('own'),
  q: text(100).optional(),
  status: z.enum(readinessStatuses).optional(),
  serviceTypeId: z.uuid().optional(),
  institutionId: z.uuid().optional(),
  ...pageQuery,
});
export type ListAssessmentsQuery = z.infer<typeof listAssessmentsQuery>;

export const assessmentListResponse = pageOf(assessmentSummaryView).extend({
  /** Institutions the actor may start an assessment for (active providers it speaks for). */
  startFor: z.array(institutionRef),
});
export type AssessmentListResponse = z.infer<typeof assessmentListResponse>;

/**
 * Why a provider is or is not offered as a contractor: `ready` (a confirmation in force),
 * `inPreparation` (a draft, whose contents stay private), `submitted`, `returned` (with the items
 * found not met), `notYetValid`, `expired`, `noAssessment`.
 */
export const contractorReasons = [
  'ready',
  'inPreparation',
  'submitted',
  'returned',
  'notYetValid',
  'expired',
  'noAssessment',
] as const;
export type ContractorReason = (typeof contractorReasons)[number];

export const providerReadinessView = z.object({
  ready: z.boolean(),
  reason: z.enum(contractorReasons),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** The last day of the latest confirmation that has lapsed, when there is one. */
  expiredOn: z.string().nullable(),
  missingItems: z.array(readinessItemRef),
});
export type ProviderReadinessView = z.infer<typeof providerReadinessView>;

export const contractorView = z.object({
  institution: institutionRef.extend({ city: z.string().nullable() }),
  readiness: providerReadinessView,
});
export type ContractorView = z.infer<typeof contractorView>;

export const listContractorsQuery = z.strictObject({
  q: text(100).optional(),
  /** Only providers confirmed ready today: those a commission may go to. */
  readyOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  ...pageQuery,
});
export type ListContractorsQuery = z.infer<typeof listContractorsQuery>;

/** The contractors workbook takes the list's filters and holds every matching provider, unpaged. */
export const exportContractorsQuery = listContractorsQuery.omit({ page: true, pageSize: true });
export type ExportContractorsQuery = z.infer<typeof exportContractorsQuery>;

export const contractorListResponse = pageOf(contractorView);
export type ContractorListResponse = z.infer<typeof contractorListResponse>;
