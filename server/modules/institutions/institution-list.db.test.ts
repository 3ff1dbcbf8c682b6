import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstitutionListResponse, InstitutionView } from '../../../common/contracts/institutions';
import { buildInstitution, JANOW, LUBLIN } from '../../../tests/support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
let reader: Agent;
let admin: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const home = await buildInstitution(t.ctx, { name: 'Dom Czytelnika' });
  const member = await buildMember(t.ctx, home.id, 'evaluator');
  reader = await t.agent().signIn(member.email, DEFAULT_PASSWORD);
  const platformAdmin = await buildUser(t.ctx, { isPlatformAdmin: true });
  admin = await t.agent().signIn(platformAdmin.email, DEFAULT_PASSWORD);
});
afterAll(() => t.close());

const list = async (agent: Agent, query: string) => {
  const response = await agent.get(`/api/institutions?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<InstitutionListResponse>();
};
const names = (page: InstitutionListResponse) => page.items.map((i) => i.name);

describe('the registry list', () => {
  it('a stranger who is not signed in gets 401', async () => {
    expect((await t.agent().get('/api/institutions')).statusCode).toBe(401);
  });

  it('finds a name regardless of case and Polish diacritics, anywhere in the name', async () => {
    await buildInstitution(t.ctx, { name: 'Fundacja Łączy Nas Źródło' });
    expect(names(await list(reader, 'q=laczy%20nas%20zrodlo'))).toEqual(['Fundacja Łączy Nas Źródło']);
    expect(names(await list(reader, `q=${encodeURIComponent('ŁĄCZY')}`))).toEqual([
      'Fundacja Łączy Nas Źródło',
    ]);
    expect((await list(reader, 'q=%25')).items.every((i) => i.name.includes('%'))).toBe(true);
  });

  it('filters by several types at once', async () => {
    await buildInstitution(t.ctx, { name: 'Typowy OPS Kwarc', type: 'ops' });
    await buildInstitution(t.ctx, { name: 'Typowy PUP Kwarc', type: 'pup' });
    await buildInstitution(t.ctx, { name: 'Typowe NGO Kwarc', type: 'ngo' });
    expect(names(await list(reader, 'q=kwarc&type=ops,pup'))).toEqual([
      'Typowy OPS Kwarc',
      'Typowy PUP Kwarc',
    ]);
    expect(names(await list(reader, 'q=kwarc&type=ops&type=ngo'))).toEqual([
      'Typowe NGO Kwarc',
      'Typowy OPS Kwarc',
    ]);
  });

  it('filters by voivodeship, powiat and gmina; a gmina includes its town and rural area', async () => {
    await buildInstitution(t.ctx, { name: 'Teren Gmina Bazalt', territoryCode: JANOW.gmina });
    await buildInstitution(t.ctx, { name: 'Teren Miasto Bazalt', territoryCode: JANOW.town });
    await buildInstitution(t.ctx, {
      name: 'Teren Starostwo Bazalt',
      type: 'jstPowiat',
      territoryCode: JANOW.powiat,
    });
    await buildInstitution(t.ctx, { name: 'Teren Lublin Bazalt', territoryCode: LUBLIN.gmina });
    expect(names(await list(reader, `q=bazalt&gmina=${JANOW.gmina}`))).toEqual([
      'Teren Gmina Bazalt',
      'Teren Miasto Bazalt',
    ]);
    expect(names(await list(reader, `q=bazalt&powiat=${JANOW.powiat}`))).toEqual([
      'Teren Gmina Bazalt',
      'Teren Miasto Bazalt',
      'Teren Starostwo Bazalt',
    ]);
    expect((await list(reader, 'q=bazalt&voivodeship=06')).total).toBe(4);
    expect((await list(reader, 'q=bazalt&voivodeship=14')).total).toBe(0);
  });

  it('names the territory of each row: gmina, powiat and voivodeship', async () => {
    await buildInstitution(t.ctx, { name: 'Teren Nazwy Grafit', territoryCode: JANOW.town });
    const [row] = (await list(reader, 'q=nazwy%20grafit')).items;
    expect(row?.territory.code).toBe(JANOW.town);
    expect(row?.territory.level).toBe('gminaPart');
    expect(row?.territory.gmina).toEqual({ code: JANOW.gmina, name: 'Janów Lubelski' });
    expect(row?.territory.powiat).toEqual({ code: JANOW.powiat, name: 'janowski' });
    expect(row?.territory.voivodeship.name.toLowerCase()).toBe('lubelskie');
  });

  it('sorts by name both ways, by type, and by the latest change', async () => {
    const b = await buildInstitution(t.ctx, { name: 'Sort B Kreda', type: 'ngo' });
    await buildInstitution(t.ctx, { name: 'Sort A Kreda', type: 'pup' });
    await buildInstitution(t.ctx, { name: 'Sort C Kreda', type: 'ops' });
    expect(names(await list(reader, 'q=kreda'))).toEqual(['Sort A Kreda', 'Sort B Kreda', 'Sort C Kreda']);
    expect(names(await list(reader, 'q=kreda&sort=-name'))).toEqual([
      'Sort C Kreda',
      'Sort B Kreda',
      'Sort A Kreda',
    ]);
    // types sort in the order of the registry's type list: OPS, PUP, ..., NGO
    expect(names(await list(reader, 'q=kreda&sort=type'))).toEqual([
      'Sort C Kreda',
      'Sort A Kreda',
      'Sort B Kreda',
    ]);
    const renamed = await admin.patch(`/api/institutions/${b.id}`, { version: b.version, city: 'Janów' });
    expect(renamed.statusCode).toBe(200);
    expect(names(await list(reader, 'q=kreda&sort=-updatedAt'))[0]).toBe('Sort B Kreda');
  });

  it('pages through the results and reports the total under the filters', async () => {
    for (const n of [1, 2, 3, 4, 5]) await buildInstitution(t.ctx, { name: `Strona Marmur ${n}` });
    const first = await list(reader, 'q=marmur&pageSize=2');
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(names(first)).toEqual(['Strona Marmur 1', 'Strona Marmur 2']);
    expect(names(await list(reader, 'q=marmur&pageSize=2&page=3'))).toEqual(['Strona Marmur 5']);
    expect((await list(reader, 'q=marmur&pageSize=2&page=4')).items).toEqual([]);
  });

  it('leaves deactivated institutions out unless asked for them', async () => {
    const gone = await buildInstitution(t.ctx, { name: 'Zamknięta Łupek' });
    await buildInstitution(t.ctx, { name: 'Otwarta Łupek' });
    const deactivated = await admin.post(`/api/institutions/${gone.id}/deactivate`, { reason: 'Likwidacja' });
    expect(deactivated.statusCode).toBe(200);
    expect(names(await list(reader, 'q=lupek'))).toEqual(['Otwarta Łupek']);
    expect(names(await list(reader, 'q=lupek&status=inactive'))).toEqual(['Zamknięta Łupek']);
    expect((await list(reader, 'q=lupek&status=all')).total).toBe(2);
  });

  it('refuses an unknown filter value, naming the parameter', async () => {
    const response = await reader.get('/api/institutions?type=bank&powiat=12');
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toContain('type.0');
    expect(fields).toContain('powiat');
  });
});

describe("an institution's card", () => {
  it('any signed-in user reads any card, with the actions they may take', async () => {
    const other = await buildInstitution(t.ctx, { name: 'Karta Obca', type: 'owes' });
    const response = await reader.get(`/api/institutions/${other.id}`);
    expect(response.statusCode).toBe(200);
    const card = response.json<InstitutionView>();
    expect(card).toMatchObject({
      id: other.id,
      name: 'Karta Obca',
      type: 'owes',
      aksesNumber: 'AKSES/OWES/2024/1',
      aksesValidUntil: '2027-12-31',
      status: 'active',
      deactivation: null,
      version: 1,
      abilities: { update: false, deactivate: false },
    });
    expect(card.territory.gmina?.name).toBe('Janów Lubelski');
    const asAdmin = await admin.get(`/api/institutions/${other.id}`);
    expect(asAdmin.json().abilities).toEqual({ update: true, deactivate: true });
  });

  it('an unknown or malformed id answers 404', async () => {
    expect((await reader.get('/api/institutions/0190f3a4-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await reader.get('/api/institutions/not-a-uuid')).statusCode).toBe(404);
  });

  it('a stranger gets 401', async () => {
    const other = await buildInstitution(t.ctx);
    expect((await t.agent().get(`/api/institutions/${other.id}`)).statusCode).toBe(401);
  });
});
