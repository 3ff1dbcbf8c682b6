import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  budgetCategories,
  fundingSources,
  pledgeStatuses,
  resourceKinds,
} from '../../../common/plan-catalogue';
import { idColumn, mutableColumns } from '../../platform/db';
import { partnershipMembers, partnerships } from './partnership.table';

export const resourceKind = pgEnum('resource_kind', resourceKinds);
export const pledgeStatus = pgEnum('pledge_status', pledgeStatuses);
export const fundingSource = pgEnum('funding_source', fundingSources);
export const budgetCategory = pgEnum('budget_category', budgetCategories);

/** A resource a partner puts at the partnership's use, and how much of it has been drawn on. */
export const partnershipResourcePledges = pgTable(
  'partnership_resource_pledges',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => partnershipMembers.id),
    kind: resourceKind('kind').notNull(),
    description: text('description').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    availableFrom: date('available_from'),
    availableTo: date('available_to'),
    usedQuantity: numeric('used_quantity', { precision: 14, scale: 2, mode: 'number' }),
    status: pledgeStatus('status').notNull().default('pledged'),
    ...mutableColumns(),
  },
  (t) => [index('partnership_resource_pledges_idx').on(t.partnershipId, t.memberId)],
);

/**
 * A budget line: who pays, from which stream, on which legal basis (seed 002 §9). Amounts are
 * integer grosze; there is no pooled budget, so a line always belongs to exactly one payer.
 */
export const partnershipBudgetLines = pgTable(
  'partnership_budget_lines',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => partnershipMembers.id),
    source: fundingSource('source').notNull(),
    legalBasis: text('legal_basis').notNull(),
    category: budgetCategory('category').notNull(),
    description: text('description'),
    year: integer('year').notNull(),
    plannedGrosze: bigint('planned_grosze', { mode: 'number' }).notNull(),
    spentGrosze: bigint('spent_grosze', { mode: 'number' }).notNull().default(0),
    ...mutableColumns(),
  },
  (t) => [
    index('partnership_budget_lines_idx').on(t.partnershipId, t.year, t.memberId),
    check('partnership_budget_lines_amounts', sql`${t.plannedGrosze} >= 0 and ${t.spentGrosze} >= 0`),
  ],
);
