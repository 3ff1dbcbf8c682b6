import type { Ctx } from '../../platform/authz';
import { findUnitSummaries } from '../territory';
import type { ProgrammeRefs } from './programme.presenter';
import {
  findInstitutionRefs,
  findMatchesOfParticipants,
  findNeedRefs,
  findParticipants,
  findQualificationRefs,
  type MatchListRow,
  type ParticipantRow,
  type ProgrammeRow,
} from './programme.repository';

/** Everything the views of these programmes, participants and matches name, read in a few queries. */
export async function refsOf(
  ctx: Ctx,
  programmes: Pick<
    ProgrammeRow,
    'institutionId' | 'qualificationIds' | 'staffingNeedIds' | 'territoryCode'
  >[],
  participants: ParticipantRow[] = [],
  matches: MatchListRow[] = [],
): Promise<ProgrammeRefs> {
  // One after another: a programme's view is also built inside the transaction that changed it,
  // and a transaction's single connection must not be handed several queries at once.
  const institutions = await findInstitutionRefs(ctx.db, [
    ...programmes.map((p) => p.institutionId),
    ...matches.map((m) => m.programme.institutionId),
  ]);
  const qualifications = await findQualificationRefs(ctx.db, [
    ...programmes.flatMap((p) => p.qualificationIds),
    ...participants.flatMap((p) => (p.qualificationObtainedId ? [p.qualificationObtainedId] : [])),
  ]);
  const needs = await findNeedRefs(ctx.db, [
    ...programmes.flatMap((p) => p.staffingNeedIds),
    ...matches.map((m) => m.staffingNeedId),
  ]);
  const units = await findUnitSummaries(
    ctx.db,
    programmes.map((p) => p.territoryCode),
  );
  return { institutions, qualifications, needs, units };
}

/** A programme's participants and their matches. */
export async function participantsOf(ctx: Ctx, programmeId: string) {
  const rows = await findParticipants(ctx.db, programmeId);
  const matches = await findMatchesOfParticipants(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { rows, matches };
}
