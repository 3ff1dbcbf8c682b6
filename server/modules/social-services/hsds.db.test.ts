import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  HsdsOrganization,
  HsdsPage,
  HsdsService,
  HsdsServiceSummary,
} from '../../../common/contracts/hsds';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { buildOffering, catalogueType } from '../../../tests/support/factories/social-services';
import { hsdsPageProblems, hsdsProblems, hsdsRootProblems } from '../../../tests/support/hsds-schemas';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { endOffering } from './offering.service';

let t: TestApp;
/** Nobody signs in: the directory is open data. */
let anyone: Agent;
let provider: { id: string; name: string };
let silent: { id: string };
let meals: { id: string };
let ended: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  anyone = t.agent();
  provider = await buildInstitution(t.ctx, {
    type: 'pes',
    name: 'Spółdzielnia Socjalna Smaki Roztocza',
    shortName: 'Smaki Roztocza',
    street: 'ul. Lubelska',
    buildingNumber: '18',
    email: 'biuro@smaki.example',
    phone: '+48 15 800 00 21',
    website: 'https://smaki.example',
    krs: '0000999111',
  });
  silent = await buildInstitution(t.ctx, { name: 'Stowarzyszenie bez usług' });
  meals = await buildOffering(t.ctx, provider.id, {
    serviceTypeId: (await catalogueType(t.ctx, 'posilek')).id,
    contactName: 'Anna Kucharska',
    email: 'obiady@smaki.example',
    description: 'Dowóz obiadów na terenie gminy.',
  });
  ended = await buildOffering(t.ctx, provider.id, { territoryCode: JANOW.powiat });
  await endOffering(t.ctx, ended.id, { reason: 'Koniec umowy', version: 1 });
});
afterAll(() => t.close());

const get = async <T>(url: string, locale = 'pl') => {
  const response = await anyone.get(url, { 'x-locale': locale });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json<T>();
};

