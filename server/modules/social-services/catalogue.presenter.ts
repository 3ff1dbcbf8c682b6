import type {
  QualificationRef,
  QualificationView,
  ServiceAreaView,
  ServiceTypeSummary,
  ServiceTypeView,
} from '../../../common/contracts/social-services';
import type { Actor } from '../../platform/authz';
import type { QualificationListRow, QualificationRow } from './qualification.repository';
import type { ServiceAreaListRow } from './service-area.repository';
import type { ServiceTypeListRow } from './service-type.repository';
import { canManageCatalogue, catalogueEntryAbilities } from './social-services.policy';

/** A retired entry with who retired it (from the audit log). */
type Retirable = { status: 'active' | 'retired'; retiredAt: Date | null; retirementReason: string | null };

const retirementOf = (row: Retirable, byName: string | null) =>
  row.status === 'retired' && row.retiredAt
    ? { at: row.retiredAt.toISOString(), byName, reason: row.retirementReason ?? '' }
    : null;

export function presentArea(row: ServiceAreaListRow, actor: Actor | null): ServiceAreaView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    legalBasis: row.legalBasis,
    activeTypeCount: row.activeTypeCount,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: { update: canManageCatalogue(actor) },
  };
}

export const presentQualificationRef = (row: QualificationRow): QualificationRef => ({
  id: row.id,
  code: row.code,
  name: row.name,
  status: row.status,
});

export type QualificationRecord = QualificationListRow & { retiredByName: string | null };

export function presentQualification(row: QualificationRecord, actor: Actor | null): QualificationView {
  return {
    ...presentQualificationRef(row),
    description: row.description,
    serviceTypeCount: row.serviceTypeCount,
    retirement: retirementOf(row, row.retiredByName),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: catalogueEntryAbilities(actor, row),
  };
}

export const presentTypeSummary = (row: ServiceTypeListRow): ServiceTypeSummary => ({
  id: row.id,
  code: row.code,
  name: row.name,
  area: row.area,
  deliveryUnit: row.deliveryUnit,
  status: row.status,
  offeringCount: row.offeringCount,
  updatedAt: row.updatedAt.toISOString(),
});

/** The standard card with its qualifications and who retired it. */
export type ServiceTypeRecord = ServiceTypeListRow & {
  qualifications: QualificationRow[];
  retiredByName: string | null;
};

export function presentType(record: ServiceTypeRecord, actor: Actor | null): ServiceTypeView {
  return {
    ...presentTypeSummary(record),
    description: record.description,
    recipients: record.recipients,
    legalBasis: record.legalBasis,
    organisationalResources: record.organisationalResources,
    technicalResources: record.technicalResources,
    qualifications: record.qualifications.map(presentQualificationRef),
    retirement: retirementOf(record, record.retiredByName),
    createdAt: record.createdAt.toISOString(),
    version: record.version,
    abilities: catalogueEntryAbilities(actor, record),
  };
}
