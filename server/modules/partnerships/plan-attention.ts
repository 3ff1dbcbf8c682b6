import type { AttentionItem } from '../../../common/contracts/attention';
import { warsawToday } from '../../../common/contracts/partnership-plan';
import { type Ctx, institutionsWithPermission, requireActor } from '../../platform/authz';
import { countOverdueTasks } from './plan-tasks.repository';

/**
 * Overdue tasks of the action plans, for those who may act on them: per partnership and per
 * responsible institution of the user, linking to that partnership's plan.
 */
export async function planAttention(ctx: Ctx): Promise<AttentionItem[]> {
  requireActor(ctx);
  const rows = await countOverdueTasks(
    ctx.db,
    institutionsWithPermission(ctx.actor, 'partnerships.manage'),
    warsawToday(),
  );
  return rows.map((r) => ({
    kind: 'partnershipTasksOverdue',
    count: r.overdue,
    institutionId: r.institutionId,
    institutionName: r.institutionName,
    partnership: { id: r.partnershipId, name: r.partnershipName },
  }));
}
