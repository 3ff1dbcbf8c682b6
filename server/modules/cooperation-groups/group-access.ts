import { recordAudit } from '../../platform/audit';
import { authorize, type Ctx, requireActor } from '../../platform/authz';
import { AppError, notFound } from '../../platform/errors';
import { canManageGroup, canViewGroup, type GroupFacts } from './cooperation-group.policy';
import { findGroup, findGroupMembers, type GroupMemberRow, type GroupRow } from './group.repository';

/**
 * What every group use case starts with: loading the group with its asked institutions and the
 * record-level rules. To anyone not taking part the group does not exist (404); a participant
 * who may not make a change gets 403; a closed group refuses every change (409).
 */

export interface LoadedGroup {
  row: GroupRow;
  members: GroupMemberRow[];
  facts: GroupFacts;
}

export const factsOf = (row: GroupRow, members: readonly GroupMemberRow[]): GroupFacts => ({
  opsInstitutionId: row.opsInstitutionId,
  status: row.status,
  members,
});

/** The group as the actor may see it: 404 when it does not exist or the actor takes no part. */
export async function loadGroup(ctx: Ctx, id: string, lock = false): Promise<LoadedGroup> {
  if (!ctx.system) requireActor(ctx);
  const row = await findGroup(ctx.db, id, lock);
  if (!row) throw notFound();
  const members = await findGroupMembers(ctx.db, [row.id]);
  const facts = factsOf(row, members);
  if (!ctx.system && !canViewGroup(ctx.actor, facts)) throw notFound();
  return { row, members, facts };
}

/** A change only the coordinating OPS makes, on an open group. */
export async function loadForManagement(ctx: Ctx, id: string): Promise<LoadedGroup> {
  const loaded = await loadGroup(ctx, id, true);
  authorize(ctx, (actor) => canManageGroup(actor, loaded.facts));
  requireOpen(loaded);
  return loaded;
}

/** A closed group keeps its record as it was. */
export function requireOpen(loaded: LoadedGroup) {
  if (loaded.row.status !== 'active') throw new AppError('conflict', 'cooperationGroup.closed');
}

/** Every change of a group is audited under the convening OPS, which sees its events. */
export function auditGroup(
  ctx: Ctx,
  loaded: { row: GroupRow },
  entry: {
    action: string;
    entityType: string;
    entityId: string;
    changes?: Record<string, unknown>;
    personalData?: boolean;
  },
) {
  return recordAudit(ctx, {
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    institutionId: loaded.row.opsInstitutionId,
    changes: { groupId: loaded.row.id, ...entry.changes },
    personalData: entry.personalData ?? false,
  });
}
