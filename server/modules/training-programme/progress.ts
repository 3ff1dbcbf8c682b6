import {
  jstTrained,
  type ProgressRow,
  type ProgressView,
  programmeRules,
  voivodeshipCodes,
} from '../../../common/contracts/training-programme';
import type { Ctx } from '../../platform/authz';
import { findAdoptedPlansOfJsts } from '../commissioning';
import { findUnitSummaries } from '../territory';
import { loadProgramme } from './programme-access';
import { findAllParticipants, findPeople, findVisits } from './training-programme.repository';
import { todayInPoland } from './visit.service';

/** One participant's facts the progress counts. */
export interface ParticipantFacts {
  voivodeshipCode: string;
  priority: boolean;
  completedPeople: number;
  advisoryMinutes: number;
  visited: boolean;
  planAdopted: boolean;
}

const zero = () => ({
  enrolled: 0,
  priority: 0,
  trained: 0,
  advisoryMinimumMet: 0,
  visitsDone: 0,
  plansAdopted: 0,
});

/**
 * Counts per voivodeship, every one of the 16 listed (zeros included, "z 16 województw"): JSTs
 * enrolled, of them priority ones, trained (two people completed the 4 days), with the advisory
 * minimum met, with a study visit done, and with their commissioning plan adopted and linked.
 */
export function aggregateProgress(
  facts: readonly ParticipantFacts[],
  names: ReadonlyMap<string, string>,
): Omit<ProgressView, 'targetJsts'> {
  const rows = new Map<string, ProgressRow>(
    voivodeshipCodes.map((code) => [
      code,
      { voivodeshipCode: code, voivodeshipName: names.get(code) ?? code, ...zero() },
    ]),
  );
  const total = zero();
  for (const f of facts) {
    const row = rows.get(f.voivodeshipCode);
    for (const target of row ? [row, total] : [total]) {
      target.enrolled += 1;
      if (f.priority) target.priority += 1;
      if (jstTrained(f.completedPeople)) target.trained += 1;
      if (f.advisoryMinutes >= programmeRules.advisoryMinimumMinutes) target.advisoryMinimumMet += 1;
      if (f.visited) target.visitsDone += 1;
      if (f.planAdopted) target.plansAdopted += 1;
    }
  }
  return { rows: [...rows.values()], total };
}

/** The programme's progress by voivodeship; a JST sees the same aggregate numbers as the operator. */
export async function programmeProgress(ctx: Ctx, id: string): Promise<ProgressView> {
  const access = await loadProgramme(ctx, id);
  const participants = await findAllParticipants(ctx.db, id);
  const [people, visits, plans, units] = await Promise.all([
    findPeople(
      ctx.db,
      participants.map((p) => p.id),
    ),
    findVisits(ctx.db, id),
    findAdoptedPlansOfJsts(
      ctx.db,
      participants.map((p) => p.jstInstitutionId),
    ),
    findUnitSummaries(ctx.db, voivodeshipCodes),
  ]);
  const today = todayInPoland();
  const visited = new Set(visits.filter((v) => v.visitedOn <= today).flatMap((v) => v.participantIds));
  const adopted = new Set(plans.map((p) => p.id));
  const completed = new Map<string, number>();
  for (const person of people)
    if (person.completed) completed.set(person.participantId, (completed.get(person.participantId) ?? 0) + 1);
  const facts = participants.map((p) => ({
    voivodeshipCode: p.voivodeshipCode,
    priority: p.priority,
    completedPeople: completed.get(p.id) ?? 0,
    advisoryMinutes: p.advisoryMinutes,
    visited: visited.has(p.id),
    planAdopted: p.commissioningPlanId !== null && adopted.has(p.commissioningPlanId),
  }));
  const names = new Map([...units].map(([code, unit]) => [code, unit.displayName]));
  return { ...aggregateProgress(facts, names), targetJsts: access.row.targetJsts };
}
