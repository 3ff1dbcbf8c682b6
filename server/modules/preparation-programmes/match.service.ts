import {
  type CreateMatchInput,
  createMatchBody,
  type ListMatchesQuery,
  type MatchListResponse,
  type MatchProposalsResponse,
  type MatchResultInput,
  type MatchView,
  matchResultBody,
} from '../../../common/contracts/preparation-programmes';
import { changedFields, recordAudit } from '../../platform/audit';
import {
  authorize,
  type Ctx,
  institutionsWithPermission,
  inTransaction,
  requireActor,
} from '../../platform/authz';
import { AppError, invalid, notFound, parse, versionConflict } from '../../platform/errors';
import { findUnitSummaries } from '../territory';
import { loadManagedProgramme, presentOne } from './participant.service';
import { canAnswerMatch, canReadProgrammes, canSeeMatch } from './programme.policy';
import { presentMatch } from './programme.presenter';
import {
  closeNeedAsFilled,
  findMatchesOfParticipants,
  findMatchRow,
  findNeedRefs,
  findOpenNeedsFor,
  findParticipantRow,
  insertMatch,
  type MatchListRow,
  searchMatches,
  updateMatchAtVersion,
} from './programme.repository';
import { refsOf } from './programme-refs';

const MATCH = 'programmeMatch';
const AUDITED = ['staffingNeedId', 'result', 'hiredFrom', 'contractType', 'reason'] as const;

async function presentMatches(ctx: Ctx, rows: MatchListRow[]): Promise<MatchView[]> {
  const refs = await refsOf(ctx, [], [], rows);
  return rows.map((row) => presentMatch(row, refs, ctx.actor));
}

/** A graduate of the programme, or 404 (not one's programme) / 409 (not graduated). */
async function loadGraduate(ctx: Ctx, programmeId: string, participantId: string) {
  const programme = await loadManagedProgramme(ctx, programmeId);
  const participant = await findParticipantRow(ctx.db, programmeId, participantId);
  if (!participant) throw notFound();
  if (participant.state !== 'graduated' || !participant.qualificationObtainedId)
    throw new AppError('conflict', 'preparationProgramme.notGraduated');
  return { programme, participant, qualificationId: participant.qualificationObtainedId };
}

/**
 * Open needs asking for the qualification the graduate obtained, with places left; those in the
 * programme's territory first, then the rest of the country by when they are needed.
 */
export async function proposeNeeds(
  ctx: Ctx,
  programmeId: string,
  participantId: string,
): Promise<MatchProposalsResponse> {
  const { programme, qualificationId } = await loadGraduate(ctx, programmeId, participantId);
  const rows = (await findOpenNeedsFor(ctx.db, qualificationId, programme.territoryCode, 50)).filter(
    (n) => n.filled < n.headcount,
  );
  const units = await findUnitSummaries(
    ctx.db,
    rows.map((r) => r.territoryCode),
  );
  return {
    items: rows.slice(0, 20).map((n) => ({
      id: n.id,
      position: n.position,
      institution: n.institution,
      qualification: n.qualification,
      headcount: n.headcount,
      filled: n.filled,
      neededFrom: n.neededFrom,
      territory: { code: n.territoryCode, name: units.get(n.territoryCode)?.displayName ?? n.territoryCode },
      inProgrammeTerritory: n.territoryCode.startsWith(programme.territoryCode),
    })),
  };
}

/**
 * The CIS or KIS proposes its graduate for one open need asking for the qualification obtained;
 * one proposal at a time (a pending or successful match blocks another).
 */