describe('the HSDS directory', () => {
  it('answers its root as the HSDS OpenAPI defines it', async () => {
    const root = await get('/api/hsds');
    expect(hsdsRootProblems(root)).toEqual([]);
    expect(root).toMatchObject({ version: '3.1', openapi_url: 'http://localhost/api/docs/json' });
  });

  it('lists services a page at a time, each valid against the HSDS list schema, and fully nested on request', async () => {
    const page = await get<HsdsPage<HsdsServiceSummary>>(`/api/hsds/services?organization_id=${provider.id}`);
    expect(hsdsPageProblems('service_list', page)).toEqual([]);
    expect(page).toMatchObject({ total_items: 2, total_pages: 1, page_number: 1, size: 2, first_page: true });
    const full = await get(`/api/hsds/services?organization_id=${provider.id}&full=true`);
    expect(hsdsPageProblems('service', full)).toEqual([]);

    const second = await get<HsdsPage<HsdsServiceSummary>>(
      `/api/hsds/services?organization_id=${provider.id}&per_page=1&page=2`,
    );
    expect(second).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 2,
      size: 1,
      first_page: false,
      last_page: true,
      empty: false,
    });
    expect(hsdsPageProblems('service_list', second)).toEqual([]);
  });

  it('gives a fully nested service: its organization, location with TERYT, area served, contact and terms', async () => {
    const service = await get<HsdsService>(`/api/hsds/services/${meals.id}`);
    expect(hsdsProblems('service', service)).toEqual([]);
    expect(service).toMatchObject({
      name: 'Przygotowanie i wydawanie posiłku',
      status: 'active',
      email: 'obiady@smaki.example',
      organization: {
        id: provider.id,
        tax_id: expect.any(String),
        organization_identifiers: expect.arrayContaining([
          expect.objectContaining({
            identifier_type: 'KRS',
            identifier_scheme: 'PL-KRS',
            identifier: '0000999111',
          }),
        ]),
      },
      service_areas: [{ extent: JANOW.gmina, extent_type: 'teryt', name: 'gmina Janów Lubelski' }],
      contacts: [{ name: 'Anna Kucharska' }],
    });
    expect(service.description).toContain('Dowóz obiadów');
    const location = service.service_at_locations[0]!.location;
    expect(location).toMatchObject({ external_identifier: JANOW.gmina, external_identifier_type: 'TERYT' });
    expect(location.addresses).toEqual([
      expect.objectContaining({ address_1: 'ul. Lubelska 18', postal_code: '23-300', country: 'PL' }),
    ]);
    expect(service.attributes.map((a) => a.taxonomy_term.code)).toEqual(['pomoc-spoleczna', 'posilek']);
  });

  it('keeps an ended offering as an inactive service, so a client that syncs learns of it', async () => {
    const service = await get<HsdsService>(`/api/hsds/services/${ended.id}`);
    expect(service.status).toBe('inactive');
    expect(hsdsProblems('service', service)).toEqual([]);
  });

  it('filters services by search, taxonomy term, taxonomy and modification time', async () => {
    const bySearch = await get<HsdsPage<HsdsServiceSummary>>('/api/hsds/services?search=smaki roztocza');
    expect(bySearch.contents.map((s) => s.id).sort()).toEqual([meals.id, ended.id].sort());
    const area = (await catalogueType(t.ctx, 'posilek')).areaId;
    const byArea = await get<HsdsPage<HsdsServiceSummary>>(`/api/hsds/services?taxonomy_term_id=${area}`);
    expect(byArea.contents.map((s) => s.id)).toContain(meals.id);
    const childcare = (await catalogueType(t.ctx, 'zlobek')).id;
    const none = await get(`/api/hsds/services?taxonomy_term_id=${childcare}&organization_id=${provider.id}`);
    expect(none).toMatchObject({ total_items: 0, total_pages: 0, size: 0, empty: true, contents: [] });
    expect(hsdsPageProblems('service_list', none)).toEqual([]);
    const otherTaxonomy = await get<HsdsPage<unknown>>(`/api/hsds/services?taxonomy_id=${silent.id}`);
    expect(otherTaxonomy.total_items).toBe(0);
    const future = await get<HsdsPage<unknown>>('/api/hsds/services?modified_after=2999-01-01T00:00:00Z');
    expect(future.total_items).toBe(0);
  });

  it('lists as organizations only institutions that offer something, and nests their services', async () => {
    const page = await get<HsdsPage<{ id: string }>>('/api/hsds/organizations?per_page=200');
    expect(hsdsPageProblems('organization_list', page)).toEqual([]);
    const ids = page.contents.map((o) => o.id);
    expect(ids).toContain(provider.id);
    expect(ids).not.toContain(silent.id);
    expect((await anyone.get(`/api/hsds/organizations/${silent.id}`)).statusCode).toBe(404);

    const organization = await get<HsdsOrganization>(`/api/hsds/organizations/${provider.id}`);
    expect(hsdsProblems('organization', organization)).toEqual([]);
    expect(organization.services.map((s) => s.id).sort()).toEqual([meals.id, ended.id].sort());
    const nested = await get(`/api/hsds/organizations/${provider.id}?full_service=true`);
    expect(hsdsProblems('organization', nested)).toEqual([]);
    const fullPage = await get(`/api/hsds/organizations?search=smaki&full=true`);
    expect(hsdsPageProblems('organization', fullPage)).toEqual([]);
  });

  it('describes organizations in the language of the request', async () => {
    const pl = await get<HsdsOrganization>(`/api/hsds/organizations/${provider.id}`);
    expect(pl.description).toBe(
      'Podmiot ekonomii społecznej (PES) — gmina Janów Lubelski, powiat janowski, województwo lubelskie',
    );
    const en = await get<HsdsOrganization>(`/api/hsds/organizations/${provider.id}`, 'en');
    expect(en.description).toContain('Janów Lubelski municipality');
  });

  it('answers service_at_location records, listed and fully nested', async () => {
    const page = await get<HsdsPage<{ id: string; service_id: string }>>(
      `/api/hsds/service_at_locations?organization_id=${provider.id}`,
    );
    expect(hsdsPageProblems('service_at_location_list', page)).toEqual([]);
    const full = await get(`/api/hsds/service_at_locations?organization_id=${provider.id}&full=true`);
    expect(hsdsPageProblems('service_at_location', full)).toEqual([]);
    const one = page.contents.find((s) => s.service_id === meals.id)!;
    const record = await get(`/api/hsds/service_at_locations/${one.id}`);
    expect(hsdsProblems('service_at_location', record)).toEqual([]);
  });

  it('publishes the catalogue as one taxonomy: areas as top terms, service types below them', async () => {
    const taxonomies = await get<HsdsPage<{ id: string; name: string }>>('/api/hsds/taxonomies');
    expect(hsdsPageProblems('taxonomy', taxonomies)).toEqual([]);
    const [taxonomy] = taxonomies.contents;
    expect(taxonomy?.name).toBe('kooperacja-uslugi-spoleczne');
    expect(hsdsProblems('taxonomy', await get(`/api/hsds/taxonomies/${taxonomy!.id}`))).toEqual([]);

    const top = await get<HsdsPage<{ id: string; code: string; parent_id?: string }>>(
      '/api/hsds/taxonomy_terms?top_only=true',
    );
    expect(hsdsPageProblems('taxonomy_term', top)).toEqual([]);
    expect(top.total_items).toBe(5);
    const care = top.contents.find((term) => term.code === 'pomoc-spoleczna')!;
    const below = await get<HsdsPage<{ code: string; parent_id: string }>>(
      `/api/hsds/taxonomy_terms?parent_id=${care.id}&per_page=100`,
    );
    expect(below.contents.map((term) => term.code)).toContain('posilek');
    expect(below.contents.every((term) => term.parent_id === care.id)).toBe(true);
    const term = await get(`/api/hsds/taxonomy_terms/${(await catalogueType(t.ctx, 'zlobek')).id}`);
    expect(hsdsProblems('taxonomy_term', term)).toEqual([]);
    const all = await get('/api/hsds/taxonomy_terms?search=zlobek');
    expect(hsdsPageProblems('taxonomy_term', all)).toEqual([]);
  });

  it('answers 404 for an unknown or malformed id and 400 for a wrong paging parameter', async () => {
    for (const url of [
      '/api/hsds/services/0190f3a4-0000-7000-8000-000000000000',
      '/api/hsds/services/nie-ma',
      '/api/hsds/service_at_locations/nie-ma',
      '/api/hsds/taxonomies/nie-ma',
      '/api/hsds/taxonomy_terms/0190f3a4-0000-7000-8000-000000000000',
    ])
      expect((await anyone.get(url)).statusCode, url).toBe(404);
    expect((await anyone.get('/api/hsds/services?per_page=0')).statusCode).toBe(400);
    expect((await anyone.get('/api/hsds/services?format=ndjson')).statusCode).toBe(400);
  });
});
