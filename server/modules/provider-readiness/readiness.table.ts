import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ReadinessItemView } from '../../../common/contracts/provider-readiness';
import { readinessStates } from '../../../common/enums';
import { idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';
import { serviceTypes } from '../social-services';

export const readinessState = pgEnum('readiness_state', readinessStates);

/**
 * A provider's readiness to deliver one service type (seed 001, sphere 3). The checklist is
 * generated from the standard card when the assessment starts and kept with it, so a later change
 * of the card never rewrites what was assessed and confirmed; a new card means a new assessment.
 * Expiry is not stored: a confirmation whose `valid_until` has passed reads as expired.
 */
export const readinessAssessments = pgTable(
  'readiness_assessments',
  {
    id: idColumn(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => serviceTypes.id),
    state: readinessState('state').notNull().default('draft'),
    items: jsonb('items').$type<ReadinessItemView[]>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    /** The OWES in whose name the decision was taken; null for a platform expert. */
    decidedByInstitutionId: uuid('decided_by_institution_id').references(() => institutions.id),
    decisionComment: text('decision_comment'),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    ...mutableColumns(),
  },
  (t) => [
    index('readiness_assessments_institution_idx').on(t.institutionId, t.serviceTypeId),
    index('readiness_assessments_type_idx').on(t.serviceTypeId, t.state, t.validUntil),
    index('readiness_assessments_state_idx').on(t.state, t.updatedAt),
    /** One open assessment per provider and service type: a second start is refused. */
    uniqueIndex('readiness_assessments_open_idx')
      .on(t.institutionId, t.serviceTypeId)
      .where(sql`${t.state} in ('draft', 'submitted', 'returned')`),
  ],
);
