import {
  jstTrained,
  type OutcomeView,
  type ParticipantSummaryView,
  type ParticipantView,
  programmeRules,
} from '../../../common/contracts/training-programme';
import type { Executor } from '../../platform/db';
import { findAdoptedPlansOfJsts, type JstPlanRef } from '../commissioning';
import { findUnitSummaries } from '../territory';
import type { ParticipantListRow, PersonRow } from './training-programme.repository';
import { findPeople } from './training-programme.repository';

/** What a participant's row is shown with: its people, the JSTs' adopted plans, voivodeship names. */
export interface ParticipantContext {
  people: Map<string, (PersonRow & { completed: boolean })[]>;
  plans: Map<string, JstPlanRef[]>;
  voivodeships: Map<string, string>;
}

export async function participantContext(
  db: Executor,
  rows: readonly ParticipantListRow[],
): Promise<ParticipantContext> {
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const people = await findPeople(
    db,
    rows.map((r) => r.id),
  );
  const plans = await findAdoptedPlansOfJsts(
    db,
    rows.map((r) => r.jstInstitutionId),
  );
  const units = await findUnitSummaries(db, [...new Set(rows.map((r) => r.voivodeshipCode))]);
  const byParticipant = new Map<string, (PersonRow & { completed: boolean })[]>();
  for (const person of people)
    byParticipant.set(person.participantId, [...(byParticipant.get(person.participantId) ?? []), person]);
  const byJst = new Map<string, JstPlanRef[]>();
  for (const plan of plans)
    byJst.set(plan.jstInstitutionId, [...(byJst.get(plan.jstInstitutionId) ?? []), plan]);
  return {
    people: byParticipant,
    plans: byJst,
    voivodeships: new Map([...units].map(([code, unit]) => [code, unit.displayName])),
  };
}

export const outcomeOf = (plan: JstPlanRef): OutcomeView => ({
  planId: plan.id,
  title: plan.title,
  state: plan.state,
  startsOn: plan.startsOn,
  endsOn: plan.endsOn,
  resolutionNumber: plan.resolutionNumber,
});

export function presentParticipantSummary(
  row: ParticipantListRow,
  context: ParticipantContext,
): ParticipantSummaryView {
  const people = context.people.get(row.id) ?? [];
  const completedPeople = people.filter((p) => p.completed).length;
  const linked = (context.plans.get(row.jstInstitutionId) ?? []).find(
    (p) => p.id === row.commissioningPlanId,
  );
  return {
    id: row.id,
    jst: {
      ...row.jst,
      voivodeshipCode: row.voivodeshipCode,
      voivodeshipName: context.voivodeships.get(row.voivodeshipCode) ?? null,
    },
    peopleCount: people.length,
    people: people.map((p) => ({
      id: p.id,
      userId: p.userId,
      name: p.name,
      position: p.position,
      completed: p.completed,
    })),
    completedPeople,
    trained: jstTrained(completedPeople),
    advisoryMinutes: row.advisoryMinutes,
    minimumMet: row.advisoryMinutes >= programmeRules.advisoryMinimumMinutes,
    priority: row.priority,
    priorityScore: row.priorityScore,
    outcome: linked ? outcomeOf(linked) : null,
    version: row.version,
  };
}

export function presentParticipant(
  row: ParticipantListRow,
  context: ParticipantContext,
  manages: boolean,
): ParticipantView {
  return {
    ...presentParticipantSummary(row, context),
    baseline: {
      source: row.baselineSource,
      baseYear: row.baseYear,
      pesCount: row.baselinePesCount,
      pesValue: row.baselinePesValue,
      totalCount: row.baselineTotalCount,
      totalValue: row.baselineTotalValue,
    },
    planCandidates: manages ? (context.plans.get(row.jstInstitutionId) ?? []).map(outcomeOf) : [],
    abilities: { manage: manages },
  };
}
