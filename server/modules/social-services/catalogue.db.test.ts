import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ServiceAreaListResponse,
  ServiceAreaView,
  ServiceTypeListResponse,
  ServiceTypeView,
} from '../../../common/contracts/social-services';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildQualification, catalogueType } from '../../../tests/support/factories/social-services';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { ensureCatalogueLoaded } from './catalogue-load';

let t: TestApp;
let admin: Agent;
let institutionAdmin: Agent;
let evaluator: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const rops = await buildInstitution(t.ctx, { type: 'rops' });
  const platformAdmin = await buildUser(t.ctx, { isPlatformAdmin: true });
  admin = await t.agent().signIn(platformAdmin.email, DEFAULT_PASSWORD);
  const ropsAdmin = await buildMember(t.ctx, rops.id, 'institutionAdmin');
  institutionAdmin = await t.agent().signIn(ropsAdmin.email, DEFAULT_PASSWORD);
  const ropsEvaluator = await buildMember(t.ctx, rops.id, 'evaluator');
  evaluator = await t.agent().signIn(ropsEvaluator.email, DEFAULT_PASSWORD);
});
afterAll(() => t.close());

const newType = async (overrides: Record<string, unknown> = {}) => {
  const area = (await catalogueType(t.ctx)).areaId;
  return {
    areaId: area,
    name: 'Asystencja osobista osoby z niepełnosprawnością',
    description: 'Wsparcie w czynnościach dnia codziennego i w aktywności społecznej.',
    recipients: 'Osoby z orzeczoną niepełnosprawnością.',
    deliveryUnit: 'godzina usługi',
    legalBasis: ['Ustawa z dnia 12 marca 2004 r. o pomocy społecznej'],
    organisationalResources: ['Koordynator asystentów'],
    technicalResources: ['Telefon kontaktowy'],
    ...overrides,
  };
};

describe('the bundled catalogue', () => {
  it('holds the five areas of seed 003, each with the acts it rests on', async () => {
    const areas = (
      await evaluator.get('/api/social-services/areas?pageSize=100')
    ).json<ServiceAreaListResponse>();
    expect(areas.items.map((a) => a.code).sort()).toEqual(
      [
        'ochrona-zdrowia',
        'opieka-nad-dziecmi-do-lat-3',
        'pomoc-spoleczna',
        'promocja-zatrudnienia',
        'zatrudnienie-socjalne',
      ].sort(),
    );
    const legal = Object.fromEntries(areas.items.map((a) => [a.code, a.legalBasis.join(' | ')]));
    expect(legal['pomoc-spoleczna']).toContain('12 marca 2004 r. o pomocy społecznej');
    expect(legal['zatrudnienie-socjalne']).toContain('13 czerwca 2003 r. o zatrudnieniu socjalnym');
    expect(legal['opieka-nad-dziecmi-do-lat-3']).toContain('o opiece nad dziećmi w wieku do lat 3');
    expect(legal['ochrona-zdrowia']).toContain('o ochronie zdrowia psychicznego');
    expect(legal['promocja-zatrudnienia']).toContain('o rynku pracy i służbach zatrudnienia');
    for (const area of areas.items) expect(area.activeTypeCount, area.code).toBeGreaterThan(0);
  });

  it("gives every service type a standard card: recipients, unit, legal basis and its staff's qualifications", async () => {
    const type = await catalogueType(t.ctx, 'uslugi-opiekuncze');
    const card = (await evaluator.get(`/api/social-services/types/${type.id}`)).json<ServiceTypeView>();
    expect(card).toMatchObject({
      area: { code: 'pomoc-spoleczna' },
      deliveryUnit: 'godzina usługi',
      status: 'active',
      abilities: { update: false, retire: false },
    });
    expect(card.legalBasis[0]).toContain('Art. 50');
    expect(card.recipients.length).toBeGreaterThan(20);
    expect(card.organisationalResources.length).toBeGreaterThan(0);
    expect(card.technicalResources.length).toBeGreaterThan(0);
    expect(card.qualifications.map((q) => q.code)).toContain('opiekunka-srodowiskowa');
  });

  it('is loaded once: a second load adds nothing and keeps what an administrator changed', async () => {
    const type = await catalogueType(t.ctx, 'posilek');
    const changed = await admin.patch(`/api/social-services/types/${type.id}`, {
      deliveryUnit: 'posiłek dwudaniowy',
      version: type.version,
    });
    expect(changed.statusCode).toBe(200);
    expect(await ensureCatalogueLoaded(t.ctx.db)).toBeNull();
    expect((await catalogueType(t.ctx, 'posilek')).deliveryUnit).toBe('posiłek dwudaniowy');
  });
});

