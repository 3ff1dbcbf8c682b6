import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  delegationStatuses,
  groupOutcomes,
  groupStatuses,
  groupTaskStatuses,
  type NeedItem,
  subjectKinds,
} from '../../../common/contracts/cooperation-groups';
import { bytea, idColumn, mutableColumns } from '../../platform/db';
import { users } from '../accounts';
import { institutions } from '../institutions';

export const groupSubjectKind = pgEnum('cooperation_group_subject_kind', subjectKinds);
export const groupStatus = pgEnum('cooperation_group_status', groupStatuses);
export const groupOutcome = pgEnum('cooperation_group_outcome', groupOutcomes);
export const delegationStatus = pgEnum('cooperation_delegation_status', delegationStatuses);
export const groupTaskStatus = pgEnum('cooperation_task_status', groupTaskStatuses);

/** The mayor's authorisation of the OPS to build cooperation (seed 004), with the signed document. */
export const cooperationAuthorisations = pgTable(
  'cooperation_authorisations',
  {
    id: idColumn(),
    opsInstitutionId: uuid('ops_institution_id')
      .notNull()
      .references(() => institutions.id),
    /** The gmina government whose head (wójt, burmistrz, prezydent) granted it. */
    jstInstitutionId: uuid('jst_institution_id')
      .notNull()
      .references(() => institutions.id),
    number: text('number').notNull(),
    issuedOn: date('issued_on').notNull(),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until'),
    scope: text('scope'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    sizeBytes: integer('size_bytes'),
    sha256: text('sha256'),
    content: bytea('content'),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    ...mutableColumns(),
  },
  (t) => [
    index('cooperation_authorisations_ops_idx').on(t.opsInstitutionId, t.validFrom),
    index('cooperation_authorisations_jst_idx').on(t.jstInstitutionId),
  ],
);

/**
 * A municipal cooperation group (GGK) for one problem situation. It names no person: `label` is
 * a pseudonym; a later module links beneficiaries. `internalNotes` are the OPS's alone.
 */
export const cooperationGroups = pgTable(
  'cooperation_groups',
  {
    id: idColumn(),
    opsInstitutionId: uuid('ops_institution_id')
      .notNull()
      .references(() => institutions.id),
    authorisationId: uuid('authorisation_id')
      .notNull()
      .references(() => cooperationAuthorisations.id),
    /** The PZK whose member institutions delegate representatives (a partnership of the partnerships module). */
    partnerTeamId: uuid('partner_team_id').notNull(),
    label: text('label').notNull(),
    searchLabel: text('search_label').notNull(),
    subjectKind: groupSubjectKind('subject_kind').notNull(),
    situation: text('situation').notNull(),
    internalNotes: text('internal_notes'),
    status: groupStatus('status').notNull().default('active'),
    outcome: groupOutcome('outcome'),
    resultSummary: text('result_summary'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    coordinatorUserId: uuid('coordinator_user_id').references(() => users.id),
    coordinatorName: text('coordinator_name'),
    ...mutableColumns(),
  },
  (t) => [
    index('cooperation_groups_ops_idx').on(t.opsInstitutionId, t.status, t.createdAt),
    index('cooperation_groups_authorisation_idx').on(t.authorisationId),
  ],
);

/** An institution asked to delegate a representative, and its answer. */
export const cooperationGroupMembers = pgTable(
  'cooperation_group_members',
  {
    id: idColumn(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => cooperationGroups.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    status: delegationStatus('status').notNull().default('requested'),
    delegateUserId: uuid('delegate_user_id').references(() => users.id),
    delegateName: text('delegate_name'),
    declineReason: text('decline_reason'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    respondedBy: uuid('responded_by'),
    ...mutableColumns(),
  },
  (t) => [
    index('cooperation_group_members_group_idx').on(t.groupId),
    index('cooperation_group_members_institution_idx').on(t.institutionId, t.groupId),
  ],
);

export const cooperationGroupMeetings = pgTable(
  'cooperation_group_meetings',
  {
    id: idColumn(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => cooperationGroups.id),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    agenda: text('agenda').notNull(),
    minutes: text('minutes'),
    decisions: jsonb('decisions').$type<string[]>().notNull().default([]),
    /** The member (delegation) rows whose delegates attended. */
    presentMemberIds: jsonb('present_member_ids').$type<string[]>().notNull().default([]),
    ...mutableColumns(),
  },
  (t) => [index('cooperation_group_meetings_group_idx').on(t.groupId, t.heldAt)],
);

/** A task of one member institution, which alone (with the OPS) changes its status. */
export const cooperationGroupTasks = pgTable(
  'cooperation_group_tasks',
  {
    id: idColumn(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => cooperationGroups.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => cooperationGroupMembers.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    title: text('title').notNull(),
    description: text('description'),
    dueOn: date('due_on').notNull(),
    status: groupTaskStatus('status').notNull().default('planned'),
    statusNote: text('status_note'),
    completedOn: date('completed_on'),
    ...mutableColumns(),
  },
  (t) => [
    index('cooperation_group_tasks_group_idx').on(t.groupId, t.dueOn),
    index('cooperation_group_tasks_institution_idx').on(t.institutionId, t.status),
  ],
);

/** The OPS's record of needs and problems sent to the ROPS; submitted once, never changed. */
export const cooperationNeedsReports = pgTable(
  'cooperation_needs_reports',
  {
    id: idColumn(),
    opsInstitutionId: uuid('ops_institution_id')
      .notNull()
      .references(() => institutions.id),
    ropsInstitutionId: uuid('rops_institution_id')
      .notNull()
      .references(() => institutions.id),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    items: jsonb('items').$type<NeedItem[]>().notNull(),
    remarks: text('remarks'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name'),
  },
  (t) => [
    index('cooperation_needs_reports_ops_idx').on(t.opsInstitutionId, t.submittedAt),
    index('cooperation_needs_reports_rops_idx').on(t.ropsInstitutionId, t.submittedAt),
  ],
);
