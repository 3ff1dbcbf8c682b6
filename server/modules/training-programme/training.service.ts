import {
  type AttendanceInput,
  attendanceBody,
  type CreateEditionInput,
  completedTraining,
  createEditionBody,
  type EditionListResponse,
  type EditionView,
  programmeRules,
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
  bumpEdition,
  type EditionRow,
  findAllParticipants,
  findEdition,
  findEditions,
  findMembers,
  findPeopleByIds,
  insertEdition,
  insertMembers,
  updateMemberAttendance,
} from './training-programme.repository';

/**
 * Training editions: 4 days, two of them practical, each day remote or not, a group of people of
 * the participating JSTs, and their attendance per day. A JST sees the editions its people are
 * in, with its own people only.
 */

async function presentEditions(
  ctx: Ctx,
  access: ProgrammeAccess,
  editions: EditionRow[],
): Promise<EditionView[]> {
  const members = await findMembers(
    ctx.db,
    editions.map((e) => e.id),
  );
  const people = new Map(
    (
      await findPeopleByIds(
        ctx.db,
        members.map((m) => m.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const participants = new Map((await findAllParticipants(ctx.db, access.row.id)).map((p) => [p.id, p]));
  const views: EditionView[] = [];
  for (const edition of editions) {
    const rows = members.flatMap((m) => {
      if (m.editionId !== edition.id) return [];
      const person = people.get(m.personId);
      const participant = person && participants.get(person.participantId);
      if (!person || !participant) return [];
      if (!access.whole && !access.ownJsts.includes(participant.jstInstitutionId)) return [];
      return [
        {
          personId: person.id,
          name: person.name,
          position: person.position,
          jst: { id: participant.id, name: participant.jst.name },
          days: m.attendance,
          completed: m.completed,
        },
      ];
    });
    if (!access.whole && rows.length === 0) continue;
    views.push({
      id: edition.id,
      title: edition.title,
      days: edition.days,
      members: rows,
      completedCount: rows.filter((r) => r.completed).length,
      version: edition.version,
    });
  }
  return views;
}

export async function listEditions(ctx: Ctx, id: string): Promise<EditionListResponse> {
  const access = await loadProgramme(ctx, id);
  return { items: await presentEditions(ctx, access, await findEditions(ctx.db, id)) };
}

export async function getEdition(ctx: Ctx, id: string, editionId: string) {
  const access = await loadProgramme(ctx, id);
  const edition = await findEdition(ctx.db, id, editionId);
  const view = edition && (await presentEditions(ctx, access, [edition]))[0];
  if (!view) throw notFound();
  return { access, view };
}

/** The people must be active people of this programme's JSTs: 400 naming the one that is not. */
async function checkPersons(ctx: Ctx, access: ProgrammeAccess, personIds: readonly string[]) {
  const people = new Map((await findPeopleByIds(ctx.db, personIds)).map((p) => [p.id, p]));
  const participants = new Set((await findAllParticipants(ctx.db, access.row.id)).map((p) => p.id));
  const problems = personIds.flatMap((personId, index) => {
    const person = people.get(personId);
    return person?.active && participants.has(person.participantId)
      ? []
      : [{ field: `personIds.${index}`, id: 'trainingProgramme.personNotInProgramme' }];
  });
  if (problems.length) throw invalid(problems);
}

export async function createEdition(ctx: Ctx, id: string, input: CreateEditionInput): Promise<EditionView> {
  const body = parse(createEditionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await loadProgrammeToManage(tctx, id);
    await checkPersons(tctx, access, body.personIds);
    const edition = await insertEdition(tctx.db, { programmeId: id, title: body.title, days: body.days });
    await insertMembers(
      tctx.db,
      body.personIds.map((personId) => ({
        editionId: edition.id,
        personId,
        attendance: Array.from({ length: programmeRules.trainingDays }, () => null),
      })),
    );
    await auditProgramme(tctx, access, {
      action: 'trainingProgramme.createEdition',
      entityType: 'trainingEdition',
      entityId: edition.id,
      changes: { title: body.title, days: body.days, people: body.personIds.length },
    });
    return (await presentEditions(tctx, access, [edition]))[0]!;
  });
}

/**
 * Records attendance per person per day, at the edition's version. Someone not in the edition's
 * group is refused with 400 naming `entries.N.personId`; completion follows the 4-day rule.
 */
export async function recordAttendance(
  ctx: Ctx,
  id: string,
  editionId: string,
  input: AttendanceInput,
): Promise<EditionView> {
  const body = parse(attendanceBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await loadProgrammeToManage(tctx, id);
    const edition = await findEdition(tctx.db, id, editionId, true);
    if (!edition) throw notFound();
    const members = new Map((await findMembers(tctx.db, [edition.id])).map((m) => [m.personId, m]));
    const problems = body.entries.flatMap((entry, index) =>
      members.has(entry.personId)
        ? []
        : [{ field: `entries.${index}.personId`, id: 'trainingProgramme.personNotInEdition' }],
    );
    if (problems.length) throw invalid(problems);
    const bumped =
      edition.version === body.version ? await bumpEdition(tctx.db, edition.id, body.version) : undefined;
    if (!bumped) throw versionConflict((await presentEditions(tctx, access, [edition]))[0]);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const entry of body.entries) {
      const member = members.get(entry.personId)!;
      if (JSON.stringify(member.attendance) === JSON.stringify(entry.days)) continue;
      await updateMemberAttendance(tctx.db, member.id, entry.days, completedTraining(entry.days));
      changes[entry.personId] = { before: member.attendance, after: entry.days };
    }
    await auditProgramme(tctx, access, {
      action: 'trainingProgramme.recordAttendance',
      entityType: 'trainingEdition',
      entityId: edition.id,
      changes: { attendance: changes },
    });
    return (await presentEditions(tctx, access, [bumped]))[0]!;
  });
}