describe('reading the catalogue', () => {
  it('is open to every signed-in role and closed to a stranger', async () => {
    expect((await evaluator.get('/api/social-services/types')).statusCode).toBe(200);
    expect((await evaluator.get('/api/social-services/qualifications')).statusCode).toBe(200);
    expect((await t.agent().get('/api/social-services/types')).statusCode).toBe(401);
  });

  it('finds types by name without Polish letters, by area and by qualification, a page at a time', async () => {
    const found = (
      await evaluator.get('/api/social-services/types?q=opiekuncze')
    ).json<ServiceTypeListResponse>();
    expect(found.items.map((i) => i.code)).toContain('uslugi-opiekuncze');
    expect(found.items.every((i) => i.name.toLowerCase().includes('opiekuńcze'))).toBe(true);

    const childcare = (await catalogueType(t.ctx, 'zlobek')).areaId;
    const inArea = (
      await evaluator.get(`/api/social-services/types?areaId=${childcare}`)
    ).json<ServiceTypeListResponse>();
    expect(inArea.items.map((i) => i.code).sort()).toEqual(['dzienny-opiekun', 'klub-dzieciecy', 'zlobek']);

    const psychologist = (await evaluator.get('/api/social-services/qualifications?q=psycholog')).json<{
      items: { id: string; code: string }[];
    }>().items[0]!;
    const needing = (
      await evaluator.get(`/api/social-services/types?qualificationId=${psychologist.id}`)
    ).json<ServiceTypeListResponse>();
    expect(needing.items.map((i) => i.code)).toContain('reintegracja-w-cis');

    const page = (
      await evaluator.get('/api/social-services/types?pageSize=5&page=2')
    ).json<ServiceTypeListResponse>();
    expect(page).toMatchObject({ page: 2, pageSize: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(10);
  });

  it('answers 404 for an unknown or malformed id, like a record that does not exist', async () => {
    for (const url of [
      '/api/social-services/types/0190f3a4-0000-7000-8000-000000000000',
      '/api/social-services/types/nie-ma',
      '/api/social-services/areas/nie-ma',
      '/api/social-services/qualifications/0190f3a4-0000-7000-8000-000000000000',
    ])
      expect((await evaluator.get(url)).statusCode, url).toBe(404);
  });
});

describe('extending the catalogue', () => {
  it('lets the platform administrator add a service type with its qualifications, and logs it', async () => {
    const qualification = await buildQualification(t.ctx, 'Asystent osobisty');
    const response = await admin.post(
      '/api/social-services/types',
      await newType({ qualificationIds: [qualification.id] }),
    );
    expect(response.statusCode).toBe(201);
    const card = response.json<ServiceTypeView>();
    expect(card).toMatchObject({
      code: 'asystencja-osobista-osoby-z-niepelnosprawnoscia',
      qualifications: [{ id: qualification.id, name: 'Asystent osobisty' }],
      abilities: { update: true, retire: true },
      version: 1,
    });
    const [audit] = await auditRowsOf(t.ctx.db, card.id, 'serviceType.create');
    expect(audit?.changes).toMatchObject({
      name: { before: null, after: card.name },
      qualificationIds: { before: null, after: [qualification.id] },
    });
  });

  it('refuses a ROPS or OWES administrator: the catalogue is one national standard', async () => {
    expect((await institutionAdmin.post('/api/social-services/types', await newType())).statusCode).toBe(403);
    expect(
      (
        await institutionAdmin.post('/api/social-services/qualifications', {
          name: 'Kwalifikacja regionalna',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('names every missing or wrong field, in the language of the request', async () => {
    const empty = await admin.post('/api/social-services/types', { legalBasis: [] });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty)).toMatchObject({
      areaId: 'field.required',
      name: 'field.required',
      description: 'field.required',
      recipients: 'field.required',
      deliveryUnit: 'field.required',
      legalBasis: 'field.required',
    });
    expect(empty.json<{ error: { fields: { message: string }[] } }>().error.fields[0]?.message).toBe(
      'To pole jest wymagane.',
    );
    const english = await admin.post('/api/social-services/types', {}, { 'x-locale': 'en' });
    expect(english.json<{ error: { message: string } }>().error.message).toBe('Correct the marked fields.');

    const unknownArea = await admin.post(
      '/api/social-services/types',
      await newType({
        areaId: '0190f3a4-0000-7000-8000-000000000000',
        name: 'Usługa bez obszaru',
        code: 'Zły kod',
      }),
    );
    expect(fieldsOf(unknownArea)).toEqual({ code: 'field.catalogueCode' });
    const noArea = await admin.post(
      '/api/social-services/types',
      await newType({ areaId: '0190f3a4-0000-7000-8000-000000000000', code: 'uslugi-opiekuncze' }),
    );
    expect(fieldsOf(noArea)).toEqual({
      code: 'socialService.codeTaken',
      areaId: 'socialService.areaUnknown',
    });
  });

  it('keeps a card at the version its editor read: a stale change answers 409 with the card as it is', async () => {
    const created = (
      await admin.post('/api/social-services/types', await newType({ name: 'Usługa do edycji' }))
    ).json<ServiceTypeView>();
    const first = await admin.patch(`/api/social-services/types/${created.id}`, {
      recipients: 'Seniorzy',
      version: 1,
    });
    expect(first.json<ServiceTypeView>().version).toBe(2);
    const stale = await admin.patch(`/api/social-services/types/${created.id}`, { name: 'Nowa', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(
      stale.json<{ error: { details: { current: ServiceTypeView } } }>().error.details.current,
    ).toMatchObject({
      recipients: 'Seniorzy',
      version: 2,
    });
    const [audit] = await auditRowsOf(t.ctx.db, created.id, 'serviceType.update');
    expect(audit?.changes).toEqual({ recipients: { before: created.recipients, after: 'Seniorzy' } });
  });

  it('retires a type with a reason instead of deleting it, and can bring it back', async () => {
    const created = (
      await admin.post('/api/social-services/types', await newType({ name: 'Usługa wycofywana' }))
    ).json<ServiceTypeView>();
    const noReason = await admin.post(`/api/social-services/types/${created.id}/retire`, {
      reason: '',
      version: 1,
    });
    expect(fieldsOf(noReason)).toEqual({ reason: 'field.required' });
    const retired = await admin.post(`/api/social-services/types/${created.id}/retire`, {
      reason: 'Zastąpiona nowym standardem',
      version: 1,
    });
    expect(retired.json<ServiceTypeView>()).toMatchObject({
      status: 'retired',
      retirement: { reason: 'Zastąpiona nowym standardem' },
      abilities: { retire: false },
    });
    const active = (
      await evaluator.get('/api/social-services/types?q=wycofywana')
    ).json<ServiceTypeListResponse>();
    expect(active.total).toBe(0);
    const all = (
      await evaluator.get('/api/social-services/types?q=wycofywana&status=retired')
    ).json<ServiceTypeListResponse>();
    expect(all.items.map((i) => i.id)).toEqual([created.id]);
    const again = await admin.post(`/api/social-services/types/${created.id}/retire`, {
      reason: 'Jeszcze raz',
      version: 2,
    });
    expect(errorCode(again)).toBe('socialService.alreadyRetired');
    const back = await admin.post(`/api/social-services/types/${created.id}/reinstate`, { version: 2 });
    expect(back.json<ServiceTypeView>()).toMatchObject({ status: 'active', retirement: null, version: 3 });
  });

  it('manages the qualifications catalogue: add, rename, retire; a retired one cannot be put on a card', async () => {
    const created = await admin.post('/api/social-services/qualifications', {
      name: 'Opiekun wytchnieniowy',
      description: 'Szkolenie z opieki wytchnieniowej',
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: string }>();
    const renamed = await admin.patch(`/api/social-services/qualifications/${id}`, {
      name: 'Opiekun w opiece wytchnieniowej',
      version: 1,
    });
    expect(renamed.json<{ name: string; version: number }>()).toMatchObject({ version: 2 });
    const retired = await admin.post(`/api/social-services/qualifications/${id}/retire`, {
      reason: 'Włączony do innej kwalifikacji',
      version: 2,
    });
    expect(retired.json<{ status: string }>().status).toBe('retired');
    const refused = await admin.post(
      '/api/social-services/types',
      await newType({ qualificationIds: [id], name: 'Opieka wytchnieniowa' }),
    );
    expect(fieldsOf(refused)).toEqual({ qualificationIds: 'socialService.qualificationUnknown' });
  });
});

describe('the areas of the catalogue', () => {
  const area = {
    name: 'Ekonomia społeczna',
    description: 'Usługi zlecane podmiotom ekonomii społecznej.',
    legalBasis: ['Ustawa z dnia 5 sierpnia 2022 r. o ekonomii społecznej'],
  };

  it('the platform administrator adds an area with a code made from its name; others may not', async () => {
    expect((await institutionAdmin.post('/api/social-services/areas', area)).statusCode).toBe(403);
    const empty = await admin.post('/api/social-services/areas', { code: 'Zły kod', legalBasis: [''] });
    expect(fieldsOf(empty)).toEqual({
      code: 'field.catalogueCode',
      name: 'field.required',
      description: 'field.required',
      'legalBasis.0': 'field.required',
    });
    const created = await admin.post('/api/social-services/areas', area);
    expect(created.statusCode).toBe(201);
    expect(created.json<ServiceAreaView>()).toMatchObject({
      code: 'ekonomia-spoleczna',
      activeTypeCount: 0,
      abilities: { update: true },
    });
    expect(
      (
        await evaluator.get(`/api/social-services/areas/${created.json<ServiceAreaView>().id}`)
      ).json<ServiceAreaView>().abilities,
    ).toEqual({ update: false });
  });

  it('changes an area at the version its editor read, logs what changed, and answers a stale change with 409', async () => {
    const { id } = (
      await admin.post('/api/social-services/areas', { ...area, name: 'Obszar do zmiany' })
    ).json<ServiceAreaView>();
    expect(
      (await institutionAdmin.patch(`/api/social-services/areas/${id}`, { name: 'Cudzy', version: 1 }))
        .statusCode,
    ).toBe(403);
    const blank = await admin.patch(`/api/social-services/areas/${id}`, { legalBasis: [], version: 1 });
    expect(fieldsOf(blank)).toEqual({ legalBasis: 'field.required' });
    const changed = await admin.patch(`/api/social-services/areas/${id}`, {
      description: 'Usługi zlecane PES, w tym spółdzielniom socjalnym.',
      version: 1,
    });
    expect(changed.json<ServiceAreaView>()).toMatchObject({ version: 2, name: 'Obszar do zmiany' });
    const stale = await admin.patch(`/api/social-services/areas/${id}`, { name: 'Nowa nazwa', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(
      stale.json<{ error: { details: { current: ServiceAreaView } } }>().error.details.current,
    ).toMatchObject({ version: 2, description: 'Usługi zlecane PES, w tym spółdzielniom socjalnym.' });
    const [audit] = await auditRowsOf(t.ctx.db, id, 'serviceArea.update');
    expect(audit?.changes).toEqual({
      description: { before: area.description, after: 'Usługi zlecane PES, w tym spółdzielniom socjalnym.' },
    });
  });
});