export async function createMatch(
  ctx: Ctx,
  programmeId: string,
  participantId: string,
  input: CreateMatchInput,
) {
  const { staffingNeedId } = parse(createMatchBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { programme, participant, qualificationId } = await loadGraduate(tctx, programmeId, participantId);
    const need = (await findNeedRefs(tctx.db, [staffingNeedId])).get(staffingNeedId);
    if (need?.status !== 'open' || need.filled >= need.headcount)
      throw invalid({ field: 'staffingNeedId', id: 'preparationProgramme.needNotOpen' });
    if (need.qualification.id !== qualificationId)
      throw invalid({ field: 'staffingNeedId', id: 'preparationProgramme.needQualificationMismatch' });
    const earlier = await findMatchesOfParticipants(tctx.db, [participant.id]);
    if (earlier.some((m) => m.result === 'pending' || m.result === 'hired'))
      throw new AppError('conflict', 'preparationProgramme.alreadyMatched');
    const row = await insertMatch(tctx.db, {
      programmeId,
      participantId,
      staffingNeedId,
      providerInstitutionId: need.institution.id,
    });
    await recordAudit(tctx, {
      action: 'programmeMatch.create',
      entityType: MATCH,
      entityId: row.id,
      institutionId: programme.institutionId,
      changes: {
        participantId: { before: null, after: participantId },
        ...changedFields(null, row, AUDITED),
      },
      personalData: true,
    });
    return presentOne(tctx, programme, participant);
  });
}

/**
 * Matches the actor may see: to its providers' needs, or of the programmes it runs. They name the
 * candidate (first name and initial), so a non-empty page is logged as a read of personal data.
 */
export async function listMatches(ctx: Ctx, query: ListMatchesQuery): Promise<MatchListResponse> {
  authorize(ctx, canReadProgrammes);
  requireActor(ctx);
  const visible = ctx.actor.isPlatformAdmin
    ? null
    : {
        providerIds: institutionsWithPermission(ctx.actor, 'staffingNeeds.declare'),
        programmeInstitutionIds: institutionsWithPermission(ctx.actor, 'preparationProgrammes.manage'),
      };
  const { rows, total } = await searchMatches(ctx.db, query, visible);
  if (rows.length)
    await recordAudit(ctx, {
      action: 'programmeMatch.list',
      entityType: MATCH,
      changes: { matches: rows.length },
      personalData: true,
    });
  return { items: await presentMatches(ctx, rows), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The provider records what came of a match: hired (from when, on what contract) or not hired
 * (why); either side records a withdrawal. A hire counts towards the need's headcount, and the
 * hire that fills it closes the need as filled.
 */
export async function recordMatchResult(ctx: Ctx, id: string, input: MatchResultInput): Promise<MatchView> {
  const body = parse(matchResultBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await findMatchRow(tctx.db, id);
    const parties = current && { ...current, programmeInstitutionId: current.programme.institutionId };
    if (!current || !parties || (!tctx.system && !canSeeMatch(tctx.actor, parties))) throw notFound();
    if (body.result !== 'withdrawn') authorize(tctx, (actor) => canAnswerMatch(actor, current));
    if (current.result !== 'pending') throw new AppError('conflict', 'preparationProgramme.matchClosed');
    if (current.version !== body.version) throw versionConflict((await presentMatches(tctx, [current]))[0]);
    const need = (await findNeedRefs(tctx.db, [current.staffingNeedId])).get(current.staffingNeedId)!;
    if (body.result === 'hired' && (need.status !== 'open' || need.filled >= need.headcount))
      throw new AppError('conflict', 'preparationProgramme.needClosed');
    const changes = {
      result: body.result,
      hiredFrom: body.result === 'hired' ? (body.hiredFrom ?? null) : null,
      contractType: body.result === 'hired' ? (body.contractType ?? null) : null,
      reason: body.result === 'hired' ? null : (body.reason ?? null),
    };
    const updated = await updateMatchAtVersion(tctx.db, id, current.version, changes);
    if (!updated)
      throw versionConflict((await presentMatches(tctx, [(await findMatchRow(tctx.db, id))!]))[0]);
    await recordAudit(tctx, {
      action: `programmeMatch.${body.result}`,
      entityType: MATCH,
      entityId: id,
      institutionId: current.providerInstitutionId,
      changes: changedFields(current, { ...current, ...changes }, AUDITED),
    });
    if (body.result === 'hired' && need.filled + 1 >= need.headcount) {
      await closeNeedAsFilled(tctx.db, need.id, need.version);
      await recordAudit(tctx, {
        action: 'staffingNeed.close',
        entityType: 'staffingNeed',
        entityId: need.id,
        institutionId: need.institution.id,
        changes: { status: { before: 'open', after: 'filled' } },
      });
    }
    return (await presentMatches(tctx, [(await findMatchRow(tctx.db, id))!]))[0]!;
  });
}
