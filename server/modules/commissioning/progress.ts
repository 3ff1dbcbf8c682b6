import { type ProgressView, planYears } from '../../../common/contracts/commissioning';
import type { PlanTarget } from './commissioning.table';

export interface ProgressInput {
  startsOn: string;
  endsOn: string;
  baselinePesCount: number;
  targets: readonly PlanTarget[];
  commissions: readonly { year: number; budget: number }[];
  contracts: readonly { startsOn: string; value: number }[];
}

/**
 * The plan's progress year by year: what it targets, what it plans, and what was actually
 * contracted to PES. A contract counts in the year it starts, the year the service was in fact
 * commissioned, whichever year its commission was planned for.
 */
export function planProgress(input: ProgressInput): ProgressView[] {
  return planYears(input.startsOn, input.endsOn).map((year) => {
    const target = input.targets.find((t) => t.year === year) ?? null;
    const planned = input.commissions.filter((c) => c.year === year);
    const contracted = input.contracts.filter((c) => Number(c.startsOn.slice(0, 4)) === year);
    const contractedCount = contracted.length;
    return {
      year,
      target,
      plannedCount: planned.length,
      plannedBudget: planned.reduce((total, c) => total + c.budget, 0),
      contractedCount,
      contractedValue: contracted.reduce((total, c) => total + c.value, 0),
      increaseOverBaseline: contractedCount - input.baselinePesCount,
      targetReachedPercent:
        target && target.count > 0 ? Math.round((contractedCount / target.count) * 1000) / 10 : null,
    };
  });
}
