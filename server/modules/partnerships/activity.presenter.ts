import type {
  DecisionView,
  LifecycleEventView,
  LifecycleView,
  MeetingView,
} from '../../../common/contracts/partnership-activity';
import type { KindRequirementId } from '../../../common/contracts/partnership-kinds';
import {
  type LifecycleEvidence,
  missingArtefact,
  stepNumber,
  stepStatusOf,
} from '../../../common/contracts/partnership-lifecycle';
import { type LifecycleStep, lifecycleSteps } from '../../../common/enums';
import type { AttendanceRow, DecisionRow, LifecycleEventRow, MeetingRow } from './activity.repository';
import type { PartnershipRow } from './partnership.repository';

export const presentLifecycleEvent = (e: LifecycleEventRow): LifecycleEventView => ({
  id: e.id,
  cycle: e.cycle,
  step: e.step,
  action: e.action,
  at: e.occurredAt.toISOString(),
  byName: e.actorName,
  note: e.note,
  reason: e.reason,
  decisionId: e.decisionId,
  evaluation: e.evaluation,
  outcome: e.outcome,
});

/** The task list of the current cycle, what each open step still needs, and the whole history. */
export function presentLifecycle(input: {
  row: PartnershipRow;
  completed: ReadonlyMap<LifecycleStep, LifecycleEventRow>;
  events: LifecycleEventRow[];
  evidence: LifecycleEvidence;
  manage: boolean;
}): LifecycleView {
  const done = new Set(input.completed.keys());
  return {
    cycle: input.row.cycle,
    currentStep: input.row.currentStep,
    status: input.row.status,
    version: input.row.version,
    missingRequirements: input.evidence.missingRequirements as KindRequirementId[],
    steps: lifecycleSteps.map((step) => {
      const completion = input.completed.get(step);
      return {
        step,
        number: stepNumber(step),
        status: stepStatusOf(step, done),
        missing: completion ? null : missingArtefact(step, input.evidence),
        completion: completion ? presentLifecycleEvent(completion) : null,
      };
    }),
    history: [...input.events].reverse().map(presentLifecycleEvent),
    abilities: { manage: input.manage },
  };
}

export const presentDecision = (
  d: DecisionRow,
  meeting: Pick<MeetingRow, 'id' | 'title' | 'startsAt'> | null,
): DecisionView => ({
  id: d.id,
  body: d.body,
  summary: d.summary,
  decidedOn: d.decidedOn,
  meeting: meeting
    ? { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt.toISOString() }
    : null,
  sourceDocument: d.sourceDocument,
  lifecycleStep: d.lifecycleStep,
  recordedByName: d.recordedByName,
  createdAt: d.createdAt.toISOString(),
});

export const presentMeeting = (
  m: MeetingRow,
  attendance: AttendanceRow[],
  decisions: { id: string; summary: string }[],
  update: boolean,
): MeetingView => ({
  id: m.id,
  title: m.title,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt?.toISOString() ?? null,
  place: m.place,
  onlineUrl: m.onlineUrl,
  agenda: m.agenda,
  minutes: m.minutes,
  attendance: attendance.map((a) => ({
    memberId: a.memberId,
    institutionName: a.institutionName,
    status: a.status,
    representative: a.representative,
  })),
  decisions,
  version: m.version,
  createdAt: m.createdAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
  abilities: { update },
});
