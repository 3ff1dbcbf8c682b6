import { z } from 'zod';
import { parseGrosze } from '../money';
import { budgetCategories, fundingSources, pledgeStatuses, resourceKinds } from '../plan-catalogue';
import { pageOf, pageQuery } from './pagination';
import { optionalText, requiredText } from './partnerships';

/**
 * What each partner brings (lifecycle step 8): resources it pledges and the budget lines it
 * pays. There is no pooled budget (seed 002 §9.1): every line names its payer, its source and
 * its legal basis, and totals are per payer and per source only.
 */

const version = z.number().int().min(1);
const optionalDate = z.iso.date({ message: 'field.date' }).nullable().optional();

/**
 * An amount typed as decimal text ("1 234,56"); anything else is a field error. It stays text in
 * the request (the service turns it into grosze with `parseGrosze`), so checking it twice is harmless.
 */
export const moneyText = z
  .string({ message: 'field.money' })
  .refine((text) => parseGrosze(text) !== null, { message: 'field.money' });

const quantity = z
  .number({ message: 'plan.quantity' })
  .positive({ message: 'plan.quantity' })
  .max(1_000_000_000, { message: 'plan.quantity' });

const pledgeFields = {
  memberId: z.uuid({ message: 'field.required' }),
  kind: z.enum(resourceKinds, { message: 'field.required' }),
  description: requiredText(1000),
  quantity,
  unit: requiredText(50),
  availableFrom: optionalDate,
  availableTo: optionalDate,
  usedQuantity: quantity.nullable().optional(),
  status: z.enum(pledgeStatuses).default('pledged'),
};
export const createPledgeBody = z.strictObject(pledgeFields);
export type CreatePledgeInput = z.input<typeof createPledgeBody>;
/** The pledging member is fixed: another partner's pledge is its own to make. */
export const updatePledgeBody = z.strictObject({
  kind: pledgeFields.kind.optional(),
  description: pledgeFields.description.optional(),
  quantity: quantity.optional(),
  unit: pledgeFields.unit.optional(),
  availableFrom: optionalDate,
  availableTo: optionalDate,
  usedQuantity: pledgeFields.usedQuantity,
  status: z.enum(pledgeStatuses).optional(),
  version,
});
export type UpdatePledgeInput = z.input<typeof updatePledgeBody>;

export const pledgeView = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  institutionName: z.string(),
  kind: z.enum(resourceKinds),
  description: z.string(),
  quantity: z.number(),
  unit: z.string(),
  availableFrom: z.string().nullable(),
  availableTo: z.string().nullable(),
  usedQuantity: z.number().nullable(),
  status: z.enum(pledgeStatuses),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type PledgeView = z.infer<typeof pledgeView>;

export const listPledgesQuery = z.strictObject(pageQuery);
export type ListPledgesQuery = z.infer<typeof listPledgesQuery>;

/** One page of the pledges, by partner. */
export const pledgeListResponse = z.object({
  ...pageOf(pledgeView).shape,
  /** The members the actor may pledge for: its own institutions among the partners. */
  abilities: z.object({ pledgeFor: z.array(z.uuid()) }),
});
export type PledgeListResponse = z.infer<typeof pledgeListResponse>;

const year = z
  .number({ message: 'plan.year' })
  .int({ message: 'plan.year' })
  .min(2000, { message: 'plan.year' })
  .max(2100, { message: 'plan.year' });

const lineFields = {
  memberId: z.uuid({ message: 'field.required' }),
  source: z.enum(fundingSources, { message: 'field.required' }),
  legalBasis: requiredText(500),
  category: z.enum(budgetCategories, { message: 'field.required' }),
  description: optionalText(1000),
  year,
  planned: moneyText,
  spent: moneyText.optional(),
};
export const createBudgetLineBody = z.strictObject(lineFields);
export type CreateBudgetLineInput = z.input<typeof createBudgetLineBody>;
/** The payer is fixed: a line moves to another payer only by that payer adding its own. */
export const updateBudgetLineBody = z.strictObject({
  source: lineFields.source.optional(),
  legalBasis: lineFields.legalBasis.optional(),
  category: lineFields.category.optional(),
  description: lineFields.description,
  year: year.optional(),
  planned: moneyText.optional(),
  spent: moneyText.optional(),
  version,
});
export type UpdateBudgetLineInput = z.input<typeof updateBudgetLineBody>;

export const budgetFilters = {
  payer: z.uuid().optional(),
  source: z.enum(fundingSources).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
};
export const listBudgetQuery = z.strictObject({ ...budgetFilters, ...pageQuery });
export type ListBudgetQuery = z.infer<typeof listBudgetQuery>;
export const exportBudgetQuery = z.strictObject({ ...budgetFilters, lang: z.enum(['pl', 'en']).optional() });
export type ExportBudgetQuery = z.infer<typeof exportBudgetQuery>;

/** Amounts are integer grosze. */
export const budgetLineView = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  institutionName: z.string(),
  source: z.enum(fundingSources),
  legalBasis: z.string(),
  category: z.enum(budgetCategories),
  description: z.string().nullable(),
  year: z.number().int(),
  planned: z.number().int(),
  spent: z.number().int(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type BudgetLineView = z.infer<typeof budgetLineView>;

const sums = { planned: z.number().int(), spent: z.number().int() };
export const budgetTotals = z.object({
  byPayer: z.array(z.object({ memberId: z.uuid(), institutionName: z.string(), ...sums })),
  bySource: z.array(z.object({ source: z.enum(fundingSources), ...sums })),
  /** Training, management and coordination: what the partnership itself costs (seed 002 §9.3). */
  ownCosts: z.object(sums),
});
export type BudgetTotals = z.infer<typeof budgetTotals>;

export const budgetResponse = pageOf(budgetLineView).extend({
  /** Over every line the filters select, not only this page. */
  totals: budgetTotals,
  abilities: z.object({ addFor: z.array(z.uuid()) }),
});
export type BudgetResponse = z.infer<typeof budgetResponse>;

export const pledgeParams = z.object({ id: z.string(), pledgeId: z.string() });
export const budgetLineParams = z.object({ id: z.string(), lineId: z.string() });
