/**
 * The fixed vocabularies of a partnership's plan (seed 002 §§5.3, 6.2, 7, 9), defined once here:
 * the server's tables check them, the contracts validate them and the web app words them.
 */

/** The support instruments of the service package (seed 002 §5.3, domain "access path"). */
export const supportInstruments = [
  'socialDiagnosis',
  'socialWork',
  'vocationalCounselling',
  'psychologicalCounselling',
  'legalCounselling',
  'training',
  'internship',
  'institutionalHelp',
  'materialHelp',
  'financialHelp',
  'other',
] as const;
export type SupportInstrument = (typeof supportInstruments)[number];

/**
 * The shared principles every partnership's service standards rest on (seed 002 §7): a fixed
 * checklist each partnership confirms; its own standards come on top.
 */
export const standardPrinciples = [
  'jointGoals',
  'mutualTrust',
  'sharedResources',
  'transparency',
  'plannedTasks',
  'jointMethods',
  'individualApproach',
  'goalFocus',
  'flexibility',
  'agreementRules',
] as const;
export type StandardPrinciple = (typeof standardPrinciples)[number];

export const planTaskStatuses = ['todo', 'inProgress', 'done', 'blocked'] as const;
export type PlanTaskStatus = (typeof planTaskStatuses)[number];

/** What a partner puts at the partnership's use (seed 002 §6.2): staff, premises, equipment, IT, volunteers. */
export const resourceKinds = ['staffTime', 'premises', 'equipment', 'it', 'volunteers', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** A pledge is made, then drawn on; a withdrawn pledge no longer counts towards step 8. */
export const pledgeStatuses = ['pledged', 'inUse', 'used', 'withdrawn'] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

/**
 * The funding streams of seed 002 §9.1: each partner pays from its own (labour fund for the PUP,
 * social assistance for the OPS, projects or own income for the NGO), others may add JST, state
 * or EU money. There is no pooled budget.
 */
export const fundingSources = [
  'labourFund',
  'socialAssistance',
  'project',
  'ownIncome',
  'jst',
  'stateBudget',
  'euFunds',
  'other',
] as const;
export type FundingSource = (typeof fundingSources)[number];

/** What a budget line pays for; the last three are the partnership's own costs (seed 002 §9.3). */
export const budgetCategories = [
  'supportServices',
  'staff',
  'materialAid',
  'financialAid',
  'training',
  'management',
  'coordination',
  'other',
] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

export const ownCostCategories: readonly BudgetCategory[] = ['training', 'management', 'coordination'];
