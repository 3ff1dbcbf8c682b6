import type { z } from 'zod';
import type {
  hsdsLocation,
  hsdsOrganizationBase,
  hsdsOrganizationSummary,
} from '../../../common/contracts/hsds';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Locale } from '../../../common/i18n';
import { t } from '../../platform/i18n';
import type { InstitutionRow } from '../institutions';
import { derivedId, locationIdOf, TERYT_TYPE } from './hsds-ids';

/** An institution with the path of its unit: what its HSDS organization is made of. */
export interface OrganizationSource {
  institution: InstitutionRow;
  territory: TerritorialUnitSummary;
}

/** HSDS strings are never null: a fact the platform lacks is left out. */
export const given = (value: string | null | undefined): string | undefined => value ?? undefined;

/** A unit as Polish names it: "gmina Janów Lubelski", "powiat janowski", "województwo lubelskie". */
export function unitName(
  unit: Pick<TerritorialUnitSummary, 'level' | 'displayName' | 'cityWithPowiatRights'>,
  locale: Locale,
): string {
  const key =
    unit.level === 'voivodeship'
      ? 'voivodeship'
      : unit.level === 'powiat'
        ? unit.cityWithPowiatRights
          ? 'cityPowiat'
          : 'powiat'
        : unit.level === 'gmina'
          ? 'gmina'
          : null;
  return key ? t(locale, `territory:label.${key}`, { name: unit.displayName }) : unit.displayName;
}

/** The unit and the units above it: "gmina Janów Lubelski, powiat janowski, województwo lubelskie". */
export const placeOf = (unit: TerritorialUnitSummary, locale: Locale): string =>
  [unit, ...[...unit.ancestors].reverse()].map((u) => unitName(u, locale)).join(', ');

const voivodeshipOf = (unit: TerritorialUnitSummary) =>
  unit.level === 'voivodeship'
    ? unit.displayName
    : (unit.ancestors.find((a) => a.level === 'voivodeship')?.displayName ?? unit.displayName);

export function presentOrganizationSummary(
  { institution, territory }: OrganizationSource,
  locale: Locale,
): z.infer<typeof hsdsOrganizationSummary> {
  return {
    id: institution.id,
    name: institution.name,
    alternate_name: given(institution.shortName),
    description: `${t(locale, `institutions:types.${institution.type}`)} — ${placeOf(territory, locale)}`,
    email: given(institution.email),
    website: given(institution.website),
    tax_id: given(institution.nip),
    legal_status: institution.pesLegalForm
      ? t(locale, `institutions:legalForms.${institution.pesLegalForm}`)
      : undefined,
  };
}

/**
 * The institution's seat as an HSDS location: its address when the card has a full one, and its
 * TERYT unit as the location's external identifier.
 */
export function presentLocation({
  institution,
  territory,
}: OrganizationSource): z.infer<typeof hsdsLocation> {
  const id = locationIdOf(institution.id);
  const line = institution.street
    ? [institution.street, institution.buildingNumber].filter(Boolean).join(' ')
    : institution.buildingNumber && institution.city
      ? `${institution.city} ${institution.buildingNumber}`
      : null;
  const address =
    line && institution.city && institution.postalCode
      ? {
          id: derivedId(institution.id, 'address'),
          location_id: id,
          address_1: line,
          city: institution.city,
          state_province: voivodeshipOf(territory),
          postal_code: institution.postalCode,
          country: 'PL',
          address_type: 'physical',
        }
      : null;
  return {
    id,
    location_type: 'physical',
    organization_id: institution.id,
    name: institution.name,
    external_identifier: institution.territoryCode,
    external_identifier_type: TERYT_TYPE,
    addresses: address ? [address] : [],
  };
}

/** NIP, REGON and KRS; only KRS has an org-id.guide scheme, the others are named by type alone. */
const identifierKinds = [
  { field: 'nip', type: 'NIP', scheme: undefined },
  { field: 'regon', type: 'REGON', scheme: undefined },
  { field: 'krs', type: 'KRS', scheme: 'PL-KRS' },
] as const;

export function presentOrganizationBase(
  source: OrganizationSource,
  locale: Locale,
): z.infer<typeof hsdsOrganizationBase> {
  const { institution } = source;
  return {
    ...presentOrganizationSummary(source, locale),
    phones: institution.phone
      ? [{ id: derivedId(institution.id, 'phone'), number: institution.phone, type: 'voice' }]
      : [],
    locations: [presentLocation(source)],
    organization_identifiers: identifierKinds.flatMap(({ field, type, scheme }) => {
      const value = institution[field];
      return value
        ? [
            {
              id: derivedId(institution.id, `identifier/${type}`),
              organization_id: institution.id,
              identifier_scheme: scheme,
              identifier_type: type,
              identifier: value,
            },
          ]
        : [];
    }),
  };
}
