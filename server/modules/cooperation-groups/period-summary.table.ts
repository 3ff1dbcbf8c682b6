import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PeriodSummaryCounts } from '../../../common/contracts/cooperation-summaries';
import { idColumn } from '../../platform/db';
import { users } from '../accounts';
import { institutions } from '../institutions';

/**
 * The mayor's summary of a closed quarter, counted once on the first reading after the quarter
 * ended and kept as it was: an official record the office files should not change when a task's
 * status is corrected later. Counts only (no person, no group).
 */
export const cooperationPeriodSummaries = pgTable(
  'cooperation_period_summaries',
  {
    id: idColumn(),
    jstInstitutionId: uuid('jst_institution_id')
      .notNull()
      .references(() => institutions.id),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    counts: jsonb('counts').$type<PeriodSummaryCounts>().notNull(),
    countedAt: timestamp('counted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cooperation_period_summaries_period_idx').on(t.jstInstitutionId, t.year, t.quarter)],
);

/** Who of the gmina's people opened which summary: until then it waits on their home page. */
export const cooperationPeriodSummaryReads = pgTable(
  'cooperation_period_summary_reads',
  {
    summaryId: uuid('summary_id')
      .notNull()
      .references(() => cooperationPeriodSummaries.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.summaryId, t.userId] }),
    index('cooperation_period_summary_reads_user_idx').on(t.userId),
  ],
);
