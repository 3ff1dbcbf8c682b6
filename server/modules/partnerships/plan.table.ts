import {
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { planTaskStatuses, standardPrinciples, supportInstruments } from '../../../common/plan-catalogue';
import { idColumn, mutableColumns } from '../../platform/db';
import { partnershipMembers, partnerships } from './partnership.table';

export const supportInstrument = pgEnum('support_instrument', supportInstruments);
export const standardPrinciple = pgEnum('standard_principle', standardPrinciples);
export const planTaskStatus = pgEnum('plan_task_status', planTaskStatuses);

const partnershipId = () =>
  uuid('partnership_id')
    .notNull()
    .references(() => partnerships.id);

/** Goals with the expected result and a measurable target: what monitoring and evaluation compare against. */
export const partnershipGoals = pgTable(
  'partnership_goals',
  {
    id: idColumn(),
    partnershipId: partnershipId(),
    text: text('text').notNull(),
    expectedResult: text('expected_result').notNull(),
    indicator: text('indicator'),
    targetValue: numeric('target_value', { precision: 14, scale: 2, mode: 'number' }),
    unit: text('unit'),
    baseline: numeric('baseline', { precision: 14, scale: 2, mode: 'number' }),
    /** The latest measured value of the target and the day it was measured (monitoring, step 9). */
    currentValue: numeric('current_value', { precision: 14, scale: 2, mode: 'number' }),
    measuredOn: date('measured_on'),
    ...mutableColumns(),
  },
  (t) => [index('partnership_goals_idx').on(t.partnershipId, t.createdAt)],
);

/** Who the partnership serves: one group per partnership, a dozen or so people (seed 002 §4.12). */
export const partnershipTargetGroups = pgTable('partnership_target_groups', {
  partnershipId: uuid('partnership_id')
    .primaryKey()
    .references(() => partnerships.id),
  description: text('description').notNull(),
  plannedSize: integer('planned_size').notNull(),
  selectionCriteria: text('selection_criteria').notNull(),
  ...mutableColumns(),
});

/** The needs assessment of the target group (seed 002 §7), by the partner that carried it out. */
export const partnershipNeedsAssessments = pgTable(
  'partnership_needs_assessments',
  {
    id: idColumn(),
    partnershipId: partnershipId(),
    assessedOn: date('assessed_on').notNull(),
    method: text('method').notNull(),
    findings: text('findings').notNull(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => partnershipMembers.id),
    ...mutableColumns(),
  },
  (t) => [index('partnership_needs_assessments_idx').on(t.partnershipId, t.assessedOn)],
);

/** An instrument of the service package, with the statutory basis that makes it its providers' task. */
export const partnershipScopeItems = pgTable(
  'partnership_scope_items',
  {
    id: idColumn(),
    partnershipId: partnershipId(),
    instrument: supportInstrument('instrument').notNull(),
    description: text('description'),
    statutoryBasis: text('statutory_basis'),
    ...mutableColumns(),
  },
  (t) => [index('partnership_scope_items_idx').on(t.partnershipId, t.instrument)],
);

export const partnershipScopeProviders = pgTable(
  'partnership_scope_providers',
  {
    scopeItemId: uuid('scope_item_id')
      .notNull()
      .references(() => partnershipScopeItems.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => partnershipMembers.id),
  },
  (t) => [primaryKey({ columns: [t.scopeItemId, t.memberId] })],
);

/** A task of the action plan, with the partner responsible for it (seed 002 §5.6). */
export const partnershipTasks = pgTable(
  'partnership_tasks',
  {
    id: idColumn(),
    partnershipId: partnershipId(),
    title: text('title').notNull(),
    description: text('description'),
    responsibleMemberId: uuid('responsible_member_id').references(() => partnershipMembers.id),
    startsOn: date('starts_on'),
    dueOn: date('due_on').notNull(),
    status: planTaskStatus('status').notNull().default('todo'),
    ...mutableColumns(),
  },
  (t) => [
    index('partnership_tasks_idx').on(t.partnershipId, t.dueOn),
    /** The dashboard's overdue count: open tasks of a member by due date. */
    index('partnership_tasks_responsible_idx').on(t.responsibleMemberId, t.status, t.dueOn),
  ],
);

export const partnershipTaskDependencies = pgTable(
  'partnership_task_dependencies',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => partnershipTasks.id, { onDelete: 'cascade' }),
    dependsOnId: uuid('depends_on_id')
      .notNull()
      .references(() => partnershipTasks.id),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.dependsOnId] }),
    index('partnership_task_dependencies_on_idx').on(t.dependsOnId),
  ],
);

/** A confirmed principle of the seed's checklist; unconfirming removes the row (the audit log keeps both). */
export const partnershipPrincipleConfirmations = pgTable(
  'partnership_principle_confirmations',
  {
    partnershipId: partnershipId(),
    principle: standardPrinciple('principle').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedBy: uuid('confirmed_by'),
    confirmedByName: text('confirmed_by_name'),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.principle] })],
);

/** The partnership's own standards, on top of the seed's principles. */
export const partnershipOwnStandards = pgTable(
  'partnership_own_standards',
  {
    id: idColumn(),
    partnershipId: partnershipId(),
    text: text('text').notNull(),
    ...mutableColumns(),
  },
  (t) => [index('partnership_own_standards_idx').on(t.partnershipId, t.createdAt)],
);
