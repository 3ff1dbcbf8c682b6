import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TerritorialUnitChildrenResponse,
  TerritorialUnitListResponse,
  TerritorialUnitSummary,
  TerritorialUnitView,
} from '../../../common/contracts/territory';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
let member: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const institution = await buildInstitution(t.ctx);
  const caseWorker = await buildMember(t.ctx, institution.id, 'caseWorker');
  member = await t.agent().signIn(caseWorker.email, DEFAULT_PASSWORD);
});
afterAll(() => t.close());

const list = async (query: string) => {
  const response = await member.get(`/api/territory/units?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TerritorialUnitListResponse>();
};

/** "gmina Janów Lubelski < janowski < lubelskie", as a person reads a search result. */
const pathOf = (unit: TerritorialUnitSummary) =>
  [unit.displayName, ...unit.ancestors.map((a) => a.displayName).reverse()].join(' < ');

describe('searching the TERYT register', () => {
  it('finds Janów Lubelski from "janow lub", without Polish letters or capitals, with its full path', async () => {
    const page = await list('q=janow%20lub');
    const gmina = page.items.find((u) => u.level === 'gmina');
    expect(gmina).toMatchObject({
      code: '0605053',
      name: 'Janów Lubelski',
      description: 'gmina miejsko-wiejska',
      gminaKind: 'urbanRural',
      parentCode: '0605',
    });
    expect(gmina?.ancestors).toEqual([
      {
        code: '06',
        level: 'voivodeship',
        name: 'LUBELSKIE',
        displayName: 'lubelskie',
        cityWithPowiatRights: false,
      },
      {
        code: '0605',
        level: 'powiat',
        name: 'janowski',
        displayName: 'janowski',
        cityWithPowiatRights: false,
      },
    ]);
    expect(page.items.map((u) => `${u.code} ${u.gminaKind}`)).toEqual([
      '0605053 urbanRural',
      '0605054 town',
      '0605055 ruralArea',
    ]);
    expect(pathOf(page.items[1]!)).toBe('Janów Lubelski < Janów Lubelski < janowski < lubelskie');
  });

  it('matches every word anywhere in the name, so word order and hyphens do not matter', async () => {
    const page = await list('q=krowodrza%20KRAKÓW');
    expect(page.items.map((u) => u.code)).toEqual(['1261029']);
    expect(page.items[0]?.ancestors.map((a) => a.code)).toEqual(['12', '1261', '1261011']);
  });

  it('puts the exact name first, then names that begin with the query, then the rest; higher levels first', async () => {
    const page = await list('q=lubelski');
    expect(page.items.map((u) => u.code)).toEqual([
      '0609',
      '06',
      '0605053',
      '0612053',
      '0608103',
      '0618011',
      '0618112',
      '0605054',
      '0605055',
      '0612054',
      '0612055',
      '0608104',
      '0608105',
    ]);
  });

  it('finds units by the start of their TERYT code, in code order', async () => {
    const page = await list('q=0605');
    // the powiat, its 7 gminas, and the town and rural area of each of its 2 urban-rural gminas
    expect(page.total).toBe(1 + 7 + 2 * 2);
    expect(page.items[0]).toMatchObject({ code: '0605', level: 'powiat', name: 'janowski' });
    expect(page.items.map((u) => u.code)).toEqual([...page.items.map((u) => u.code)].sort());
  });

  it('filters by level, one or several, so a picker can offer only gminas or powiats and gminas', async () => {
    const gminas = await list('q=janow%20lubelski&level=gmina');
    expect(gminas.items.map((u) => u.code)).toEqual(['0605053']);
    const both = await list('q=janow&level=powiat,gmina&pageSize=100');
    expect(new Set(both.items.map((u) => u.level))).toEqual(new Set(['powiat', 'gmina']));
    expect(both.items.map((u) => u.code)).toContain('0605');
    const repeated = await list('q=janow&level=powiat&level=gmina&pageSize=100');
    expect(repeated.total).toBe(both.total);
  });

  it('lists the units directly under a parent', async () => {
    const page = await list('parent=06&pageSize=100');
    expect(page.total).toBe(24);
    expect(page.items.every((u) => u.level === 'powiat' && u.parentCode === '06')).toBe(true);
  });

  it('pages through the results and tells the total, for the pager', async () => {
    const all = await list('level=voivodeship&pageSize=100');
    expect(all.total).toBe(16);
    const first = await list('level=voivodeship&pageSize=5');
    const last = await list('level=voivodeship&pageSize=5&page=4');
    expect(first).toMatchObject({ total: 16, page: 1, pageSize: 5 });
    expect(first.items.map((u) => u.code)).toEqual(all.items.slice(0, 5).map((u) => u.code));
    expect(last.items.map((u) => u.code)).toEqual(all.items.slice(15).map((u) => u.code));
    expect(all.items[0]).toMatchObject({ name: 'DOLNOŚLĄSKIE', displayName: 'dolnośląskie' });
  });

  it('finds nothing, with a total of 0, for a name no unit has', async () => {
    expect(await list('q=atlantyda')).toMatchObject({ items: [], total: 0 });
  });

  it('treats LIKE wildcards in the query as plain characters', async () => {
    expect((await list('q=%25')).total).toBe(0);
    expect((await list('q=_')).total).toBe(0);
  });
});

describe('a unit and the units below it', () => {
  it("a gmina's card names its voivodeship and powiat and counts its parts", async () => {
    const response = await member.get('/api/territory/units/0605053');
    expect(response.statusCode).toBe(200);
    const unit = response.json<TerritorialUnitView>();
    expect(unit).toMatchObject({
      code: '0605053',
      level: 'gmina',
      name: 'Janów Lubelski',
      validOn: '2024-01-01',
      childrenCount: 2,
      descendantCounts: { powiat: 0, gmina: 0, gminaPart: 2 },
    });
    expect(unit.ancestors.map((a) => a.code)).toEqual(['06', '0605']);
  });

  it("a voivodeship's card counts its powiats, gminas and their parts", async () => {
    const unit = (await member.get('/api/territory/units/06')).json<TerritorialUnitView>();
    expect(unit).toMatchObject({ displayName: 'lubelskie', ancestors: [], childrenCount: 24 });
    expect(unit.descendantCounts.powiat).toBe(24);
    expect(unit.descendantCounts.gmina).toBe(213);
  });

  it('Warsaw is a city with powiat rights whose gmina holds its 18 districts', async () => {
    const powiat = (await member.get('/api/territory/units/1465')).json<TerritorialUnitView>();
    expect(powiat).toMatchObject({ cityWithPowiatRights: true, childrenCount: 1 });
    const districts = (
      await member.get('/api/territory/units/1465011/children')
    ).json<TerritorialUnitChildrenResponse>();
    expect(districts.items).toHaveLength(18);
    expect(districts.items.every((d) => d.gminaKind === 'district')).toBe(true);
    expect(districts.items[0]?.ancestors.map((a) => a.displayName)).toEqual([
      'mazowieckie',
      'Warszawa',
      'Warszawa',
    ]);
  });

  it('lists the children of a powiat in name order, the gminas with their kinds', async () => {
    const response = await member.get('/api/territory/units/0605/children');
    expect(response.statusCode).toBe(200);
    const items = response.json<TerritorialUnitChildrenResponse>().items;
    expect(items.map((u) => u.name)).toEqual([
      'Batorz',
      'Chrzanów',
      'Dzwola',
      'Godziszów',
      'Janów Lubelski',
      'Modliborzyce',
      'Potok Wielki',
    ]);
    expect(items.find((u) => u.name === 'Modliborzyce')?.gminaKind).toBe('urbanRural');
  });

  it('a part of a gmina has no children, and says so with an empty list', async () => {
    const response = await member.get('/api/territory/units/0605054/children');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [] });
  });
});

describe('what the register answers when it cannot', () => {
  it('a stranger is asked to sign in on every territory route', async () => {
    for (const url of [
      '/api/territory/units?q=lublin',
      '/api/territory/units/06',
      '/api/territory/units/06/children',
    ]) {
      const response = await t.agent().get(url);
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    }
  });

  it('a signed-in user who belongs to no institution is refused', async () => {
    const loner = await buildUser(t.ctx);
    const agent = await t.agent().signIn(loner.email, DEFAULT_PASSWORD);
    expect((await agent.get('/api/territory/units')).statusCode).toBe(403);
  });

  it.each([
    ['level=city', 'level'],
    ['level=gmina,town', 'level'],
    ['parent=6a', 'parent'],
    ['pageSize=500', 'pageSize'],
    ['page=0', 'page'],
    [`q=${'x'.repeat(101)}`, 'q'],
    ['sort=name', 'sort'],
  ])('a bad query (%s) answers 400 naming the field %s', async (query, field) => {
    const response = await member.get(`/api/territory/units?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toEqual([field]);
  });

  it.each([
    ['an unknown code', '9999'],
    ['a malformed code', 'lublin'],
  ])('%s answers 404 for the unit and for its children', async (_what, code) => {
    expect((await member.get(`/api/territory/units/${code}`)).statusCode).toBe(404);
    expect((await member.get(`/api/territory/units/${code}/children`)).statusCode).toBe(404);
  });
});
