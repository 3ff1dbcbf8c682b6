import type { StaffingNeedView } from '../../../common/contracts/staffing-needs';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Actor } from '../../platform/authz';
import { needAbilities } from './staffing-need.policy';
import type { StaffingNeedListRow } from './staffing-need.repository';

export type StaffingNeedRecord = StaffingNeedListRow & { territory: TerritorialUnitSummary };

export const presentNeed = (record: StaffingNeedRecord, actor: Actor | null): StaffingNeedView => ({
  id: record.id,
  institution: record.institution,
  position: record.position,
  qualification: record.qualification,
  headcount: record.headcount,
  neededFrom: record.neededFrom,
  territory: record.territory,
  note: record.note,
  status: record.status,
  createdAt: record.createdAt.toISOString(),
  updatedAt: record.updatedAt.toISOString(),
  version: record.version,
  abilities: needAbilities(actor, record),
});
