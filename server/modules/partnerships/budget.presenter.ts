import type { BudgetLineView, PledgeView } from '../../../common/contracts/partnership-budget';
import type { BudgetLineRow, PledgeRow } from './budget.repository';

/** Pledges and budget lines → API objects (allow-lists); amounts stay integer grosze. */

export const presentPledge = (p: PledgeRow, update: boolean): PledgeView => ({
  id: p.id,
  memberId: p.memberId,
  institutionName: p.institutionName,
  kind: p.kind,
  description: p.description,
  quantity: p.quantity,
  unit: p.unit,
  availableFrom: p.availableFrom,
  availableTo: p.availableTo,
  usedQuantity: p.usedQuantity,
  status: p.status,
  version: p.version,
  abilities: { update },
});

export const presentBudgetLine = (l: BudgetLineRow, update: boolean): BudgetLineView => ({
  id: l.id,
  memberId: l.memberId,
  institutionName: l.institutionName,
  source: l.source,
  legalBasis: l.legalBasis,
  category: l.category,
  description: l.description,
  year: l.year,
  planned: l.plannedGrosze,
  spent: l.spentGrosze,
  version: l.version,
  abilities: { update },
});
