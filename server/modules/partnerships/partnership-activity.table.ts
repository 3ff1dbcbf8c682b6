import {
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  attendanceStatuses,
  continuationOutcomes,
  decisionBodies,
  lifecycleActions,
} from '../../../common/enums';
import { idColumn, mutableColumns } from '../../platform/db';
import { lifecycleStep, partnershipMembers, partnerships } from './partnership.table';

export const lifecycleAction = pgEnum('lifecycle_action', lifecycleActions);
export const continuationOutcome = pgEnum('continuation_outcome', continuationOutcomes);
export const decisionBody = pgEnum('decision_body', decisionBodies);
export const attendanceStatus = pgEnum('attendance_status', attendanceStatuses);

export const partnershipMeetings = pgTable(
  'partnership_meetings',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    place: text('place'),
    onlineUrl: text('online_url'),
    agenda: text('agenda').notNull(),
    minutes: text('minutes'),
    createdBy: uuid('created_by'),
    ...mutableColumns(),
  },
  (t) => [index('partnership_meetings_idx').on(t.partnershipId, t.startsAt)],
);

export const partnershipMeetingAttendance = pgTable(
  'partnership_meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => partnershipMeetings.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => partnershipMembers.id),
    status: attendanceStatus('status').notNull(),
    /** Who represented the member, when not its usual contact. */
    representative: text('representative'),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/** The decisions log: recorded once, never edited, so it can be cited. */
export const partnershipDecisions = pgTable(
  'partnership_decisions',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    body: decisionBody('body').notNull(),
    summary: text('summary').notNull(),
    decidedOn: date('decided_on').notNull(),
    meetingId: uuid('meeting_id').references(() => partnershipMeetings.id),
    sourceDocument: text('source_document'),
    lifecycleStep: lifecycleStep('lifecycle_step'),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partnership_decisions_idx').on(t.partnershipId, t.decidedOn)],
);

export interface EvaluationAnswers {
  effectiveness: string;
  efficiency: string;
  utility: string;
}

/** Every completion of a lifecycle step and every going back, with its artefact or reason: append-only. */
export const partnershipLifecycleEvents = pgTable(
  'partnership_lifecycle_events',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    cycle: integer('cycle').notNull(),
    step: lifecycleStep('step').notNull(),
    action: lifecycleAction('action').notNull(),
    note: text('note'),
    decisionId: uuid('decision_id').references(() => partnershipDecisions.id),
    evaluation: jsonb('evaluation').$type<EvaluationAnswers>(),
    outcome: continuationOutcome('outcome'),
    reason: text('reason'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partnership_lifecycle_events_idx').on(t.partnershipId, t.cycle, t.occurredAt)],
);
