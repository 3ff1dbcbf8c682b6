import { z } from 'zod';
import { institutionTypes } from '../enums';
import { pageOf, pageQuery } from './pagination';
import { monthStatuses } from './pilot-months';
import { organiserTypes, tieBreakers } from './pilot-scoring';

export * from './pilot-months';
export * from './pilot-scoring';

/** A pilot is recruiting until its sites are chosen; then its sites test the model. */
export const pilotStates = ['recruiting', 'selected'] as const;
export type PilotState = (typeof pilotStates)[number];
export const candidateStates = ['candidate', 'chosen', 'reserve', 'rejected'] as const;
export type CandidateState = (typeof candidateStates)[number];
/** Institutions that may be candidate sites: the social employment institutions (PZS) of seed 001. */
export const siteInstitutionTypes = ['cis', 'kis'] as const;

/**
 * The products of the model a site tests (seed 001, a–f): what a monthly report says it worked on.
 */
export const modelProducts = [
  'contactProcedures',
  'standardOffer',
  'qualificationsCatalogue',
  'preparatoryProgramme',
  'adaptationRequirements',
  'readinessProcedure',
] as const;

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
const optionalEmail = z
  .union([z.literal('').transform(() => null), z.email({ message: 'field.email' })])
  .nullable()
  .optional();
const version = z.number().int().min(1);
const count = (max: number) => z.number(required).int().min(0).max(max);

const pilotFields = {
  name: requiredText(200),
  /** The institution that runs the project (its leader or a partner, e.g. a ROPS or an association). */
  organiserInstitutionId: z.uuid(required),
  startsOn: date,
  endsOn: date,
  /** The first day of the testing period: month 1 of the monthly reports. */
  testingStartsOn: date,
  testingMonths: z.number().int().min(1).max(36),
  sitesToChoose: z.number().int().min(1).max(500),
  /** The user account of the quality specialist (Specjalista ds. zarządzania jakością). */
  qualitySpecialistEmail: optionalEmail,
  /** The user account of the learning-outcomes expert (Ekspert ds. efektów kształcenia). */
  learningExpertEmail: optionalEmail,
};

export const createPilotBody = z.strictObject({
  ...pilotFields,
  testingMonths: pilotFields.testingMonths.default(14),
  sitesToChoose: pilotFields.sitesToChoose.default(30),
});
export type CreatePilotInput = z.input<typeof createPilotBody>;

export const updatePilotBody = z.strictObject({
  ...z.object(pilotFields).partial().shape,
  version,
});
export type UpdatePilotInput = z.input<typeof updatePilotBody>;
export const versionBody = z.strictObject({ version });

const criteriaFields = {
  organiserType: z.enum(organiserTypes, required),
  yearsOfExperience: count(100),
  sectionsCount: count(50),
  cooperatingPesCount: count(500),
  /** The local OWES that recommends the site; none when it is not recommended. */
  owesRecommendedById: z.uuid().nullable().optional(),
};

export const addCandidateBody = z.strictObject({ institutionId: z.uuid(required), ...criteriaFields });
export type AddCandidateInput = z.input<typeof addCandidateBody>;
export const updateCandidateBody = z.strictObject({
  ...z.object(criteriaFields).partial().shape,
  version,
});
export const rejectCandidateBody = z.strictObject({
  version,
  reason: requiredText(1000).min(3, { message: 'field.tooShort' }),
});

export const addExpertBody = z.strictObject({
  name: requiredText(200),
  email: z.email({ message: 'field.email' }),
  /** Who proposed the expert: the testing site, its OWES or JST (seed 001). */
  nominatedByInstitutionId: z.uuid().nullable().optional(),
});
export type AddExpertInput = z.input<typeof addExpertBody>;

export const attendanceBody = z.strictObject({
  days: z
    .array(z.number().int().min(1).max(9))
    .max(9)
    .refine((d) => new Set(d).size === d.length, { message: 'pilot.daysRepeated' }),
  version,
});

export const assignCaretakerBody = z.strictObject({
  candidateId: z.uuid(required),
  expertId: z.uuid(required),
});

export const siteReportBody = z.strictObject({
  candidateId: z.uuid(required),
  month: z.number(required).int().min(1, { message: 'pilot.monthOutsideTesting' }),
  modelProducts: z.array(z.enum(modelProducts)).min(1, { message: 'pilot.productsRequired' }).max(6),
  activities: requiredText(4000),
  cooperation: requiredText(4000),
  difficulties: optionalText(4000),
  proposals: optionalText(4000),
});
export type SiteReportInput = z.input<typeof siteReportBody>;

const score = z.number(required).int().min(1, { message: 'pilot.score' }).max(5, { message: 'pilot.score' });

export const qualityReviewBody = z.strictObject({
  expertId: z.uuid(required),
  reviewedOn: date,
  score,
  findings: requiredText(4000),
  recommendations: optionalText(4000),
});
export const outcomeAssessmentBody = z.strictObject({
  candidateId: z.uuid(required),
  assessedOn: date,
  score,
  outcomes: requiredText(4000),
  recommendations: optionalText(4000),
});

