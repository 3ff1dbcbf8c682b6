import { date, index, integer, numeric, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseOutcomes } from '../../../common/contracts/service-delivery';
import { idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';
import { persons } from './person.table';
import { referrals } from './referral.table';

/**
 * A service delivered to a person: the providing institution's staff record it. The cost stays
 * with the paying partner (the package view sums per payer, never into one pool). `planVersion`
 * and `planAction` name the approved plan action it carries out; `referralId` the operator's
 * referral under which it was delivered.
 */
export const serviceDeliveries = pgTable(
  'service_deliveries',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    deliveredOn: date('delivered_on').notNull(),
    /** An item of the partnership's service scope (the instrument). */
    scopeItemId: uuid('scope_item_id').notNull(),
    hours: numeric('hours', { precision: 7, scale: 2, mode: 'number' }).notNull(),
    providerInstitutionId: uuid('provider_institution_id')
      .notNull()
      .references(() => institutions.id),
    payerInstitutionId: uuid('payer_institution_id')
      .notNull()
      .references(() => institutions.id),
    costGrosze: integer('cost_grosze').notNull(),
    planVersion: integer('plan_version'),
    planAction: integer('plan_action'),
    referralId: uuid('referral_id').references(() => referrals.id),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    ...mutableColumns(),
  },
  (t) => [index('service_deliveries_person_idx').on(t.personId, t.deliveredOn)],
);

export const caseOutcome = pgEnum('case_outcome', caseOutcomes);

/** The closure of a person's case by the entry institution: one per person, never reopened. */
export const caseClosures = pgTable('case_closures', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id),
  outcome: caseOutcome('outcome').notNull(),
  closedOn: date('closed_on').notNull(),
  dropOutReason: text('drop_out_reason'),
  note: text('note'),
  closedBy: uuid('closed_by'),
  closedByName: text('closed_by_name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
