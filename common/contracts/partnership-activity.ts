import { z } from 'zod';
import {
  attendanceStatuses,
  continuationOutcomes,
  decisionBodies,
  lifecycleActions,
  lifecycleSteps,
  partnershipStatuses,
} from '../enums';
import { kindRequirementIds } from './partnership-kinds';
import { stepStatuses } from './partnership-lifecycle';
import { optionalText, requiredText, text } from './partnerships';

const version = z.number().int().min(1);

const evaluation = z.strictObject({
  effectiveness: text(5000),
  efficiency: text(5000),
  utility: text(5000),
});

/** `version` is the partnership's: the lifecycle is part of it. */
export const completeStepBody = z.strictObject({
  version,
  note: optionalText(10000),
  decisionId: z.uuid().nullable().optional(),
  evaluation: evaluation.nullable().optional(),
  outcome: z.enum(continuationOutcomes).nullable().optional(),
});
export type CompleteStepInput = z.input<typeof completeStepBody>;

export const reopenStepBody = z.strictObject({
  version,
  reason: requiredText(1000).min(3, { message: 'field.tooShort' }),
});
export type ReopenStepInput = z.input<typeof reopenStepBody>;

export const stepParams = z.object({ id: z.string(), step: z.enum(lifecycleSteps) });

const evaluationView = z.object({ effectiveness: z.string(), efficiency: z.string(), utility: z.string() });

export const lifecycleEventView = z.object({
  id: z.uuid(),
  cycle: z.number().int(),
  step: z.enum(lifecycleSteps),
  action: z.enum(lifecycleActions),
  at: z.string(),
  byName: z.string().nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  decisionId: z.uuid().nullable(),
  evaluation: evaluationView.nullable(),
  outcome: z.enum(continuationOutcomes).nullable(),
});
export type LifecycleEventView = z.infer<typeof lifecycleEventView>;

/** A step of the task list: its status, and when it cannot be completed, the `errors` id saying why. */
export const lifecycleStepView = z.object({
  step: z.enum(lifecycleSteps),
  number: z.number().int(),
  status: z.enum(stepStatuses),
  missing: z.string().nullable(),
  completion: lifecycleEventView.nullable(),
});
export type LifecycleStepView = z.infer<typeof lifecycleStepView>;

export const lifecycleView = z.object({
  cycle: z.number().int(),
  currentStep: z.enum(lifecycleSteps),
  status: z.enum(partnershipStatuses),
  version: z.number().int(),
  missingRequirements: z.array(z.enum(kindRequirementIds)),
  steps: z.array(lifecycleStepView),
  /** Every completion and every going back, newest first, over all cycles. */
  history: z.array(lifecycleEventView),
  abilities: z.object({ manage: z.boolean() }),
});
export type LifecycleView = z.infer<typeof lifecycleView>;

export const createDecisionBody = z.strictObject({
  body: z.enum(decisionBodies),
  summary: requiredText(5000),
  decidedOn: z.iso.date({ message: 'field.date' }),
  meetingId: z.uuid().nullable().optional(),
  sourceDocument: optionalText(500),
  /** The lifecycle step this decision is the record of, e.g. the goals and rules of step 3. */
  lifecycleStep: z.enum(lifecycleSteps).nullable().optional(),
});
export type CreateDecisionInput = z.input<typeof createDecisionBody>;

export const decisionView = z.object({
  id: z.uuid(),
  body: z.enum(decisionBodies),
  summary: z.string(),
  decidedOn: z.string(),
  meeting: z.object({ id: z.uuid(), title: z.string(), startsAt: z.string() }).nullable(),
  sourceDocument: z.string().nullable(),
  lifecycleStep: z.enum(lifecycleSteps).nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type DecisionView = z.infer<typeof decisionView>;
export const decisionListResponse = z.object({ items: z.array(decisionView) });

const onlineUrl = z.url({ protocol: /^https?$/, message: 'field.website' });
const meetingFields = {
  title: requiredText(300),
  startsAt: z.iso.datetime({ offset: true, message: 'field.dateTime' }),
  endsAt: z.iso.datetime({ offset: true, message: 'field.dateTime' }).nullable().optional(),
  place: optionalText(300),
  onlineUrl: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(onlineUrl.nullable())
    .nullable()
    .optional(),
  agenda: requiredText(10000),
  minutes: optionalText(50000),
};

export const createMeetingBody = z.strictObject(meetingFields);
export type CreateMeetingInput = z.input<typeof createMeetingBody>;

export const updateMeetingBody = z.strictObject({ ...z.object(meetingFields).partial().shape, version });
export type UpdateMeetingInput = z.input<typeof updateMeetingBody>;

/** The whole attendance list at once, at the meeting's version. */
export const attendanceBody = z.strictObject({
  version,
  entries: z
    .array(
      z.strictObject({
        memberId: z.uuid(),
        status: z.enum(attendanceStatuses),
        representative: optionalText(200),
      }),
    )
    .max(200),
});
export type AttendanceInput = z.input<typeof attendanceBody>;

export const meetingView = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  agenda: z.string(),
  minutes: z.string().nullable(),
  attendance: z.array(
    z.object({
      memberId: z.uuid(),
      institutionName: z.string(),
      status: z.enum(attendanceStatuses),
      representative: z.string().nullable(),
    }),
  ),
  decisions: z.array(z.object({ id: z.uuid(), summary: z.string() })),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean() }),
});
export type MeetingView = z.infer<typeof meetingView>;
export const meetingListResponse = z.object({ items: z.array(meetingView) });

export const meetingParams = z.object({ id: z.string(), meetingId: z.string() });
