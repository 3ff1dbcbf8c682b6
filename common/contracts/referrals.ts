import { z } from 'zod';
import { supportInstruments } from '../plan-catalogue';
import { warsawToday } from './beneficiaries';
import { pageOf, pageQuery } from './pagination';
import { requiredText } from './partnerships';

/**
 * A referral of a person to the partnership's operator (seed 002 §4.11–4.14): what the operator
 * needs reaches it through the person, in writing, from the entry institution. The person carries
 * the card with a one-time code; the operator sees the case only after a user of it enters the
 * code while a consent for it holds.
 */

/**
 * `issued` (the code is waiting; `redeemed` tells whether the operator has entered it), then
 * `accepted` or `rejected`, `inService`, `completed`; `revoked` by the entry institution at any
 * time before completion; `expired` is derived on read for a code not entered by its deadline.
 */
export const referralStates = [
  'issued',
  'accepted',
  'rejected',
  'inService',
  'completed',
  'revoked',
  'expired',
] as const;
export type ReferralState = (typeof referralStates)[number];

/** The code's alphabet: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, so a code read aloud or typed is unambiguous. */
export const REFERRAL_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const REFERRAL_CODE_LENGTH = 10;
/** The longest a code may wait for the operator. */
export const REFERRAL_MAX_DAYS = 90;

/** A code as people type it: any case, spaces or dashes between groups. */
export const normalizeReferralCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

/** The code grouped for reading: `ABCDE-FGHJK`. */
export const formatReferralCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

const isoDate = z.iso.date({ message: 'field.date' });
const version = z.number().int().min(1);

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The code's deadline: from today up to {@link REFERRAL_MAX_DAYS} days ahead (checked per field, so it shows with the rest). */
const useBy = isoDate
  .refine((d) => d >= warsawToday(), { message: 'referral.useByPast', abort: true })
  .refine((d) => d <= addDays(warsawToday(), REFERRAL_MAX_DAYS), { message: 'referral.useByTooFar' });

export const issueReferralBody = z.strictObject({
  operatorInstitutionId: z.uuid({ message: 'field.required' }),
  scopeItemIds: z
    .array(z.uuid())
    .min(1, { message: 'referral.servicesRequired' })
    .max(50)
    .transform((ids) => [...new Set(ids)]),
  brief: requiredText(4000),
  useBy,
});
export type IssueReferralInput = z.input<typeof issueReferralBody>;

export const redeemReferralBody = z.strictObject({
  code: z
    .string({ message: 'field.required' })
    .transform(normalizeReferralCode)
    .pipe(
      z
        .string()
        .min(1, { message: 'field.required', abort: true })
        .regex(new RegExp(`^[${REFERRAL_CODE_ALPHABET}]{${REFERRAL_CODE_LENGTH}}$`), {
          message: 'referral.codeFormat',
        }),
    ),
});
export type RedeemReferralInput = z.input<typeof redeemReferralBody>;

export const referralVersionBody = z.strictObject({ version });
export type ReferralVersionInput = z.input<typeof referralVersionBody>;
export const referralReasonBody = z.strictObject({ version, reason: requiredText(2000) });
export type ReferralReasonInput = z.input<typeof referralReasonBody>;
export const completeReferralBody = z.strictObject({ version, outcome: requiredText(4000) });
export type CompleteReferralInput = z.input<typeof completeReferralBody>;

export const referralParams = z.object({ referralId: z.uuid() });

/** Worklists: the entry institution's codes still waiting, the operator's cases awaiting service. */
export const referralQueues = ['waitingForCode', 'awaitingService'] as const;
export const listReferralsQuery = z.object({
  queue: z.enum(referralQueues),
  /** Only those past their deadline (the code's, for `waitingForCode`). */
  overdue: z.union([z.boolean(), z.stringbool()]).optional(),
  ...pageQuery,
});
export type ListReferralsQuery = z.input<typeof listReferralsQuery>;

const ref = z.object({ id: z.string(), name: z.string() });

export const referralView = z.object({
  id: z.string(),
  person: z.object({ id: z.string(), firstName: z.string(), lastName: z.string() }),
  partnership: ref,
  entryInstitution: ref,
  operatorInstitution: ref,
  services: z.array(
    z.object({ id: z.string(), instrument: z.enum(supportInstruments), description: z.string().nullable() }),
  ),
  brief: z.string(),
  useBy: z.string(),
  state: z.enum(referralStates),
  /** The operator has entered the code. */
  redeemed: z.boolean(),
  overdue: z.boolean(),
  issuedAt: z.string(),
  issuedByName: z.string().nullable(),
  redeemedAt: z.string().nullable(),
  redeemedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  serviceStartedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({
    revoke: z.boolean(),
    accept: z.boolean(),
    reject: z.boolean(),
    startService: z.boolean(),
    complete: z.boolean(),
  }),
});
export type ReferralView = z.infer<typeof referralView>;
export const referralPage = pageOf(referralView);
export type ReferralPage = z.infer<typeof referralPage>;

/** The answer to an issue: the only time the code is shown in clear (then only on the card). */
export const issuedReferral = z.object({ referral: referralView, code: z.string() });
export type IssuedReferral = z.infer<typeof issuedReferral>;

/** The card is printed from the code the issuer was just shown; the server keeps only its hash. */
export const referralCardBody = z.strictObject({ code: redeemReferralBody.shape.code });
export type ReferralCardInput = z.input<typeof referralCardBody>;

/** Whom and what the entry institution may refer a person to. */
export const referralOptions = z.object({
  operators: z.array(ref),
  services: z.array(
    z.object({ id: z.string(), instrument: z.enum(supportInstruments), description: z.string().nullable() }),
  ),
});
export type ReferralOptions = z.infer<typeof referralOptions>;

/** How many wrong codes a user may enter before redemption locks for a while. */
export const REFERRAL_CODE_ATTEMPTS = 5;
export const REFERRAL_LOCKOUT_MINUTES = 15;
