import {
  type AuthorisationView,
  type GroupCard,
  type GroupView,
  isAuthorisationValid,
  isTaskOverdue,
  type NeedsReportView,
} from '../../../common/contracts/cooperation-groups';
import type { Actor } from '../../platform/authz';
import type { AuthorisationMeta } from './authorisation.repository';
import {
  canActForOps,
  canChangeTaskStatus,
  canRespond,
  type GroupFacts,
  groupAbilities,
  isCoordinator,
  visibleTask,
} from './cooperation-group.policy';
import type { GroupMeetingRow, GroupMemberRow, GroupRow, GroupTaskRow } from './group.repository';
import type { NeedsReportRow } from './report.repository';

const named = (names: Map<string, string>, id: string) => ({ id, name: names.get(id) ?? '' });

export function presentAuthorisation(
  a: AuthorisationMeta,
  names: Map<string, string>,
  actor: Actor | null,
): AuthorisationView {
  const document =
    a.fileName && a.mimeType && a.sizeBytes !== null
      ? { fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes }
      : null;
  return {
    id: a.id,
    ops: named(names, a.opsInstitutionId),
    jst: named(names, a.jstInstitutionId),
    number: a.number,
    issuedOn: a.issuedOn,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    scope: a.scope,
    document,
    valid: isAuthorisationValid({
      hasDocument: document !== null,
      validFrom: a.validFrom,
      validUntil: a.validUntil,
    }),
    recordedByName: a.recordedByName,
    createdAt: a.createdAt.toISOString(),
    version: a.version,
    abilities: { uploadDocument: canActForOps(actor, a.opsInstitutionId) },
  };
}

export function presentCard(
  row: GroupRow,
  facts: GroupFacts,
  opsName: string,
  actor: Actor | null,
): GroupCard {
  return {
    id: row.id,
    label: row.label,
    subjectKind: row.subjectKind,
    status: row.status,
    outcome: row.outcome,
    ops: { id: row.opsInstitutionId, name: opsName },
    viewer: isCoordinator(actor, facts) ? 'coordinator' : 'member',
    memberCount: facts.members.filter((m) => m.status !== 'declined').length,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface GroupRecord {
  row: GroupRow;
  members: GroupMemberRow[];
  facts: GroupFacts;
  meetings: GroupMeetingRow[];
  tasks: GroupTaskRow[];
  opsName: string;
  partnerTeamName: string;
}

/**
 * The coordinator's whole record, or a member's part: no internal notes, only its own tasks.
 * The platform's own work (`system`: seeds, tests' factories) sees the whole record.
 */
export function presentGroup(record: GroupRecord, actor: Actor | null, system = false): GroupView {
  const { row, facts } = record;
  const coordinator = system || isCoordinator(actor, facts);
  const institutionName = new Map(record.members.map((m) => [m.id, m.institution.name]));
  return {
    ...presentCard(row, facts, record.opsName, actor),
    situation: row.situation,
    resultSummary: row.resultSummary,
    closedAt: row.closedAt?.toISOString() ?? null,
    partnerTeam: { id: row.partnerTeamId, name: record.partnerTeamName },
    coordinatorName: row.coordinatorName,
    internalNotes: coordinator ? row.internalNotes : null,
    members: record.members.map((m) => ({
      id: m.id,
      institution: m.institution,
      status: m.status,
      delegateName: m.delegateName,
      declineReason: m.declineReason,
      requestedAt: m.requestedAt.toISOString(),
      respondedAt: m.respondedAt?.toISOString() ?? null,
      version: m.version,
      abilities: { respond: canRespond(actor, facts, m) },
    })),
    meetings: record.meetings.map((m) => ({
      id: m.id,
      heldAt: m.heldAt.toISOString(),
      place: m.place,
      agenda: m.agenda,
      minutes: m.minutes,
      decisions: m.decisions,
      presentMemberIds: m.presentMemberIds,
      version: m.version,
    })),
    tasks: record.tasks
      .filter((t) => coordinator || visibleTask(actor, facts, t))
      .map((t) => ({
        id: t.id,
        memberId: t.memberId,
        institutionName: institutionName.get(t.memberId) ?? '',
        title: t.title,
        description: t.description,
        dueOn: t.dueOn,
        status: t.status,
        statusNote: t.statusNote,
        completedOn: t.completedOn,
        overdue: isTaskOverdue(t),
        version: t.version,
        abilities: { changeStatus: canChangeTaskStatus(actor, facts, t) },
      })),
    version: row.version,
    abilities: groupAbilities(actor, facts),
  };
}

export const presentNeedsReport = (r: NeedsReportRow, names: Map<string, string>): NeedsReportView => ({
  id: r.id,
  ops: named(names, r.opsInstitutionId),
  rops: named(names, r.ropsInstitutionId),
  periodFrom: r.periodFrom,
  periodTo: r.periodTo,
  items: r.items,
  remarks: r.remarks,
  submittedAt: r.submittedAt.toISOString(),
  submittedByName: r.submittedByName,
});
