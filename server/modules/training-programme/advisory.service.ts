import {
  type AdvisoryListResponse,
  type AdvisoryView,
  type CreateAdvisoryInput,
  createAdvisoryBody,
} from '../../../common/contracts/training-programme';
import { type Ctx, inTransaction } from '../../platform/authz';
import { invalid, notFound, parse, versionConflict } from '../../platform/errors';
import {
  auditProgramme,
  loadProgramme,
  loadProgrammeToManage,
  type ProgrammeAccess,
} from './programme-access';
import {
  type AdvisoryRow,
  deleteAdvisoryAtVersion,
  findAdvisory,
  findAdvisorySession,
  findAllParticipants,
  findParticipant,
  insertAdvisory,
} from './training-programme.repository';

/**
 * Advisory for each JST: sessions with hours, topic and adviser. The participant's sum of minutes
 * is kept on its row in the same transaction, for the "below minimum" filter and the progress.
 */

async function present(ctx: Ctx, access: ProgrammeAccess, rows: AdvisoryRow[]): Promise<AdvisoryView[]> {
  const participants = new Map((await findAllParticipants(ctx.db, access.row.id)).map((p) => [p.id, p]));
  return rows.map((r) => ({
    id: r.id,
    participant: { id: r.participantId, jstName: participants.get(r.participantId)?.jst.name ?? '—' },
    heldOn: r.heldOn,
    minutes: r.minutes,
    topic: r.topic,
    adviser: r.adviser,
    remote: r.remote,
    version: r.version,
  }));
}

export async function listAdvisory(
  ctx: Ctx,
  id: string,
  query: { participantId?: string | undefined },
): Promise<AdvisoryListResponse> {
  const access = await loadProgramme(ctx, id);
  let scope: string[] | null = null;
  if (!access.whole) {
    const own = (await findAllParticipants(ctx.db, id)).filter((p) =>
      access.ownJsts.includes(p.jstInstitutionId),
    );
    scope = own.map((p) => p.id);
  }
  if (query.participantId) scope = (scope ?? [query.participantId]).filter((p) => p === query.participantId);
  return { items: await present(ctx, access, await findAdvisory(ctx.db, id, scope)) };
}

/** Records a session; hours must be above zero (the contract's rule, naming `hours`). */
export async function recordAdvisory(
  ctx: Ctx,
  id: string,
  input: CreateAdvisoryInput,
): Promise<AdvisoryView> {
  const body = parse(createAdvisoryBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await loadProgrammeToManage(tctx, id);
    const participant = await findParticipant(tctx.db, id, body.participantId);
    if (!participant) throw invalid({ field: 'participantId', id: 'trainingProgramme.participantUnknown' });
    const minutes = Math.round(body.hours * 60);
    const { participantId, heldOn, topic, adviser, remote } = body;
    const row = await insertAdvisory(tctx.db, {
      programmeId: id,
      participantId,
      heldOn,
      minutes,
      topic,
      adviser,
      remote,
      recordedBy: tctx.actor?.userId ?? null,
    });
    await auditProgramme(tctx, access, {
      action: 'trainingProgramme.recordAdvisory',
      entityType: 'advisorySession',
      entityId: row.id,
      institutionId: participant.jstInstitutionId,
      changes: { participantId, heldOn, minutes, topic, adviser },
    });
    return (await present(tctx, access, [row]))[0]!;
  });
}

/** Removes a session entered by mistake, at the version read; its minutes leave the JST's sum. */
export async function removeAdvisory(
  ctx: Ctx,
  id: string,
  sessionId: string,
  version: number,
): Promise<void> {
  await inTransaction(ctx, async (tctx) => {
    const access = await loadProgrammeToManage(tctx, id);
    const session = await findAdvisorySession(tctx.db, id, sessionId);
    if (!session) throw notFound();
    const removed =
      session.version === version ? await deleteAdvisoryAtVersion(tctx.db, session.id, version) : undefined;
    if (!removed) throw versionConflict((await present(tctx, access, [session]))[0]);
    const participant = await findParticipant(tctx.db, id, session.participantId);
    await auditProgramme(tctx, access, {
      action: 'trainingProgramme.removeAdvisory',
      entityType: 'advisorySession',
      entityId: session.id,
      ...(participant && { institutionId: participant.jstInstitutionId }),
      changes: { heldOn: session.heldOn, minutes: session.minutes, topic: session.topic },
    });
  });
}
