import { z } from 'zod';
import { institutionTypes } from '../enums';
import { pageOf, pageQuery } from './pagination';
import { warsawToday } from './partnership-plan';
import { optionalText, requiredText, text } from './partnerships';

/**
 * Model D of seed 004: the mayor authorises the OPS to build cooperation; the OPS convenes a
 * municipal cooperation group (GGK) for one concrete problem situation, asks institutions of the
 * PZK to delegate representatives, holds meetings, divides tasks and closes the group with a
 * result; the mayor gets counts, the ROPS a record of needs and problems.
 *
 * A group names no person: the situation is described under a pseudonymous label.
 */

export const subjectKinds = ['person', 'family', 'group'] as const;
export type SubjectKind = (typeof subjectKinds)[number];
export const groupStatuses = ['active', 'closed'] as const;
export type GroupStatus = (typeof groupStatuses)[number];
export const groupOutcomes = [
  'resolved',
  'partlyResolved',
  'notResolved',
  'referredElsewhere',
  'discontinued',
] as const;
export type GroupOutcome = (typeof groupOutcomes)[number];
export const delegationStatuses = ['requested', 'named', 'declined'] as const;
export type DelegationStatus = (typeof delegationStatuses)[number];
export const groupTaskStatuses = ['planned', 'inProgress', 'done', 'cancelled'] as const;
export type GroupTaskStatus = (typeof groupTaskStatuses)[number];
/** Problem categories of the record of needs sent to the ROPS (after art. 7 of the social assistance act). */
export const needCategories = [
  'poverty',
  'unemployment',
  'disability',
  'longIllness',
  'domesticViolence',
  'addiction',
  'homelessness',
  'careAndParenting',
  'oldAge',
  'crisis',
  'other',
] as const;
export type NeedCategory = (typeof needCategories)[number];

/** Types of institution that may be authorised to build cooperation and convene groups. */
export const convenerTypes = ['ops', 'cus'] as const;

const version = z.number().int().min(1);
const date = z.iso.date({ message: 'field.date' });
const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};
const id = z.uuid({ message: 'field.required' });

const institutionRef = z.object({ id: z.uuid(), name: z.string() });
export type InstitutionRef = z.infer<typeof institutionRef>;

// ── The mayor's authorisation ────────────────────────────────────────────────────────────────

export const createAuthorisationBody = z
  .strictObject({
    opsInstitutionId: id,
    jstInstitutionId: id,
    number: requiredText(100),
    issuedOn: date,
    validFrom: date,
    validUntil: date.nullable().optional(),
    scope: optionalText(2000),
  })
  .superRefine((body, ctx) => {
    if (body.validUntil && body.validUntil < body.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'field.dateOrder' });
  });
export type CreateAuthorisationInput = z.input<typeof createAuthorisationBody>;

export const authorisationView = z.object({
  id: z.uuid(),
  ops: institutionRef,
  jst: institutionRef,
  number: z.string(),
  issuedOn: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  scope: z.string().nullable(),
  document: z.object({ fileName: z.string(), mimeType: z.string(), sizeBytes: z.number().int() }).nullable(),
  /** With its document, and today within its term: only then does the OPS convene groups. */
  valid: z.boolean(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ uploadDocument: z.boolean() }),
});
export type AuthorisationView = z.infer<typeof authorisationView>;

export const listAuthorisationsQuery = z.object(pageQuery);
export const authorisationListResponse = pageOf(authorisationView);
export type AuthorisationListResponse = z.infer<typeof authorisationListResponse>;

// ── Groups ───────────────────────────────────────────────────────────────────────────────────

export const conveneGroupBody = z.strictObject({
  opsInstitutionId: id,
  partnerTeamId: id,
  label: requiredText(120),
  subjectKind: z.enum(subjectKinds, required),
  situation: requiredText(4000),
  internalNotes: optionalText(4000),
  invitedInstitutionIds: z
    .array(id)
    .min(1, { message: 'cooperationGroup.inviteRequired' })
    .max(30, { message: 'field.tooMany' })
    .superRefine((ids, ctx) => {
      ids.forEach((value, index) => {
        if (ids.indexOf(value) < index)
          ctx.addIssue({ code: 'custom', path: [index], message: 'cooperationGroup.inviteDuplicate' });
      });
    }),
});
export type ConveneGroupInput = z.input<typeof conveneGroupBody>;

export const updateGroupBody = z.strictObject({
  label: requiredText(120).optional(),
  situation: requiredText(4000).optional(),
  internalNotes: optionalText(4000),
  version,
});
export type UpdateGroupInput = z.input<typeof updateGroupBody>;

export const inviteInstitutionBody = z.strictObject({ institutionId: id });
export type InviteInstitutionInput = z.input<typeof inviteInstitutionBody>;

