import {
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  candidateStates,
  type modelProducts,
  organiserTypes,
  pilotStates,
} from '../../../common/contracts/pilots';
import { idColumn, mutableColumns } from '../../platform/db';
import { users } from '../accounts';
import { institutions } from '../institutions';

export const pilotState = pgEnum('pilot_state', pilotStates);
export const pilotCandidateState = pgEnum('pilot_candidate_state', candidateStates);
export const pilotOrganiserType = pgEnum('pilot_organiser_type', organiserTypes);

/**
 * A pilot test of a model (seed 001): run by one institution of the project's partnership, with
 * its period, the number of sites to choose and the testing period the monthly reports cover. The
 * quality specialist and the learning-outcomes expert are roles on this pilot, held by user accounts.
 */
export const pilots = pgTable(
  'pilots',
  {
    id: idColumn(),
    name: text('name').notNull(),
    organiserInstitutionId: uuid('organiser_institution_id')
      .notNull()
      .references(() => institutions.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    testingStartsOn: date('testing_starts_on').notNull(),
    testingMonths: integer('testing_months').notNull(),
    sitesToChoose: integer('sites_to_choose').notNull(),
    state: pilotState('state').notNull().default('recruiting'),
    qualitySpecialistUserId: uuid('quality_specialist_user_id').references(() => users.id),
    learningExpertUserId: uuid('learning_expert_user_id').references(() => users.id),
    searchName: text('search_name').notNull(),
    ...mutableColumns(),
  },
  (t) => [
    index('pilots_organiser_idx').on(t.organiserInstitutionId),
    index('pilots_search_idx').on(t.searchName),
  ],
);

/** A candidate site with the values of the published criteria; its score is computed, never stored. */
export const pilotCandidates = pgTable(
  'pilot_candidates',
  {
    id: idColumn(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    organiserType: pilotOrganiserType('organiser_type').notNull(),
    yearsOfExperience: integer('years_of_experience').notNull(),
    sectionsCount: integer('sections_count').notNull(),
    cooperatingPesCount: integer('cooperating_pes_count').notNull(),
    owesRecommendedById: uuid('owes_recommended_by_id').references(() => institutions.id),
    state: pilotCandidateState('state').notNull().default('candidate'),
    rejectionReason: text('rejection_reason'),
    ...mutableColumns(),
  },
  (t) => [
    uniqueIndex('pilot_candidates_institution_idx').on(t.pilotId, t.institutionId),
    index('pilot_candidates_site_idx').on(t.institutionId),
  ],
);

/**
 * An expert caretaker, by name and e-mail: the seed's experts are people the sites, OWES or JSTs
 * propose and the partnership employs, most of whom never sign in; the organiser records their
 * training and assignment. Training attendance is the list of the 9 days attended.
 */
export const pilotExperts = pgTable(
  'pilot_experts',
  {
    id: idColumn(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id),
    name: text('name').notNull(),
    email: text('email').notNull(),
    nominatedByInstitutionId: uuid('nominated_by_institution_id').references(() => institutions.id),
    attendedDays: jsonb('attended_days').$type<number[]>().notNull(),
    ...mutableColumns(),
  },
  (t) => [uniqueIndex('pilot_experts_email_idx').on(t.pilotId, t.email)],
);

/** An expert caretaking a chosen site; an expert cares for one site only (60 experts for 30 sites). */
export const pilotCaretakers = pgTable(
  'pilot_caretakers',
  {
    id: idColumn(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => pilotCandidates.id),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => pilotExperts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pilot_caretakers_expert_idx').on(t.expertId),
    index('pilot_caretakers_candidate_idx').on(t.candidateId),
  ],
);

/** One report per site per month of the testing period. */
export const pilotSiteReports = pgTable(
  'pilot_site_reports',
  {
    id: idColumn(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => pilotCandidates.id),
    month: integer('month').notNull(),
    filedOn: date('filed_on').notNull(),
    modelProducts: jsonb('model_products').$type<(typeof modelProducts)[number][]>().notNull(),
    activities: text('activities').notNull(),
    cooperation: text('cooperation').notNull(),
    difficulties: text('difficulties'),
    proposals: text('proposals'),
    filedByUserId: uuid('filed_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pilot_site_reports_month_idx').on(t.candidateId, t.month),
    index('pilot_site_reports_pilot_idx').on(t.pilotId),
  ],
);

/** The quality specialist's review of an expert's work (the quality management system of seed 001). */
export const pilotQualityReviews = pgTable(
  'pilot_quality_reviews',
  {
    id: idColumn(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => pilotExperts.id),
    reviewedOn: date('reviewed_on').notNull(),
    score: integer('score').notNull(),
    findings: text('findings').notNull(),
    recommendations: text('recommendations'),
    reviewerUserId: uuid('reviewer_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pilot_quality_reviews_pilot_idx').on(t.pilotId)],
);

/** The learning-outcomes expert's assessment of a site. */
export const pilotOutcomeAssessments = pgTable(
  'pilot_outcome_assessments',
  {
    id: idColumn(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => pilotCandidates.id),
    assessedOn: date('assessed_on').notNull(),
    score: integer('score').notNull(),
    outcomes: text('outcomes').notNull(),
    recommendations: text('recommendations'),
    assessorUserId: uuid('assessor_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pilot_outcome_assessments_pilot_idx').on(t.pilotId)],
);
