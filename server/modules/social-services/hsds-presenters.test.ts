import { describe, expect, it } from 'vitest';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { InstitutionRow } from '../institutions';
import { placeOf, presentLocation, presentOrganizationBase } from './hsds-organization.presenter';
import { presentHsdsPage } from './hsds-page.presenter';
import { hsdsStatusOf } from './hsds-service.presenter';

const voivodeship = {
  code: '06',
  level: 'voivodeship',
  name: 'LUBELSKIE',
  displayName: 'lubelskie',
  cityWithPowiatRights: false,
} as const;
const powiat = {
  code: '0605',
  level: 'powiat',
  name: 'janowski',
  displayName: 'janowski',
  cityWithPowiatRights: false,
} as const;
const gmina: TerritorialUnitSummary = {
  code: '0605053',
  level: 'gmina',
  name: 'Janów Lubelski',
  displayName: 'Janów Lubelski',
  cityWithPowiatRights: false,
  description: 'gmina miejsko-wiejska',
  gminaKind: 'urbanRural',
  parentCode: '0605',
  ancestors: [voivodeship, powiat],
};

const institution = (overrides: Partial<InstitutionRow> = {}) =>
  ({
    id: '0190f3a4-0000-7000-8000-000000000001',
    name: 'Fundacja Zielony Janów',
    type: 'pes',
    territoryCode: '0605053',
    street: 'ul. Kilińskiego',
    buildingNumber: '9',
    postalCode: '23-300',
    city: 'Janów Lubelski',
    nip: '9990000149',
    regon: null,
    krs: '0000999003',
    phone: null,
    email: null,
    website: null,
    shortName: null,
    pesLegalForm: 'foundation',
    status: 'active',
    ...overrides,
  }) as InstitutionRow;

describe('HSDS presenters', () => {
  it("names a unit's place from the unit up, in the request's language", () => {
    expect(placeOf(gmina, 'pl')).toBe('gmina Janów Lubelski, powiat janowski, województwo lubelskie');
    expect(placeOf(gmina, 'en')).toBe('Janów Lubelski municipality, janowski county, lubelskie voivodeship');
  });

  it('gives the seat an address only when the card has a whole one, and its TERYT unit always', () => {
    const full = presentLocation({ institution: institution(), territory: gmina });
    expect(full).toMatchObject({
      external_identifier: '0605053',
      external_identifier_type: 'TERYT',
      addresses: [{ address_1: 'ul. Kilińskiego 9', state_province: 'lubelskie', country: 'PL' }],
    });
    const village = presentLocation({
      institution: institution({ street: null, city: 'Łążek' }),
      territory: gmina,
    });
    expect(village.addresses?.[0]?.address_1).toBe('Łążek 9');
    const noPostcode = presentLocation({ institution: institution({ postalCode: null }), territory: gmina });
    expect(noPostcode.addresses).toEqual([]);
  });

  it('lists NIP, REGON and KRS as identifiers; only KRS carries an org-id.guide scheme', () => {
    const organization = presentOrganizationBase({ institution: institution(), territory: gmina }, 'pl');
    expect(
      organization.organization_identifiers.map((i) => [i.identifier_type, i.identifier_scheme]),
    ).toEqual([
      ['NIP', undefined],
      ['KRS', 'PL-KRS'],
    ]);
    expect(organization).toMatchObject({ tax_id: '9990000149', legal_status: 'Fundacja' });
  });

  it("maps an offering's status to HSDS; a deactivated institution's services are defunct", () => {
    const of = (
      status: 'active' | 'suspended' | 'ended',
      institutionStatus: 'active' | 'inactive' = 'active',
    ) =>
      hsdsStatusOf({
        offering: { status } as never,
        institution: institution({ status: institutionStatus }),
      });
    expect([of('active'), of('suspended'), of('ended'), of('active', 'inactive')]).toEqual([
      'active',
      'temporarily closed',
      'inactive',
      'defunct',
    ]);
  });

  it('pages as HSDS does: an empty result has no pages and is both first and last', () => {
    expect(presentHsdsPage([], 0, 1, 50)).toEqual({
      total_items: 0,
      total_pages: 0,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    });
    expect(presentHsdsPage(['a'], 3, 2, 1)).toMatchObject({
      total_pages: 3,
      first_page: false,
      last_page: false,
    });
  });
});
