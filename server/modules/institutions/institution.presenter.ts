import type {
  InstitutionSummary,
  InstitutionTerritory,
  InstitutionView,
} from '../../../common/contracts/institutions';
import type { Actor } from '../../platform/authz';
import { institutionAbilities } from './institution.policy';
import type { InstitutionRow } from './institution.repository';

/** A row with what the card shows beside it: the territory's names and who deactivated it. */
export type InstitutionRecord = InstitutionRow & {
  territory: InstitutionTerritory;
  deactivatedByName: string | null;
};
export type InstitutionListRecord = InstitutionRow & { territory: InstitutionTerritory };

export function presentInstitutionSummary(
  record: InstitutionListRecord,
  actor: Actor | null,
): InstitutionSummary {
  return {
    id: record.id,
    name: record.name,
    shortName: record.shortName,
    type: record.type,
    territory: record.territory,
    city: record.city,
    status: record.status,
    updatedAt: record.updatedAt.toISOString(),
    abilities: institutionAbilities(actor, record),
  };
}

export function presentInstitution(record: InstitutionRecord, actor: Actor | null): InstitutionView {
  return {
    ...presentInstitutionSummary(record, actor),
    street: record.street,
    buildingNumber: record.buildingNumber,
    postalCode: record.postalCode,
    email: record.email,
    phone: record.phone,
    website: record.website,
    nip: record.nip,
    regon: record.regon,
    krs: record.krs,
    headOffice: record.headOffice,
    aksesNumber: record.aksesNumber,
    aksesValidUntil: record.aksesValidUntil,
    registerEntryNumber: record.registerEntryNumber,
    registerEntryDate: record.registerEntryDate,
    pesLegalForm: record.pesLegalForm,
    socialEconomyStatus: record.socialEconomyStatus,
    deactivation:
      record.status === 'inactive' && record.deactivatedAt
        ? {
            at: record.deactivatedAt.toISOString(),
            byUserId: record.deactivatedBy,
            byName: record.deactivatedByName,
            reason: record.deactivationReason ?? '',
          }
        : null,
    createdAt: record.createdAt.toISOString(),
    version: record.version,
  };
}
