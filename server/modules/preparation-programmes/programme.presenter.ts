import type {
  MatchView,
  ParticipantView,
  ProgrammeView,
} from '../../../common/contracts/preparation-programmes';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Actor } from '../../platform/authz';
import { matchAbilities, participantAbilities, programmeAbilities } from './programme.policy';
import type {
  MatchListRow,
  NeedRef,
  ParticipantRow,
  ProgrammeCounts,
  ProgrammeRow,
} from './programme.repository';

/** What the views name beside the rows: institutions, qualifications, needs, units. */
export interface ProgrammeRefs {
  institutions: Map<string, { id: string; name: string; type: ProgrammeView['institution']['type'] }>;
  qualifications: Map<string, { id: string; name: string }>;
  needs: Map<string, NeedRef>;
  units: Map<string, TerritorialUnitSummary>;
}

const refOf = (m: Map<string, { id: string; name: string }>, id: string) => {
  const found = m.get(id);
  return { id, name: found?.name ?? '' };
};

const needOf = (need: NeedRef) => ({
  id: need.id,
  position: need.position,
  institution: need.institution,
  qualification: need.qualification,
  headcount: need.headcount,
  filled: need.filled,
  status: need.status,
});

export const presentMatch = (row: MatchListRow, refs: ProgrammeRefs, actor: Actor | null): MatchView => {
  const need = refs.needs.get(row.staffingNeedId)!;
  const parties = { ...row, programmeInstitutionId: row.programme.institutionId };
  return {
    id: row.id,
    programme: { id: row.programme.id, title: row.programme.title, kind: row.programme.kind },
    institution: refOf(refs.institutions, row.programme.institutionId),
    participant: { id: row.participantId, label: row.participantLabel },
    need: needOf(need),
    result: row.result,
    hiredFrom: row.hiredFrom,
    contractType: row.contractType,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    abilities: matchAbilities(actor, parties),
  };
};

const openMatch = (m: MatchListRow) => m.result === 'pending' || m.result === 'hired';

export const presentParticipant = (
  programme: ProgrammeRow,
  row: ParticipantRow,
  matches: MatchListRow[],
  refs: ProgrammeRefs,
  actor: Actor | null,
): ParticipantView => {
  const own = matches.filter((m) => m.participantId === row.id);
  return {
    id: row.id,
    label: row.label,
    state: row.state,
    progress: row.progress,
    qualificationObtained: row.qualificationObtainedId
      ? refOf(refs.qualifications, row.qualificationObtainedId)
      : null,
    examPassedOn: row.examPassedOn,
    graduatedOn: row.graduatedOn,
    dropReason: row.dropReason,
    matches: own.map((m) => presentMatch(m, refs, actor)),
    version: row.version,
    abilities: participantAbilities(actor, programme, row, own.some(openMatch)),
  };
};

/** The programme's card; `participants` only when the caller passes them (those who run it). */
export const presentProgramme = (
  row: ProgrammeRow,
  counts: ProgrammeCounts,
  refs: ProgrammeRefs,
  actor: Actor | null,
  participants: { rows: ParticipantRow[]; matches: MatchListRow[] } | null,
): ProgrammeView => ({
  id: row.id,
  institution: refs.institutions.get(row.institutionId) ?? {
    id: row.institutionId,
    name: '',
    type: row.kind,
  },
  kind: row.kind,
  title: row.title,
  qualifications: row.qualificationIds.map((id) => refOf(refs.qualifications, id)),
  staffingNeeds: row.staffingNeedIds
    .map((id) => refs.needs.get(id))
    .filter((n): n is NeedRef => !!n)
    .map(needOf),
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  places: row.places,
  territory: refs.units.get(row.territoryCode)!,
  modules: row.modules,
  state: row.state,
  counts,
  participants: participants
    ? participants.rows.map((p) => presentParticipant(row, p, participants.matches, refs, actor))
    : null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
  abilities: programmeAbilities(actor, row),
});