export const respondBody = z
  .strictObject({
    version,
    decision: z.enum(['name', 'decline'], required),
    delegateUserId: z.uuid({ message: 'field.required' }).nullable().optional(),
    declineReason: optionalText(1000),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'name' && !body.delegateUserId)
      ctx.addIssue({ code: 'custom', path: ['delegateUserId'], message: 'field.required' });
    if (body.decision === 'decline' && !body.declineReason)
      ctx.addIssue({ code: 'custom', path: ['declineReason'], message: 'field.required' });
  });
export type RespondInput = z.input<typeof respondBody>;

const meetingFields = {
  heldAt: z.iso.datetime({ offset: true, message: 'field.dateTime' }),
  place: requiredText(300),
  agenda: requiredText(4000),
  minutes: optionalText(20000),
  decisions: z.array(requiredText(1000)).max(50, { message: 'field.tooMany' }),
  presentMemberIds: z.array(id).max(60, { message: 'field.tooMany' }),
};
export const createMeetingBody = z.strictObject({
  ...meetingFields,
  decisions: meetingFields.decisions.default([]),
  presentMemberIds: meetingFields.presentMemberIds.default([]),
});
export type CreateGroupMeetingInput = z.input<typeof createMeetingBody>;
export const updateMeetingBody = z.strictObject({
  heldAt: meetingFields.heldAt.optional(),
  place: meetingFields.place.optional(),
  agenda: meetingFields.agenda.optional(),
  minutes: meetingFields.minutes,
  decisions: meetingFields.decisions.optional(),
  presentMemberIds: meetingFields.presentMemberIds.optional(),
  version,
});
export type UpdateGroupMeetingInput = z.input<typeof updateMeetingBody>;

export const createTaskBody = z.strictObject({
  memberId: id,
  title: requiredText(300),
  description: optionalText(4000),
  dueOn: date,
});
export type CreateGroupTaskInput = z.input<typeof createTaskBody>;

export const taskStatusBody = z.strictObject({
  status: z.enum(groupTaskStatuses, required),
  note: optionalText(1000),
  version,
});
export type GroupTaskStatusInput = z.input<typeof taskStatusBody>;

export const closeGroupBody = z.strictObject({
  version,
  outcome: z.enum(groupOutcomes, required),
  resultSummary: requiredText(4000),
});
export type CloseGroupInput = z.input<typeof closeGroupBody>;

export const listGroupsQuery = z.object({
  q: text(200).optional(),
  status: z.enum(groupStatuses).optional(),
  ...pageQuery,
});
export type ListGroupsQuery = z.infer<typeof listGroupsQuery>;

export const groupParams = z.object({ id: z.string() });
export const groupMemberParams = z.object({ id: z.string(), memberId: z.string() });
export const groupMeetingParams = z.object({ id: z.string(), meetingId: z.string() });
export const groupTaskParams = z.object({ id: z.string(), taskId: z.string() });

export const groupCard = z.object({
  id: z.uuid(),
  label: z.string(),
  subjectKind: z.enum(subjectKinds),
  status: z.enum(groupStatuses),
  outcome: z.enum(groupOutcomes).nullable(),
  ops: institutionRef,
  /** Whether the viewer sees it as the coordinating OPS (everything) or as a member (its part). */
  viewer: z.enum(['coordinator', 'member']),
  memberCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GroupCard = z.infer<typeof groupCard>;
export const groupListResponse = pageOf(groupCard);
export type GroupListResponse = z.infer<typeof groupListResponse>;

export const groupMemberView = z.object({
  id: z.uuid(),
  institution: z.object({ id: z.uuid(), name: z.string(), type: z.enum(institutionTypes) }),
  status: z.enum(delegationStatuses),
  delegateName: z.string().nullable(),
  declineReason: z.string().nullable(),
  requestedAt: z.string(),
  respondedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ respond: z.boolean() }),
});
export type GroupMemberView = z.infer<typeof groupMemberView>;

export const groupMeetingView = z.object({
  id: z.uuid(),
  heldAt: z.string(),
  place: z.string(),
  agenda: z.string(),
  minutes: z.string().nullable(),
  decisions: z.array(z.string()),
  presentMemberIds: z.array(z.uuid()),
  version: z.number().int(),
});
export type GroupMeetingView = z.infer<typeof groupMeetingView>;

export const groupTaskView = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  institutionName: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(groupTaskStatuses),
  statusNote: z.string().nullable(),
  completedOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ changeStatus: z.boolean() }),
});
export type GroupTaskView = z.infer<typeof groupTaskView>;

/**
 * A group as one viewer may see it: the coordinating OPS sees everything; a member institution
 * sees the shared summary, the delegates and meetings, and only its own tasks (no internal notes).
 */
