import { z } from 'zod';

/**
 * Kinds of things the home dashboard asks a user to look at. Each module adds its own kinds
 * (partnerships: overdue tasks, unsigned agreements…); the web app words each one and links it.
 */
export const attentionKinds = [
  'invitationsExpiringSoon',
  'invitationsExpired',
  'accountsLocked',
  'agreementsAwaitingSignature',
  'agreementsExpiringSoon',
  'partnershipTasksOverdue',
  /** The staff's own cases: people their institution registered (links to the people list). */
  'beneficiariesRegistered',
  /** Referrals issued by the entry institution whose code the operator has not entered yet. */
  'referralsWaitingForCode',
  /** Redeemed referrals the operator has to accept, or accepted ones whose service has to start. */
  'referralsAwaitingService',
  /** Of those awaiting the operator, the ones past their use-by date. */
  'referralsOverdue',
  /** Submitted support plans, for the entry institution's coordinators and managers who approve them. */
  'supportPlansAwaitingApproval',
  /** A cooperation group's tasks assigned to the user's institution, past their deadline. */
  'cooperationTasksOverdue',
  /** All overdue tasks of a cooperation group, for the convening OPS that monitors it. */
  'cooperationGroupTasksOverdue',
  /** The mayor's summary of the cooperation groups for the quarter just closed, not opened yet. */
  'cooperationSummaryReady',
] as const;
export type AttentionKind = (typeof attentionKinds)[number];

export const attentionItem = z.object({
  kind: z.enum(attentionKinds),
  count: z.number().int().min(1),
  /** The institution the item is about; null for the platform as a whole. */
  institutionId: z.uuid().nullable(),
  institutionName: z.string().nullable(),
  /** The partnership the item is about, where it is about one (its page is the link). */
  partnership: z.object({ id: z.uuid(), name: z.string() }).optional(),
  /** The cooperation group the item is about (its label names no person; its page is the link). */
  cooperationGroup: z.object({ id: z.uuid(), name: z.string() }).optional(),
  /** The mayor's quarterly summary the item is about (its page is the link). */
  cooperationSummary: z
    .object({ id: z.uuid(), year: z.number().int(), quarter: z.number().int() })
    .optional(),
});
export type AttentionItem = z.infer<typeof attentionItem>;

export const attentionResponse = z.object({ items: z.array(attentionItem) });
export type AttentionResponse = z.infer<typeof attentionResponse>;
