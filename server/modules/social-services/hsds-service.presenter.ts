import type { z } from 'zod';
import type {
  HsdsService,
  HsdsServiceAtLocation,
  HsdsServiceSummary,
  hsdsServiceAtLocationSummary,
} from '../../../common/contracts/hsds';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Locale } from '../../../common/i18n';
import { derivedId, locationIdOf, TERYT_EXTENT_TYPE } from './hsds-ids';
import {
  given,
  type OrganizationSource,
  placeOf,
  presentLocation,
  presentOrganizationBase,
  presentOrganizationSummary,
  unitName,
} from './hsds-organization.presenter';
import { presentTerm } from './hsds-taxonomy.presenter';
import type { OfferingRow } from './offering.repository';
import type { ServiceAreaRow } from './service-area.repository';
import type { ServiceTypeRow } from './service-type.repository';

/** An offering with its type, area, institution and the units of both: one HSDS service. */
export interface ServiceSource extends OrganizationSource {
  offering: OfferingRow;
  type: ServiceTypeRow;
  area: ServiceAreaRow;
  /** The unit whose residents the offering serves. */
  servedTerritory: TerritorialUnitSummary;
}

/**
 * HSDS statuses: an ended offering is inactive; an institution taken out of the registry no
 * longer delivers anything (defunct); a suspended offering is temporarily closed.
 */
export function hsdsStatusOf(source: Pick<ServiceSource, 'offering' | 'institution'>): string {
  if (source.institution.status === 'inactive') return 'defunct';
  return { active: 'active', suspended: 'temporarily closed', ended: 'inactive' }[source.offering.status];
}

/** The latest change to anything the service shows: a client syncing with `modified_after` needs it. */
export const lastModifiedOf = (source: ServiceSource): Date =>
  new Date(
    Math.max(
      source.offering.updatedAt.getTime(),
      source.type.updatedAt.getTime(),
      source.area.updatedAt.getTime(),
      source.institution.updatedAt.getTime(),
    ),
  );

const summaryFields = (source: ServiceSource) => {
  const { offering, type, institution } = source;
  return {
    id: offering.id,
    organization_id: institution.id,
    name: type.name,
    description: offering.description ? `${type.description}\n\n${offering.description}` : type.description,
    email: given(offering.email ?? institution.email),
    status: hsdsStatusOf(source),
    eligibility_description: type.recipients,
    last_modified: lastModifiedOf(source).toISOString(),
  };
};

export const presentServiceSummary = (source: ServiceSource, locale: Locale): HsdsServiceSummary => ({
  ...summaryFields(source),
  organization: presentOrganizationSummary(source, locale),
});

const phonesOf = ({ offering, institution }: ServiceSource) => {
  const number = offering.phone ?? institution.phone;
  return number ? [{ id: derivedId(offering.id, 'phone'), number, type: 'voice' }] : [];
};

/** The area and the type as attributes: the service's place in the platform's taxonomy. */
function attributesOf({ offering, type, area }: ServiceSource) {
  const terms = [
    presentTerm(area),
    presentTerm({
      id: type.id,
      code: type.code,
      name: type.name,
      description: type.description,
      parentId: area.id,
    }),
  ];
  return terms.map((term) => ({
    id: derivedId(offering.id, `attribute/${term.id}`),
    link_id: offering.id,
    link_entity: 'service',
    taxonomy_term_id: term.id,
    label: term.name,
    taxonomy_term: term,
  }));
}

function serviceAtLocationBase(source: ServiceSource) {
  return {
    id: source.offering.serviceAtLocationId,
    service_id: source.offering.id,
    location_id: locationIdOf(source.institution.id),
    location: presentLocation(source),
  };
}

export function presentService(source: ServiceSource, locale: Locale): HsdsService {
  const { offering } = source;
  const phones = phonesOf(source);
  return {
    ...summaryFields(source),
    organization: presentOrganizationBase(source, locale),
    phones,
    contacts: offering.contactName
      ? [
          {
            id: derivedId(offering.id, 'contact'),
            name: offering.contactName,
            email: given(offering.email),
            phones: offering.phone ? phones : [],
          },
        ]
      : [],
    service_areas: [
      {
        id: derivedId(offering.id, 'service-area'),
        service_id: offering.id,
        name: unitName(source.servedTerritory, locale),
        description: placeOf(source.servedTerritory, locale),
        extent: source.servedTerritory.code,
        extent_type: TERYT_EXTENT_TYPE,
      },
    ],
    service_at_locations: [serviceAtLocationBase(source)],
    attributes: attributesOf(source),
  };
}

export const presentServiceAtLocationSummary = (
  source: ServiceSource,
): z.infer<typeof hsdsServiceAtLocationSummary> => ({
  ...serviceAtLocationBase(source),
  service: summaryFields(source),
});

export function presentServiceAtLocation(source: ServiceSource, locale: Locale): HsdsServiceAtLocation {
  const service = presentService(source, locale);
  return {
    ...serviceAtLocationBase(source),
    service,
    service_areas: service.service_areas,
    contacts: service.contacts,
    phones: service.phones,
    attributes: [],
  };
}