export const groupView = groupCard.extend({
  situation: z.string(),
  resultSummary: z.string().nullable(),
  closedAt: z.string().nullable(),
  partnerTeam: institutionRef,
  coordinatorName: z.string().nullable(),
  internalNotes: z.string().nullable(),
  members: z.array(groupMemberView),
  meetings: z.array(groupMeetingView),
  tasks: z.array(groupTaskView),
  version: z.number().int(),
  abilities: z.object({ manage: z.boolean(), close: z.boolean() }),
});
export type GroupView = z.infer<typeof groupView>;

export const delegateCandidatesResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), displayName: z.string(), email: z.string() })),
});
export type DelegateCandidatesResponse = z.infer<typeof delegateCandidatesResponse>;

/** What the forms offer: the OPS the actor convenes for, its authorisation, PZKs, JSTs and ROPS. */
export const conveningOptions = z.object({
  conveners: z.array(
    z.object({
      ops: institutionRef,
      authorisation: z
        .object({ id: z.uuid(), number: z.string(), validUntil: z.string().nullable() })
        .nullable(),
      partnerTeams: z.array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          members: z.array(
            z.object({ institutionId: z.uuid(), name: z.string(), type: z.enum(institutionTypes) }),
          ),
        }),
      ),
      /** The gmina governments of the OPS's gmina: who may grant the authorisation. */
      jsts: z.array(institutionRef),
      /** The ROPS of the OPS's voivodeship: to whom the record of needs goes. */
      rops: z.array(institutionRef),
    }),
  ),
});
export type ConveningOptions = z.infer<typeof conveningOptions>;

// ── The mayor's summary ──────────────────────────────────────────────────────────────────────

export const summaryQuery = z
  .object({
    jstInstitutionId: z.uuid().optional(),
    from: date.optional(),
    to: date.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.dateOrder' });
  });
export type SummaryQuery = z.infer<typeof summaryQuery>;

/** Counts only: nothing in it names a person, a situation or a group. */
export const mayorSummary = z.object({
  jst: institutionRef.nullable(),
  options: z.array(institutionRef),
  from: z.string(),
  to: z.string(),
  groups: z.object({
    convened: z.number().int(),
    active: z.number().int(),
    closed: z.number().int(),
    closedByOutcome: z.record(z.enum(groupOutcomes), z.number().int()),
  }),
  tasks: z.object({ done: z.number().int(), overdue: z.number().int() }),
  generatedAt: z.string(),
});
export type MayorSummary = z.infer<typeof mayorSummary>;

// ── The record of needs and problems for the ROPS ────────────────────────────────────────────

export const needItem = z.strictObject({
  category: z.enum(needCategories, required),
  count: z
    .number({ message: 'cooperationGroup.count' })
    .int({ message: 'cooperationGroup.count' })
    .min(0, {
      message: 'cooperationGroup.count',
    })
    .max(100_000, { message: 'cooperationGroup.count' }),
  unmetNeeds: requiredText(2000),
});
export type NeedItem = z.infer<typeof needItem>;

export const submitNeedsReportBody = z
  .strictObject({
    opsInstitutionId: id,
    ropsInstitutionId: id,
    periodFrom: date,
    periodTo: date,
    items: z
      .array(needItem)
      .min(1, { message: 'cooperationGroup.itemsRequired' })
      .max(30, { message: 'field.tooMany' }),
    remarks: optionalText(4000),
  })
  .superRefine((body, ctx) => {
    if (body.periodTo < body.periodFrom)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'field.dateOrder' });
  });
export type SubmitNeedsReportInput = z.input<typeof submitNeedsReportBody>;

export const needsReportView = z.object({
  id: z.uuid(),
  ops: institutionRef,
  rops: institutionRef,
  periodFrom: z.string(),
  periodTo: z.string(),
  items: z.array(needItem),
  remarks: z.string().nullable(),
  submittedAt: z.string(),
  submittedByName: z.string().nullable(),
});
export type NeedsReportView = z.infer<typeof needsReportView>;
export const listNeedsReportsQuery = z.object(pageQuery);
export const needsReportListResponse = pageOf(needsReportView);
export type NeedsReportListResponse = z.infer<typeof needsReportListResponse>;
export const needsReportParams = z.object({ id: z.string() });
export const authorisationParams = z.object({ id: z.string() });

/** An open task past its due date (in Warsaw). */
export const isTaskOverdue = (task: { dueOn: string; status: GroupTaskStatus }, today = warsawToday()) =>
  (task.status === 'planned' || task.status === 'inProgress') && task.dueOn < today;

/** An authorisation the OPS may act on today: its document is filed and today lies within its term. */
export const isAuthorisationValid = (
  a: { hasDocument: boolean; validFrom: string; validUntil: string | null },
  today = warsawToday(),
) => a.hasDocument && a.validFrom <= today && (a.validUntil === null || today <= a.validUntil);
