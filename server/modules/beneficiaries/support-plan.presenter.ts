import type { SupportPlanVersionView } from '../../../common/contracts/support-plan';
import type { PersonalDataVault } from '../../platform/personal-data';
import type { PlanVersionRow } from './support-plan.repository';

/** What a version's envelope holds: names are kept as they were, so a frozen version never changes. */
export type StoredPlanContent = Pick<SupportPlanVersionView, 'goals' | 'actions' | 'agreement'>;

const contextOf = (versionId: string) => `support_plan_versions.content:${versionId}`;

export const sealContent = (vault: PersonalDataVault, versionId: string, content: StoredPlanContent) =>
  vault.seal(JSON.stringify(content), contextOf(versionId));

export const openContent = (vault: PersonalDataVault, row: PlanVersionRow): StoredPlanContent =>
  JSON.parse(vault.open(row.contentEnc, contextOf(row.id))) as StoredPlanContent;

export const presentVersion = (vault: PersonalDataVault, row: PlanVersionRow): SupportPlanVersionView => ({
  number: row.number,
  status: row.status,
  ...openContent(vault, row),
  editedByName: row.editedByName,
  updatedAt: row.updatedAt.toISOString(),
  submittedAt: row.submittedAt?.toISOString() ?? null,
  approvedAt: row.approvedAt?.toISOString() ?? null,
  approvedByName: row.approvedByName,
});