const ref = z.object({ id: z.uuid(), name: z.string() });
const personRef = z.object({ id: z.uuid(), displayName: z.string() });

export const scoreView = z.object({
  organiser: z.number().int(),
  experience: z.number().int(),
  potential: z.number().int(),
  owesRecommendation: z.number().int(),
  total: z.number().int(),
});

export const candidateView = z.object({
  id: z.uuid(),
  institution: z.object({ id: z.uuid(), name: z.string(), type: z.enum(institutionTypes) }),
  organiserType: z.enum(organiserTypes),
  yearsOfExperience: z.number().int(),
  sectionsCount: z.number().int(),
  cooperatingPesCount: z.number().int(),
  owesRecommendedBy: ref.nullable(),
  score: scoreView,
  rank: z.number().int().nullable(),
  tie: z.object({ decidedBy: z.enum(tieBreakers) }).nullable(),
  withinLimit: z.boolean(),
  state: z.enum(candidateStates),
  rejectionReason: z.string().nullable(),
  caretakers: z.array(z.object({ id: z.uuid(), expertId: z.uuid(), name: z.string() })),
  appliedAt: z.string(),
  version: z.number().int(),
});
export type CandidateView = z.infer<typeof candidateView>;

export const expertView = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Only to those who run the pilot: the experts' contact is not public. */
  email: z.string().nullable(),
  nominatedBy: ref.nullable(),
  attendedDays: z.array(z.number().int()),
  trained: z.boolean(),
  site: z.object({ candidateId: z.uuid(), caretakerId: z.uuid(), name: z.string() }).nullable(),
  version: z.number().int(),
});
export type ExpertView = z.infer<typeof expertView>;

export const pilotSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  organiser: ref,
  startsOn: z.string(),
  endsOn: z.string(),
  testingStartsOn: z.string(),
  testingMonths: z.number().int(),
  testingEndsOn: z.string(),
  sitesToChoose: z.number().int(),
  state: z.enum(pilotStates),
  candidatesCount: z.number().int(),
  chosenCount: z.number().int(),
});
export type PilotSummary = z.infer<typeof pilotSummary>;

export const pilotView = pilotSummary.extend({
  qualitySpecialist: personRef.nullable(),
  learningExpert: personRef.nullable(),
  candidates: z.array(candidateView),
  experts: z.array(expertView),
  version: z.number().int(),
  abilities: z.object({
    /** Change the pilot, its candidates, experts and caretakers. */
    manage: z.boolean(),
    choose: z.boolean(),
    /** See the monthly reports, reviews, assessments and testing reports. */
    readTesting: z.boolean(),
    /** The sites whose monthly reports the actor may file. */
    reportSites: z.array(z.uuid()),
    review: z.boolean(),
    assess: z.boolean(),
  }),
});
export type PilotView = z.infer<typeof pilotView>;

export const listPilotsQuery = z.strictObject({
  q: text(100).optional(),
  state: z.enum([...pilotStates, 'all']).default('all'),
  ...pageQuery,
});
export type ListPilotsQuery = z.infer<typeof listPilotsQuery>;
export const pilotListResponse = pageOf(pilotSummary).extend({ canCreate: z.boolean() });
export type PilotListResponse = z.infer<typeof pilotListResponse>;

export const siteReportView = z.object({
  id: z.uuid(),
  candidateId: z.uuid(),
  siteName: z.string(),
  month: z.number().int(),
  filedOn: z.string(),
  late: z.boolean(),
  modelProducts: z.array(z.enum(modelProducts)),
  activities: z.string(),
  cooperation: z.string(),
  difficulties: z.string().nullable(),
  proposals: z.string().nullable(),
  filedBy: z.string(),
});
export type SiteReportView = z.infer<typeof siteReportView>;

export const qualityReviewView = z.object({
  id: z.uuid(),
  expert: ref,
  reviewedOn: z.string(),
  score: z.number().int(),
  findings: z.string(),
  recommendations: z.string().nullable(),
  reviewer: z.string(),
});
export type QualityReviewView = z.infer<typeof qualityReviewView>;

export const outcomeAssessmentView = z.object({
  id: z.uuid(),
  site: ref,
  assessedOn: z.string(),
  score: z.number().int(),
  outcomes: z.string(),
  recommendations: z.string().nullable(),
  assessor: z.string(),
});
export type OutcomeAssessmentView = z.infer<typeof outcomeAssessmentView>;

export const testingView = z.object({
  months: z.array(z.object({ month: z.number().int(), from: z.string(), to: z.string(), dueOn: z.string() })),
  grid: z.array(
    z.object({
      candidateId: z.uuid(),
      name: z.string(),
      months: z.array(z.object({ month: z.number().int(), status: z.enum(monthStatuses) })),
    }),
  ),
  reports: z.array(siteReportView),
  reviews: z.array(qualityReviewView),
  assessments: z.array(outcomeAssessmentView),
});
export type TestingView = z.infer<typeof testingView>;
