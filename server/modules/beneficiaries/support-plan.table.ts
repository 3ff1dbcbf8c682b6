import { integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { supportPlanStatuses } from '../../../common/contracts/support-plan';
import { idColumn, mutableColumns } from '../../platform/db';
import { persons } from './person.table';

export const supportPlanStatus = pgEnum('support_plan_status', supportPlanStatuses);

/** A person's individual support plan; its `version` locks every change of any of its versions. */
export const supportPlans = pgTable(
  'support_plans',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    ...mutableColumns(),
  },
  (t) => [uniqueIndex('support_plans_person_idx').on(t.personId)],
);

/**
 * One version of the plan. Goals, actions and the agreement are one AES-256-GCM envelope of
 * JSON (`support_plan_versions.content:<id>`): they describe the person's life and needs. An
 * approved version is never changed again; the next change opens version `number + 1`.
 */
export const supportPlanVersions = pgTable(
  'support_plan_versions',
  {
    id: idColumn(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => supportPlans.id),
    number: integer('number').notNull(),
    status: supportPlanStatus('status').notNull().default('draft'),
    contentEnc: text('content_enc').notNull(),
    editedBy: uuid('edited_by'),
    editedByName: text('edited_by_name'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('support_plan_versions_number_idx').on(t.planId, t.number)],
);
