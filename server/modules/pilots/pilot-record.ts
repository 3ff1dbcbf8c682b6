import { recordAudit } from '../../platform/audit';
import { authorize, type Ctx } from '../../platform/authz';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import { canManagePilot } from './pilot.policy';
import { type PilotRecord, presentPilot } from './pilot.presenter';
import {
  findCandidates,
  findCaretakers,
  findExperts,
  findInstitutionRefs,
  findPilotRow,
  findUserRefs,
  lockPilotRow,
  type PilotRow,
} from './pilot.repository';

export const ENTITY = 'pilot';

/** The pilot with its candidates, experts and caretakers, and the names of what they refer to. */
export async function loadRecord(ctx: Ctx, pilot: PilotRow): Promise<PilotRecord> {
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const candidates = await findCandidates(ctx.db, pilot.id);
  const experts = await findExperts(ctx.db, pilot.id);
  const caretakers = await findCaretakers(ctx.db, pilot.id);
  const institutions = await findInstitutionRefs(ctx.db, [
    pilot.organiserInstitutionId,
    ...candidates.flatMap((c) => [
      c.institutionId,
      ...(c.owesRecommendedById ? [c.owesRecommendedById] : []),
    ]),
    ...experts.flatMap((e) => (e.nominatedByInstitutionId ? [e.nominatedByInstitutionId] : [])),
  ]);
  const users = await findUserRefs(
    ctx.db,
    [pilot.qualitySpecialistUserId, pilot.learningExpertUserId].filter((id): id is string => !!id),
  );
  return { pilot, candidates, experts, caretakers, institutions, users };
}

/** Any signed-in user reads a pilot's public parts; an unknown id is 404. */
export async function loadPilot(ctx: Ctx, id: string): Promise<PilotRow> {
  const row = await findPilotRow(ctx.db, id);
  if (!row) throw notFound();
  return row;
}

/**
 * The pilot to change, locked for the transaction: 404 when unknown, 403 to those who do not run
 * it, 409 on a stale version when the change names one.
 */
export async function loadForManage(tctx: Ctx, id: string, version?: number): Promise<PilotRow> {
  const row = await lockPilotRow(tctx.db, id);
  if (!row) throw notFound();
  authorize(tctx, (actor) => canManagePilot(actor, row));
  if (version !== undefined && row.version !== version)
    throw versionConflict(presentPilot(await loadRecord(tctx, row), tctx.actor));
  return row;
}

export const presentLoaded = async (ctx: Ctx, row: PilotRow) =>
  presentPilot(await loadRecord(ctx, row), ctx.actor);

/** The pilot's page after a change: re-read, so counts and the ranking are current. */
export const presentFresh = async (ctx: Ctx, id: string) =>
  presentLoaded(ctx, (await findPilotRow(ctx.db, id))!);

/** One audit row of the pilot, owned by its organiser; the action is named in full where it is taken. */
export const audit = (
  ctx: Ctx,
  pilot: PilotRow,
  { action }: { action: `pilot.${string}` },
  changes: unknown,
  personalData = false,
  entityId = pilot.id,
) =>
  recordAudit(ctx, {
    action,
    entityType: ENTITY,
    entityId,
    institutionId: pilot.organiserInstitutionId,
    changes,
    personalData,
  });

export const recruiting = (pilot: PilotRow) => {
  if (pilot.state !== 'recruiting') throw new AppError('conflict', 'pilot.notRecruiting');
};
