import type { OfferingView } from '../../../common/contracts/service-offerings';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Actor } from '../../platform/authz';
import type { OfferingListRow } from './offering.repository';
import { offeringAbilities } from './social-services.policy';

/** An offering with the path of the unit it serves and who ended it (from the audit log). */
export type OfferingRecord = OfferingListRow & {
  territory: TerritorialUnitSummary;
  endedByName: string | null;
};

export function presentOffering(record: OfferingRecord, actor: Actor | null): OfferingView {
  return {
    id: record.id,
    institution: {
      id: record.institution.id,
      name: record.institution.name,
      type: record.institution.type,
      city: record.institution.city,
    },
    serviceType: {
      id: record.serviceType.id,
      code: record.serviceType.code,
      name: record.serviceType.name,
      deliveryUnit: record.serviceType.deliveryUnit,
      area: record.area,
    },
    territory: record.territory,
    description: record.description,
    contactName: record.contactName,
    email: record.email,
    phone: record.phone,
    startedOn: record.startedOn,
    status: record.status,
    end:
      record.status === 'ended' && record.endedAt
        ? { at: record.endedAt.toISOString(), byName: record.endedByName, reason: record.endReason ?? '' }
        : null,
    hsdsPath: `/api/hsds/services/${record.id}`,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    version: record.version,
    abilities: offeringAbilities(actor, record),
  };
}
