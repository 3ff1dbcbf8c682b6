import { z } from 'zod';
import { warsawToday } from './beneficiaries';
import { optionalText, requiredText } from './partnerships';
import { normalizeReferralCode, REFERRAL_CODE_ALPHABET, REFERRAL_CODE_LENGTH } from './referrals';

/**
 * The person's voice (seed 002 §4.14, the model is participatory; §10 monitoring and evaluation):
 * the entry institution hands the person a slip with a one-time code; the person, without an
 * account, rates the support at a milestone, says what helped and what should change, and at the
 * first milestone may state their own needs and goals. The partnership's monitoring counts the
 * ratings and reads the proposals without knowing whose they are.
 */

/** When the person is asked: once the plan is agreed, midway through the support, at closure. */
export const surveyMilestones = ['planAgreed', 'midway', 'closure'] as const;
export type SurveyMilestone = (typeof surveyMilestones)[number];

/** The milestone at which the survey also asks for the person's own needs and goals. */
export const asksForGoals = (milestone: SurveyMilestone) => milestone === 'planAgreed';

/** `expired` is derived on read: an `open` invitation past its `useBy`. */
export const surveyStates = ['open', 'answered', 'expired', 'revoked'] as const;
export type SurveyState = (typeof surveyStates)[number];

/** The questions rated 1–5, in the order the survey asks them. */
export const surveyRatings = ['useful', 'respectful', 'onTime'] as const;
export type SurveyRating = (typeof surveyRatings)[number];

/** The longest a survey code may wait for the person. */
export const SURVEY_MAX_DAYS = 60;
export const SURVEY_DEFAULT_DAYS = 30;

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The deadline a new invitation gets when the caseworker names none. */
export const defaultSurveyUseBy = () => addDays(warsawToday(), SURVEY_DEFAULT_DAYS);

const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};
const version = z.number().int().min(1);

export const issueSurveyBody = z.strictObject({
  milestone: z.enum(surveyMilestones, required),
  useBy: z.iso
    .date({ message: 'field.date' })
    .refine((d) => d >= warsawToday(), { message: 'survey.useByPast', abort: true })
    .refine((d) => d <= addDays(warsawToday(), SURVEY_MAX_DAYS), { message: 'survey.useByTooFar' }),
});
export type IssueSurveyInput = z.input<typeof issueSurveyBody>;

/** The code as the person types it: any case, spaces or dashes; same alphabet as referral codes. */
export const surveyCode = z
  .string({ message: 'field.required' })
  .transform(normalizeReferralCode)
  .pipe(
    z
      .string()
      .min(1, { message: 'field.required', abort: true })
      .regex(new RegExp(`^[${REFERRAL_CODE_ALPHABET}]{${REFERRAL_CODE_LENGTH}}$`), {
        message: 'survey.codeFormat',
      }),
  );

export const surveyCodeBody = z.strictObject({ code: surveyCode });
export type SurveyCodeInput = z.input<typeof surveyCodeBody>;

const rating = z
  .number({ message: 'survey.ratingRequired' })
  .int({ message: 'survey.ratingRequired' })
  .min(1, { message: 'survey.ratingRequired' })
  .max(5, { message: 'survey.ratingRequired' });

/** The person's answers; ratings are required, the texts are the person's own and optional. */
export const answerSurveyBody = z.strictObject({
  code: surveyCode,
  useful: rating,
  respectful: rating,
  onTime: rating,
  helped: optionalText(2000),
  change: optionalText(2000),
  /** Only asked at {@link asksForGoals}; ignored at other milestones. */
  goals: optionalText(2000),
});
export type AnswerSurveyInput = z.input<typeof answerSurveyBody>;

export const surveyRevokeBody = z.strictObject({ version, reason: requiredText(2000) });
export type SurveyRevokeInput = z.input<typeof surveyRevokeBody>;

export const surveyParams = z.object({ surveyId: z.uuid() });

/** What the public page shows once a code opens a survey: nothing that names the person. */
export const publicSurveyView = z.object({
  milestone: z.enum(surveyMilestones),
  askGoals: z.boolean(),
  partnershipName: z.string(),
  institutionName: z.string(),
  useBy: z.string(),
});
export type PublicSurveyView = z.infer<typeof publicSurveyView>;

export const surveyAnswerView = z.object({
  answeredAt: z.string(),
  useful: z.number().int(),
  respectful: z.number().int(),
  onTime: z.number().int(),
  helped: z.string().nullable(),
  change: z.string().nullable(),
  goals: z.string().nullable(),
  /** The free texts were cleared when the person was anonymised; the ratings stay for statistics. */
  textsCleared: z.boolean(),
});
export type SurveyAnswerView = z.infer<typeof surveyAnswerView>;

export const surveyInvitationView = z.object({
  id: z.string(),
  milestone: z.enum(surveyMilestones),
  state: z.enum(surveyStates),
  useBy: z.string(),
  issuedAt: z.string(),
  issuedByName: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
  answer: surveyAnswerView.nullable(),
  version: z.number().int(),
  abilities: z.object({ revoke: z.boolean() }),
});
export type SurveyInvitationView = z.infer<typeof surveyInvitationView>;

/** The "person's voice" section of the record. */
export const personVoiceView = z.object({
  invitations: z.array(surveyInvitationView),
  /** The reader may issue invitations (the entry institution's caseworkers). */
  canIssue: z.boolean(),
  /** The case's closure date: the closure survey is then due. */
  caseClosedOn: z.string().nullable(),
});
export type PersonVoiceView = z.infer<typeof personVoiceView>;

/** Issuing answers with the code in clear, the only time the server says it. */
export const issuedSurvey = z.object({ invitation: surveyInvitationView, code: z.string() });
export type IssuedSurvey = z.infer<typeof issuedSurvey>;

/** The partnership's monitoring: counts and averages per milestone, proposals without their authors. */
export const surveyResultsView = z.object({
  partnership: z.object({ id: z.string(), name: z.string() }),
  milestones: z.array(
    z.object({
      milestone: z.enum(surveyMilestones),
      issued: z.number().int(),
      answered: z.number().int(),
      open: z.number().int(),
      expired: z.number().int(),
      revoked: z.number().int(),
      /** Averages of the answered surveys, one decimal; null when none answered. */
      averages: z.object({
        useful: z.number().nullable(),
        respectful: z.number().nullable(),
        onTime: z.number().nullable(),
      }),
    }),
  ),
  /** Texts sorted alphabetically, so neither order nor date links them to an answer. */
  proposals: z.array(z.object({ milestone: z.enum(surveyMilestones), text: z.string() })),
  helped: z.array(z.object({ milestone: z.enum(surveyMilestones), text: z.string() })),
});
export type SurveyResultsView = z.infer<typeof surveyResultsView>;
