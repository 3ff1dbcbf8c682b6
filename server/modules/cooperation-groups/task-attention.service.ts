import type { AttentionItem } from '../../../common/contracts/attention';
import { warsawToday } from '../../../common/contracts/partnership-plan';
import { type Ctx, institutionsWithPermission, requireActor } from '../../platform/authz';
import { countOverdueGroupTasks } from './task-attention.repository';

/**
 * Overdue tasks of cooperation groups on the home page's worklist, one line per group (its label
 * names no person) linking to the group's tasks:
 * - an institution taking part sees its own overdue tasks (`cooperationTasksOverdue`), as those
 *   who report their status for it;
 * - the convening OPS, whose managers monitor and close the group, sees all the group's overdue
 *   tasks, whoever they are assigned to (`cooperationGroupTasksOverdue`); its own assigned tasks
 *   are counted there, not twice.
 */
export async function groupTaskAttention(ctx: Ctx): Promise<AttentionItem[]> {
  requireActor(ctx);
  const coordinatedBy = institutionsWithPermission(ctx.actor, 'cooperationGroups.manage');
  const rows = await countOverdueGroupTasks(ctx.db, {
    assignedTo: institutionsWithPermission(ctx.actor, 'cooperationGroups.participate'),
    coordinatedBy,
    today: warsawToday(),
  });
  const nameOf = (id: string) =>
    ctx.actor.memberships.find((m) => m.institutionId === id)?.institutionName ?? null;
  const coordinated = new Map<string, AttentionItem>();
  const own: AttentionItem[] = [];
  for (const r of rows) {
    const cooperationGroup = { id: r.groupId, name: r.groupLabel };
    if (coordinatedBy.includes(r.opsInstitutionId)) {
      const item = coordinated.get(r.groupId);
      if (item) item.count += r.count;
      else
        coordinated.set(r.groupId, {
          kind: 'cooperationGroupTasksOverdue',
          count: r.count,
          institutionId: r.opsInstitutionId,
          institutionName: nameOf(r.opsInstitutionId),
          cooperationGroup,
        });
    } else
      own.push({
        kind: 'cooperationTasksOverdue',
        count: r.count,
        institutionId: r.institutionId,
        institutionName: r.institutionName,
        cooperationGroup,
      });
  }
  return [...own, ...coordinated.values()];
}
