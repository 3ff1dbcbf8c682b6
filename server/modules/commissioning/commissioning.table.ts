import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  type ChecklistAnswer,
  type ChecklistSource,
  commissioningModes,
  commissioningPlanStates,
  qualityReviewKinds,
  qualityReviewStatuses,
  strategicDocumentKinds,
} from '../../../common/enums';
import { idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';
import { serviceTypes } from '../social-services';

export const commissioningPlanState = pgEnum('commissioning_plan_state', commissioningPlanStates);
export const commissioningMode = pgEnum('commissioning_mode', commissioningModes);
export const strategicDocumentKind = pgEnum('strategic_document_kind', strategicDocumentKinds);
export const qualityReviewKind = pgEnum('quality_review_kind', qualityReviewKinds);
export const qualityReviewStatus = pgEnum('quality_review_status', qualityReviewStatuses);

/** A year's target of the plan, amounts in grosze. */
export interface PlanTarget {
  year: number;
  count: number;
  value: number;
  sharePercent: number;
}

/**
 * A JST's plan to increase the number of social services commissioned to PES (model C): the
 * baseline of the base year, targets per year, and the strategic document it belongs to.
 * Amounts are integer grosze.
 */
export const commissioningPlans = pgTable(
  'commissioning_plans',
  {
    id: idColumn(),
    jstInstitutionId: uuid('jst_institution_id')
      .notNull()
      .references(() => institutions.id),
    title: text('title').notNull(),
    /** Lower-case title without Polish diacritics, for search. */
    searchTitle: text('search_title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    baseYear: integer('base_year').notNull(),
    baselinePesCount: integer('baseline_pes_count').notNull(),
    baselinePesValue: bigint('baseline_pes_value', { mode: 'number' }).notNull(),
    baselineTotalCount: integer('baseline_total_count').notNull(),
    baselineTotalValue: bigint('baseline_total_value', { mode: 'number' }).notNull(),
    targets: jsonb('targets').$type<PlanTarget[]>().notNull().default([]),
    strategicDocumentKind: strategicDocumentKind('strategic_document_kind').notNull(),
    strategicDocumentName: text('strategic_document_name').notNull(),
    strategicDocumentNumber: text('strategic_document_number'),
    state: commissioningPlanState('state').notNull().default('draft'),
    resolutionNumber: text('resolution_number'),
    resolutionDate: date('resolution_date'),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    ...mutableColumns(),
  },
  (t) => [
    index('commissioning_plans_jst_idx').on(t.jstInstitutionId, t.startsOn),
    index('commissioning_plans_state_idx').on(t.state, t.searchTitle),
    index('commissioning_plans_title_idx').on(t.searchTitle, t.id),
  ],
);

/** A service the plan means to commission: which type, how, when and for how much, and to whom it expects to. */
export const plannedCommissions = pgTable(
  'planned_commissions',
  {
    id: idColumn(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => commissioningPlans.id),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => serviceTypes.id),
    mode: commissioningMode('mode').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    budget: bigint('budget', { mode: 'number' }).notNull(),
    description: text('description'),
    /** PES of the registry the JST expects to contract; checked on every write. */
    expectedContractorIds: uuid('expected_contractor_ids').array().notNull().default([]),
    ...mutableColumns(),
  },
  (t) => [index('planned_commissions_plan_idx').on(t.planId, t.year)],
);

/** An indicator of a contract: what the PES undertakes to deliver, and what it delivered. */
export interface ContractIndicator {
  name: string;
  unit: string;
  target: number;
  actual: number | null;
}

/** A contract with a PES executing a planned commission. */
export const commissioningContracts = pgTable(
  'commissioning_contracts',
  {
    id: idColumn(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => commissioningPlans.id),
    commissionId: uuid('commission_id')
      .notNull()
      .references(() => plannedCommissions.id),
    contractorInstitutionId: uuid('contractor_institution_id')
      .notNull()
      .references(() => institutions.id),
    number: text('number').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    indicators: jsonb('indicators').$type<ContractIndicator[]>().notNull().default([]),
    ...mutableColumns(),
  },
  (t) => [
    index('commissioning_contracts_plan_idx').on(t.planId, t.startsOn),
    index('commissioning_contracts_contractor_idx').on(t.contractorInstitutionId),
  ],
);

/** One answered item of a review's checklist; the item's text is kept as it was on the card that day. */
export interface ChecklistEntry {
  source: ChecklistSource;
  text: string;
  answer: ChecklistAnswer;
  note: string | null;
}

/** The OPS's or PCPR's check of how a contracted service is delivered. */
export const qualityReviews = pgTable(
  'quality_reviews',
  {
    id: idColumn(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => commissioningPlans.id),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => commissioningContracts.id),
    reviewerInstitutionId: uuid('reviewer_institution_id')
      .notNull()
      .references(() => institutions.id),
    kind: qualityReviewKind('kind').notNull(),
    reviewedOn: date('reviewed_on').notNull(),
    checklist: jsonb('checklist').$type<ChecklistEntry[]>().notNull(),
    findings: text('findings').notNull(),
    recommendations: text('recommendations'),
    followUpOn: date('follow_up_on'),
    status: qualityReviewStatus('status').notNull().default('open'),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    ...mutableColumns(),
  },
  (t) => [
    index('quality_reviews_plan_idx').on(t.planId, t.reviewedOn),
    index('quality_reviews_contract_idx').on(t.contractId),
  ],
);
