import {
  type CreateStudyVisitInput,
  createStudyVisitBody,
  type StudyVisitListResponse,
  type StudyVisitView,
  studyVisitHostTypes,
} from '../../../common/contracts/training-programme';
import { type Ctx, inTransaction } from '../../platform/authz';
import { invalid, parse } from '../../platform/errors';
import { findInstitutionById } from '../institutions';
import {
  auditProgramme,
  loadProgramme,
  loadProgrammeToManage,
  type ProgrammeAccess,
} from './programme-access';
import {
  findAllParticipants,
  findVisits,
  insertVisit,
  institutionNames,
  type VisitRow,
} from './training-programme.repository';

/** Today in Poland, as the date a visit is compared with. */
export const todayInPoland = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

/** A visit is done once its day has come; a JST sees only the visits it attended, and only itself on them. */
async function present(ctx: Ctx, access: ProgrammeAccess, rows: VisitRow[]): Promise<StudyVisitView[]> {
  const participants = new Map((await findAllParticipants(ctx.db, access.row.id)).map((p) => [p.id, p]));
  const hosts = await institutionNames(
    ctx.db,
    rows.map((r) => r.hostInstitutionId),
  );
  const today = todayInPoland();
  return rows.flatMap((r) => {
    const attendees = r.participantIds.flatMap((pid) => {
      const p = participants.get(pid);
      return p && (access.whole || access.ownJsts.includes(p.jstInstitutionId))
        ? [{ id: p.id, jstName: p.jst.name }]
        : [];
    });
    if (!access.whole && attendees.length === 0) return [];
    return [
      {
        id: r.id,
        visitedOn: r.visitedOn,
        host: { id: r.hostInstitutionId, name: hosts.get(r.hostInstitutionId) ?? '—' },
        participants: attendees,
        notes: r.notes,
        done: r.visitedOn <= today,
        version: r.version,
      },
    ];
  });
}

export async function listVisits(ctx: Ctx, id: string): Promise<StudyVisitListResponse> {
  const access = await loadProgramme(ctx, id);
  return { items: await present(ctx, access, await findVisits(ctx.db, id)) };
}

/**
 * Records a 1-day study visit to a social economy entity of the registry (400 naming
 * `hostInstitutionId` for any other institution) with the programme's JSTs that attended.
 */
export async function recordVisit(
  ctx: Ctx,
  id: string,
  input: CreateStudyVisitInput,
): Promise<StudyVisitView> {
  const body = parse(createStudyVisitBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await loadProgrammeToManage(tctx, id);
    const host = await findInstitutionById(tctx.db, body.hostInstitutionId);
    if (host?.status !== 'active' || !(studyVisitHostTypes as readonly string[]).includes(host.type))
      throw invalid({ field: 'hostInstitutionId', id: 'trainingProgramme.hostNotPes' });
    const participants = new Set((await findAllParticipants(tctx.db, id)).map((p) => p.id));
    const problems = body.participantIds.flatMap((pid, index) =>
      participants.has(pid)
        ? []
        : [{ field: `participantIds.${index}`, id: 'trainingProgramme.participantUnknown' }],
    );
    if (problems.length) throw invalid(problems);
    const row = await insertVisit(tctx.db, {
      programmeId: id,
      visitedOn: body.visitedOn,
      hostInstitutionId: host.id,
      participantIds: body.participantIds,
      notes: body.notes ?? null,
    });
    await auditProgramme(tctx, access, {
      action: 'trainingProgramme.recordVisit',
      entityType: 'studyVisit',
      entityId: row.id,
      changes: { visitedOn: body.visitedOn, hostInstitutionId: host.id, participantIds: body.participantIds },
    });
    return (await present(tctx, access, [row]))[0]!;
  });
}
