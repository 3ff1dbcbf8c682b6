import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';

/**
 * The training and advisory programme for JSTs (seed 003). The commissioning plan linked as a
 * JST's outcome is referred to by id only: it belongs to the commissioning module, which is read
 * through its index.
 */

export const baselineSource = pgEnum('training_baseline_source', ['plan', 'declared']);

/** A programme, run by the platform administrator or by the designated operator institution. */
export const trainingProgrammes = pgTable(
  'training_programmes',
  {
    id: idColumn(),
    name: text('name').notNull(),
    /** Lower-case name without Polish diacritics, for search. */
    searchName: text('search_name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    operatorInstitutionId: uuid('operator_institution_id').references(() => institutions.id),
    targetJsts: integer('target_jsts').notNull(),
    targetPeople: integer('target_people').notNull(),
    createdBy: uuid('created_by'),
    ...mutableColumns(),
  },
  (t) => [
    index('training_programmes_name_idx').on(t.searchName, t.id),
    index('training_programmes_operator_idx').on(t.operatorInstitutionId),
  ],
);

/**
 * A JST taking part. The baseline is kept as it was at recruitment (the priority was decided on
 * it); the voivodeship code is kept on the row for the list's filters and the progress table.
 * The advisory hours are not: they are summed from the sessions, the one record of them.
 */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: idColumn(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id),
    jstInstitutionId: uuid('jst_institution_id')
      .notNull()
      .references(() => institutions.id),
    voivodeshipCode: text('voivodeship_code').notNull(),
    searchName: text('search_name').notNull(),
    baselineSource: baselineSource('baseline_source').notNull(),
    baseYear: integer('base_year'),
    baselinePesCount: integer('baseline_pes_count').notNull(),
    baselinePesValue: bigint('baseline_pes_value', { mode: 'number' }).notNull(),
    baselineTotalCount: integer('baseline_total_count').notNull(),
    baselineTotalValue: bigint('baseline_total_value', { mode: 'number' }).notNull(),
    priority: boolean('priority').notNull(),
    priorityScore: integer('priority_score').notNull(),
    /** The JST's commissioning plan, the programme's outcome. */
    commissioningPlanId: uuid('commissioning_plan_id'),
    ...mutableColumns(),
  },
  (t) => [
    uniqueIndex('training_participants_jst_uq').on(t.programmeId, t.jstInstitutionId),
    index('training_participants_order_idx').on(t.programmeId, t.priorityScore, t.searchName),
    index('training_participants_voivodeship_idx').on(t.programmeId, t.voivodeshipCode),
    index('training_participants_jst_idx').on(t.jstInstitutionId),
  ],
);

/** A person a JST sends: a platform user of that JST, or a name and position. */
export const trainingPeople = pgTable(
  'training_people',
  {
    id: idColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => trainingParticipants.id),
    userId: uuid('user_id'),
    name: text('name').notNull(),
    position: text('position').notNull(),
    /** Withdrawn people keep their attendance but no longer count toward the JST's two. */
    active: boolean('active').notNull().default(true),
    ...mutableColumns(),
  },
  (t) => [index('training_people_participant_idx').on(t.participantId)],
);

/** One day of a training edition. */
export interface TrainingDay {
  date: string;
  practical: boolean;
  remote: boolean;
}

/** A 4-day edition of the training with its group of participants. */
export const trainingEditions = pgTable(
  'training_editions',
  {
    id: idColumn(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id),
    title: text('title').notNull(),
    days: jsonb('days').$type<TrainingDay[]>().notNull(),
    ...mutableColumns(),
  },
  (t) => [index('training_editions_programme_idx').on(t.programmeId, t.createdAt)],
);

/** A person of the edition's group, with attendance per day (null: not yet recorded). */
export const editionMembers = pgTable(
  'training_edition_members',
  {
    id: idColumn(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => trainingEditions.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => trainingPeople.id),
    attendance: jsonb('attendance').$type<(boolean | null)[]>().notNull(),
    completed: boolean('completed').notNull().default(false),
    ...mutableColumns(),
  },
  (t) => [
    uniqueIndex('training_edition_members_uq').on(t.editionId, t.personId),
    index('training_edition_members_person_idx').on(t.personId),
  ],
);

/** An advisory session for one JST; minutes so quarter hours sum exactly. */
export const advisorySessions = pgTable(
  'training_advisory_sessions',
  {
    id: idColumn(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => trainingParticipants.id),
    heldOn: date('held_on').notNull(),
    minutes: integer('minutes').notNull(),
    topic: text('topic').notNull(),
    adviser: text('adviser').notNull(),
    remote: boolean('remote').notNull().default(false),
    recordedBy: uuid('recorded_by'),
    ...mutableColumns(),
  },
  (t) => [
    index('training_advisory_sessions_programme_idx').on(t.programmeId, t.heldOn),
    index('training_advisory_sessions_participant_idx').on(t.participantId),
  ],
);

/** A 1-day study visit to a PES of the registry, with the JSTs that attended. */
export const studyVisits = pgTable(
  'training_study_visits',
  {
    id: idColumn(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id),
    visitedOn: date('visited_on').notNull(),
    hostInstitutionId: uuid('host_institution_id')
      .notNull()
      .references(() => institutions.id),
    participantIds: uuid('participant_ids').array().notNull(),
    notes: text('notes'),
    ...mutableColumns(),
  },
  (t) => [index('training_study_visits_programme_idx').on(t.programmeId, t.visitedOn)],
);
