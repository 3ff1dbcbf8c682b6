import {
  dropOutBody,
  type EnrollParticipantInput,
  enrollParticipantBody,
  type GraduateParticipantInput,
  graduateParticipantBody,
  type ParticipantView,
  type UpdateParticipantInput,
  updateParticipantBody,
} from '../../../common/contracts/preparation-programmes';
import { changedFields, recordAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/authz';
import {
  AppError,
  type FieldProblem,
  invalid,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import { canManageProgramme } from './programme.policy';
import { presentParticipant } from './programme.presenter';
import {
  findMatchesOfParticipants,
  findParticipantRow,
  findProgrammeRow,
  insertParticipant,
  type ParticipantInsert,
  type ParticipantRow,
  type ProgrammeRow,
  updateParticipantAtVersion,
} from './programme.repository';
import type { ModuleProgress } from './programme.table';
import { participantsOf, refsOf } from './programme-refs';

export const PARTICIPANT = 'programmeParticipant';
const AUDITED = [
  'label',
  'state',
  'progress',
  'qualificationObtainedId',
  'examPassedOn',
  'graduatedOn',
  'dropReason',
] as const;

/**
 * The programme whose participants the actor works with: only those who run it. To anyone else
 * its participants do not exist, so the answer is 404, not 403.
 */
export async function loadManagedProgramme(ctx: Ctx, id: string): Promise<ProgrammeRow> {
  const row = await findProgrammeRow(ctx.db, id);
  if (!row || (!ctx.system && !canManageProgramme(ctx.actor, row))) throw notFound();
  return row;
}

export async function presentOne(
  ctx: Ctx,
  programme: ProgrammeRow,
  row: ParticipantRow,
): Promise<ParticipantView> {
  const matches = await findMatchesOfParticipants(ctx.db, [row.id]);
  const refs = await refsOf(ctx, [programme], [row], matches);
  return presentParticipant(programme, row, matches, refs, ctx.actor);
}

const active = (p: ParticipantRow) => p.state === 'enrolled' || p.state === 'inProgress';

/** Enrols a participant while the programme is planned or running and has a place left. */
export async function enrollParticipant(ctx: Ctx, programmeId: string, input: EnrollParticipantInput) {
  const body = parse(enrollParticipantBody, input);
  return inTransaction(ctx, async (tctx) => {
    const programme = await loadManagedProgramme(tctx, programmeId);
    if (programme.state === 'finished') throw new AppError('conflict', 'preparationProgramme.finished');
    const { rows } = await participantsOf(tctx, programmeId);
    if (rows.filter((p) => p.state !== 'droppedOut').length >= programme.places)
      throw new AppError('conflict', 'preparationProgramme.noPlacesLeft');
    const row = await insertParticipant(tctx.db, {
      programmeId,
      label: body.label,
      progress: programme.modules.map((m) => ({ moduleId: m.id, hoursAttended: 0, completed: false })),
    });
    await recordAudit(tctx, {
      action: 'programmeParticipant.enroll',
      entityType: PARTICIPANT,
      entityId: row.id,
      institutionId: programme.institutionId,
      changes: changedFields(null, row, AUDITED),
      personalData: true,
    });
    return presentOne(tctx, programme, row);
  });
}

async function loadParticipantForChange(tctx: Ctx, programmeId: string, id: string, version: number) {
  const programme = await loadManagedProgramme(tctx, programmeId);
  const current = await findParticipantRow(tctx.db, programmeId, id);
  if (!current) throw notFound();
  if (!active(current)) throw new AppError('conflict', 'preparationProgramme.participantClosed');
  if (current.version !== version) throw versionConflict(await presentOne(tctx, programme, current));
  return { programme, current };
}

async function writeParticipant(
  tctx: Ctx,
  programme: ProgrammeRow,
  current: ParticipantRow,
  changes: Partial<ParticipantInsert>,
  action: string,
) {
  const next = { ...current, ...changes } as ParticipantRow;
  const diff = changedFields(current, next, AUDITED);
  if (Object.keys(diff).length === 0) return presentOne(tctx, programme, current);
  const updated = await updateParticipantAtVersion(tctx.db, current.id, current.version, changes);
  if (!updated)
    throw versionConflict(
      await presentOne(tctx, programme, (await findParticipantRow(tctx.db, programme.id, current.id))!),
    );
  await recordAudit(tctx, {
    action,
    entityType: PARTICIPANT,
    entityId: current.id,
    institutionId: programme.institutionId,
    changes: diff,
    personalData: true,
  });
  return presentOne(tctx, programme, updated);
}

/**
 * Records attendance and completed modules while the programme runs; hours above a module's plan
 * are refused. The first hours attended turn "enrolled" into "in progress".
 */
export async function updateParticipant(
  ctx: Ctx,
  programmeId: string,
  id: string,
  input: UpdateParticipantInput,
) {
  const { version, label, progress } = parse(updateParticipantBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { programme, current } = await loadParticipantForChange(tctx, programmeId, id, version);
    const changes: Partial<ParticipantInsert> = {};
    if (label) changes.label = label;
    if (progress) {
      if (programme.state !== 'running') throw new AppError('conflict', 'preparationProgramme.notRunning');
      const problems: FieldProblem[] = [];
      progress.forEach((entry, n) => {
        const module = programme.modules.find((m) => m.id === entry.moduleId);
        if (!module)
          problems.push({ field: `progress.${n}.moduleId`, id: 'preparationProgramme.moduleUnknown' });
        else if (entry.hoursAttended > module.plannedHours)
          problems.push({
            field: `progress.${n}.hoursAttended`,
            id: 'preparationProgramme.hoursAbovePlan',
            params: { hours: module.plannedHours },
          });
      });
      if (problems.length) throw invalid(problems);
      const merged: ModuleProgress[] = programme.modules.map(
        (m) =>
          progress.find((e) => e.moduleId === m.id) ??
          current.progress.find((e) => e.moduleId === m.id) ?? {
            moduleId: m.id,
            hoursAttended: 0,
            completed: false,
          },
      );
      changes.progress = merged;
      if (current.state === 'enrolled' && merged.some((e) => e.hoursAttended > 0))
        changes.state = 'inProgress';
    }
    return writeParticipant(tctx, programme, current, changes, 'programmeParticipant.progress');
  });
}

/**
 * A participant graduates once every module is completed, with the qualification obtained (one
 * the programme prepares for) and the date of the exam that confirmed it.
 */
export async function graduateParticipant(
  ctx: Ctx,
  programmeId: string,
  id: string,
  input: GraduateParticipantInput,
) {
  const { version, qualificationId, examPassedOn } = parse(graduateParticipantBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { programme, current } = await loadParticipantForChange(tctx, programmeId, id, version);
    if (programme.state !== 'running') throw new AppError('conflict', 'preparationProgramme.notRunning');
    const problems: FieldProblem[] = [];
    if (!programme.qualificationIds.includes(qualificationId))
      problems.push({ field: 'qualificationId', id: 'preparationProgramme.qualificationNotInProgramme' });
    const done = new Set(current.progress.filter((e) => e.completed).map((e) => e.moduleId));
    if (programme.modules.some((m) => !done.has(m.id)))
      problems.push({ field: 'progress', id: 'preparationProgramme.modulesIncomplete' });
    if (problems.length) throw invalid(problems);
    return writeParticipant(
      tctx,
      programme,
      current,
      {
        state: 'graduated',
        qualificationObtainedId: qualificationId,
        examPassedOn,
        graduatedOn: examPassedOn,
      },
      'programmeParticipant.graduate',
    );
  });
}

/** A participant leaves the programme before its end; the reason is kept. */
export async function dropOutParticipant(ctx: Ctx, programmeId: string, id: string, input: unknown) {
  const { version, reason } = parse(dropOutBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { programme, current } = await loadParticipantForChange(tctx, programmeId, id, version);
    if (programme.state === 'finished') throw new AppError('conflict', 'preparationProgramme.finished');
    return writeParticipant(
      tctx,
      programme,
      current,
      { state: 'droppedOut', dropReason: reason },
      'programmeParticipant.dropOut',
    );
  });
}
