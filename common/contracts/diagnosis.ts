import { z } from 'zod';
import type { DataCategory } from './beneficiaries';
import { optionalText, requiredText } from './partnerships';
import { surveyMilestones } from './person-survey';

/**
 * The joint diagnosis of a person's needs (seed 002 §4.11): each partner institution writes what
 * it knows of a domain of the person's life, signed with its name, its user and the date. Several
 * partners may describe the same domain; nothing is overwritten, each entry stays its author's.
 */

/** The domains of the diagnosis, in the order the form and the printed plan show them. */
export const diagnosisDomains = [
  'workAndSkills',
  'education',
  'healthAndDisability',
  'housing',
  'familyAndCare',
  'financesAndDebts',
  'motivationAndGoals',
] as const;
export type DiagnosisDomain = (typeof diagnosisDomains)[number];

/**
 * The category of a person's data a domain belongs to: health is special-category data
 * (GDPR art. 9) and opens only under a consent that names `health`; the rest under `diagnosis`.
 */
export const domainCategory = (domain: DiagnosisDomain): DataCategory =>
  domain === 'healthAndDisability' ? 'health' : 'diagnosis';

const version = z.number().int().min(1);
const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};

const entryFields = {
  /** What the institution knows of the domain. */
  findings: requiredText(4000),
  /** The needs and the support it sees for them. */
  needs: optionalText(4000),
};

export const createDiagnosisEntryBody = z.strictObject({
  domain: z.enum(diagnosisDomains, required),
  ...entryFields,
});
export type CreateDiagnosisEntryInput = z.input<typeof createDiagnosisEntryBody>;

/** The whole entry at the version the editor read; the domain stays. */
export const updateDiagnosisEntryBody = z.strictObject({ ...entryFields, version });
export type UpdateDiagnosisEntryInput = z.input<typeof updateDiagnosisEntryBody>;

export const diagnosisEntryParams = z.object({ id: z.uuid(), entryId: z.uuid() });

const ref = z.object({ id: z.string(), name: z.string() });

export const diagnosisEntryView = z.object({
  id: z.string(),
  domain: z.enum(diagnosisDomains),
  findings: z.string(),
  needs: z.string().nullable(),
  /** The partner institution the entry speaks for. */
  institution: ref,
  authorName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type DiagnosisEntryView = z.infer<typeof diagnosisEntryView>;

/** The domains the reader may see, each with its entries (oldest first), and where it may write. */
export const diagnosisView = z.object({
  domains: z.array(
    z.object({
      domain: z.enum(diagnosisDomains),
      entries: z.array(diagnosisEntryView),
      /** The reader's institution may add its own entry to this domain. */
      canAdd: z.boolean(),
      /**
       * In "motivation and own goals" only: the needs and goals the person stated in their own words
       * in the survey. Shown beside the partners' entries rather than as one of them: an entry speaks
       * for an institution and its staff may edit it, while these are the person's and stay as said.
       */
      personStatements: z
        .array(z.object({ milestone: z.enum(surveyMilestones), answeredAt: z.string(), text: z.string() }))
        .optional(),
    }),
  ),
});
export type DiagnosisView = z.infer<typeof diagnosisView>;
