import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { surveyMilestones } from '../../../common/contracts/person-survey';
import { idColumn, mutableColumns } from '../../platform/db';
import { partnerships } from '../partnerships';
import { persons } from './person.table';

export const surveyMilestone = pgEnum('survey_milestone', surveyMilestones);

/** The stored states; `expired` is never stored: it is an `open` invitation past `use_by`, derived on read. */
export const surveyInvitationState = pgEnum('survey_invitation_state', ['open', 'answered', 'revoked']);

/**
 * An invitation of a person to rate the support at a milestone, and once answered the answer
 * itself (one answer per invitation, so the row is both). The code on the slip is kept only as its
 * keyed blind index, like a referral code. The ratings are not personal data and stay after the
 * person is anonymised, for the statistics; the free texts are the person's own words and are
 * AES-256-GCM envelopes bound to the row and column (`person_survey_invitations.<field>:<id>`),
 * cleared by anonymisation. `partnership_id` repeats the person's service so the monitoring counts
 * a partnership's answers from this table alone, without touching the person records.
 */
export const personSurveyInvitations = pgTable(
  'person_survey_invitations',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    milestone: surveyMilestone('milestone').notNull(),
    useBy: date('use_by').notNull(),
    codeHash: text('code_hash').notNull(),
    state: surveyInvitationState('state').notNull().default('open'),
    issuedBy: uuid('issued_by'),
    issuedByName: text('issued_by_name'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByName: text('revoked_by_name'),
    revocationReason: text('revocation_reason'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    ratingUseful: smallint('rating_useful'),
    ratingRespectful: smallint('rating_respectful'),
    ratingOnTime: smallint('rating_on_time'),
    helpedEnc: text('helped_enc'),
    changeEnc: text('change_enc'),
    goalsEnc: text('goals_enc'),
    textsClearedAt: timestamp('texts_cleared_at', { withTimezone: true }),
    ...mutableColumns(),
  },
  (t) => [
    uniqueIndex('person_survey_invitations_code_idx').on(t.codeHash),
    index('person_survey_invitations_person_idx').on(t.personId, t.createdAt),
    index('person_survey_invitations_partnership_idx').on(t.partnershipId, t.milestone),
    check(
      'person_survey_invitations_ratings_check',
      sql`(${t.ratingUseful} is null or ${t.ratingUseful} between 1 and 5) and (${t.ratingRespectful} is null or ${t.ratingRespectful} between 1 and 5) and (${t.ratingOnTime} is null or ${t.ratingOnTime} between 1 and 5)`,
    ),
  ],
);
