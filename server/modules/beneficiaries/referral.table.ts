import { date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';
import { persons } from './person.table';

/** The stored states; `expired` is never stored: it is an `issued` code past `use_by`, derived on read. */
export const referralState = pgEnum('referral_state', [
  'issued',
  'accepted',
  'rejected',
  'inService',
  'completed',
  'revoked',
]);

/**
 * A referral of a person by the entry institution to an operator of the same service. The code
 * the person carries is kept only as its keyed blind index (HMAC-SHA256 under the personal-data
 * key, `<key id>:<mac>`): a database leak gives nobody a usable code, and redemption finds the
 * row by an exact match without scanning.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    operatorInstitutionId: uuid('operator_institution_id')
      .notNull()
      .references(() => institutions.id),
    /** The service scope items the person is referred for. */
    scopeItemIds: uuid('scope_item_ids').array().notNull(),
    brief: text('brief').notNull(),
    useBy: date('use_by').notNull(),
    codeHash: text('code_hash').notNull(),
    state: referralState('state').notNull().default('issued'),
    issuedBy: uuid('issued_by'),
    issuedByName: text('issued_by_name'),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
    redeemedBy: uuid('redeemed_by'),
    redeemedByName: text('redeemed_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
    serviceStartedAt: timestamp('service_started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    outcome: text('outcome'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByName: text('revoked_by_name'),
    revocationReason: text('revocation_reason'),
    ...mutableColumns(),
  },
  (t) => [
    uniqueIndex('referrals_code_idx').on(t.codeHash),
    index('referrals_person_idx').on(t.personId, t.createdAt),
    index('referrals_operator_idx').on(t.operatorInstitutionId, t.state),
  ],
);
