import { recordAudit } from '../../platform/audit';
import { authorize, type Ctx, institutionsWithPermission } from '../../platform/authz';
import { notFound } from '../../platform/errors';
import { canManageProgramme, canReadProgrammes, seesWholeProgramme } from './training-programme.policy';
import { findParticipantByJst, findProgrammeRow, type ProgrammeRow } from './training-programme.repository';

/**
 * What every programme use case starts with: the door check, the programme, and what of it the
 * actor sees. `ownJsts` are the actor's JSTs taking part; `whole` means every participant.
 */
export interface ProgrammeAccess {
  row: ProgrammeRow;
  whole: boolean;
  manages: boolean;
  ownJsts: string[];
}

/** The programme as the actor may see it: 404 when it is not theirs to know of. */
export async function loadProgramme(ctx: Ctx, id: string, lock = false): Promise<ProgrammeAccess> {
  authorize(ctx, canReadProgrammes);
  const row = await findProgrammeRow(ctx.db, id, lock);
  if (!row) throw notFound();
  if (ctx.system) return { row, whole: true, manages: true, ownJsts: [] };
  const actor = ctx.actor;
  const whole = seesWholeProgramme(actor, row);
  const ownJsts: string[] = [];
  for (const jstId of actor ? institutionsWithPermission(actor, 'trainingProgramme.read') : [])
    if (await findParticipantByJst(ctx.db, row.id, jstId)) ownJsts.push(jstId);
  if (!whole && ownJsts.length === 0) throw notFound();
  return { row, whole, manages: canManageProgramme(actor, row), ownJsts };
}

/** Loads the programme to change it: 404 when unseen, 403 to those who only read it. */
export async function loadProgrammeToManage(ctx: Ctx, id: string): Promise<ProgrammeAccess> {
  const access = await loadProgramme(ctx, id, true);
  authorize(ctx, (actor) => canManageProgramme(actor, access.row));
  return access;
}

/** Whether the actor sees this JST's participation. */
export const seesJst = (access: ProgrammeAccess, jstId: string) =>
  access.whole || access.ownJsts.includes(jstId);

/** Every change is logged under the institution it concerns: the JST, or else the operator. */
export async function auditProgramme(
  ctx: Ctx,
  access: ProgrammeAccess,
  entry: { action: string; entityType: string; entityId: string; institutionId?: string; changes?: object },
) {
  await recordAudit(ctx, {
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    institutionId: entry.institutionId ?? access.row.operatorInstitutionId,
    changes: { programmeId: access.row.id, ...entry.changes },
  });
}
