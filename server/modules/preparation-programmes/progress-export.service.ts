import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/authz';
import { loadManagedProgramme } from './participant.service';
import { PROGRAMME, presentFull } from './programme.service';
import { progressXlsx } from './progress-xlsx';

/**
 * The participants' progress sheet, for the CIS or KIS running the programme only (404 to anyone
 * else). It takes participants' labels out of the platform, so the export is logged.
 */
export async function exportProgress(ctx: Ctx, id: string): Promise<Buffer> {
  const row = await loadManagedProgramme(ctx, id);
  const view = await presentFull(ctx, row);
  await recordAudit(ctx, {
    action: 'preparationProgramme.export',
    entityType: PROGRAMME,
    entityId: id,
    institutionId: row.institutionId,
    changes: { participants: view.participants?.length ?? 0 },
    personalData: true,
  });
  return progressXlsx(view, ctx.locale);
}
