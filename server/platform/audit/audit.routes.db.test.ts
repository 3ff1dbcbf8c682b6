import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventView } from '../../../common/contracts/audit';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
let platformAdmin: Agent;
let adminA: Agent;
let managerA: Agent;
let adminAId: string;
let institutionA: { id: string; name: string };
let institutionB: { id: string; name: string };

/** Today in Warsaw as yyyy-mm-dd, and its neighbours, for the date filters. */
const warsawDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(
    new Date(Date.now() + offsetDays * 864e5),
  );

beforeAll(async () => {
  t = await createTestApp();
  institutionA = await buildInstitution(t.ctx, { name: 'Ośrodek Pomocy Społecznej w Janowie', type: 'ops' });
  institutionB = await buildInstitution(t.ctx, { name: '=SUMA(1;2) Fundacja Spoza Gminy' });
  const memberA = await buildMember(t.ctx, institutionA.id, 'institutionAdmin', {
    displayName: 'Anna Kowalska',
  });
  adminAId = memberA.id;
  const memberB = await buildMember(t.ctx, institutionB.id, 'institutionAdmin', {
    displayName: 'Bogdan Nowak',
  });
  const manager = await buildMember(t.ctx, institutionA.id, 'manager');
  const root = await buildUser(t.ctx, { isPlatformAdmin: true });
  adminA = await t.agent().signIn(memberA.email, DEFAULT_PASSWORD);
  const adminB = await t.agent().signIn(memberB.email, DEFAULT_PASSWORD);
  managerA = await t.agent().signIn(manager.email, DEFAULT_PASSWORD);
  platformAdmin = await t.agent().signIn(root.email, DEFAULT_PASSWORD);

  const cardA = (await adminA.get(`/api/institutions/${institutionA.id}`)).json();
  const changedA = await adminA.patch(`/api/institutions/${institutionA.id}`, {
    city: 'Janów Lubelski (zmiana)',
    version: cardA.version,
  });
  expect(changedA.statusCode).toBe(200);
  const cardB = (await adminB.get(`/api/institutions/${institutionB.id}`)).json();
  await adminB.patch(`/api/institutions/${institutionB.id}`, { city: 'Biłgoraj', version: cardB.version });
});
afterAll(() => t.close());

const items = async (agent: Agent, query = '') => {
  const response = await agent.get(`/api/audit${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: AuditEventView[]; total: number; totalCapped: boolean }>();
};

describe('who may read the audit log', () => {
  it('a stranger gets 401 from the log and the export', async () => {
    expect((await t.agent().get('/api/audit')).statusCode).toBe(401);
    expect((await t.agent().get('/api/audit/export.csv')).statusCode).toBe(401);
  });

  it('a manager, who does not administer the institution, gets 403', async () => {
    expect((await managerA.get('/api/audit')).statusCode).toBe(403);
    expect((await managerA.get('/api/audit/export.csv')).statusCode).toBe(403);
  });

  it("an institution admin sees their institution's events and never another institution's", async () => {
    const page = await items(adminA, '?pageSize=100');
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((e) => e.institution?.id === institutionA.id)).toBe(true);
    const update = page.items.find((e) => e.action === 'institution.update');
    expect(update).toMatchObject({
      actor: { id: adminAId, name: 'Anna Kowalska' },
      institution: { id: institutionA.id, name: institutionA.name },
      entityType: 'institution',
      entityId: institutionA.id,
    });
    expect(update?.changes).toContainEqual({
      field: 'city',
      before: 'Janów Lubelski',
      after: 'Janów Lubelski (zmiana)',
    });
  });

  it("asking for another institution's events gives an empty list, not its data", async () => {
    const page = await items(adminA, `?institutionId=${institutionB.id}`);
    expect(page).toMatchObject({ items: [], total: 0 });
  });

  it('a platform admin sees every institution and the events of none (sign-ins)', async () => {
    const page = await items(platformAdmin, '?pageSize=100');
    const institutionIds = new Set(page.items.map((e) => e.institution?.id ?? null));
    expect(institutionIds).toContain(institutionA.id);
    expect(institutionIds).toContain(institutionB.id);
    expect(page.items.some((e) => e.action === 'auth.signIn' && e.institution === null)).toBe(true);
  });
});

describe('filters and pages', () => {
  it('narrows by institution, actor, action prefix and record', async () => {
    const ofB = await items(platformAdmin, `?institutionId=${institutionB.id}&pageSize=100`);
    expect(ofB.items.length).toBeGreaterThan(0);
    expect(ofB.items.every((e) => e.institution?.id === institutionB.id)).toBe(true);

    const byActor = await items(platformAdmin, `?actorId=${adminAId}`);
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((e) => e.actor.id === adminAId)).toBe(true);

    const institutionEvents = await items(platformAdmin, '?action=institution&pageSize=100');
    expect(institutionEvents.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['institution.create', 'institution.update']),
    );
    expect(institutionEvents.items.every((e) => e.action.startsWith('institution'))).toBe(true);

    const updates = await items(platformAdmin, '?action=institution.update');
    expect(new Set(updates.items.map((e) => e.action))).toEqual(new Set(['institution.update']));

    const record = await items(platformAdmin, `?entityType=institution&entityId=${institutionA.id}`);
    expect(record.items.map((e) => e.action).sort()).toEqual(['institution.create', 'institution.update']);
  });

  it('narrows by Warsaw calendar days, both ends inclusive', async () => {
    const today = warsawDay();
    expect((await items(platformAdmin, `?from=${today}&to=${today}`)).total).toBeGreaterThan(0);
    expect((await items(platformAdmin, `?from=${warsawDay(1)}`)).total).toBe(0);
    expect((await items(platformAdmin, `?to=${warsawDay(-1)}`)).total).toBe(0);
  });

  it('pages newest first with the total under the filters', async () => {
    const all = await items(platformAdmin, '?pageSize=100');
    const times = all.items.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    const second = await items(platformAdmin, '?pageSize=2&page=2');
    expect(second.total).toBe(all.total);
    expect(second.totalCapped).toBe(false);
    expect(second.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));
  });

  it.each([
    ['from=2025-03-02&to=2025-03-01', 'to'],
    ['from=2025-02-30', 'from'],
    ['actorId=someone', 'actorId'],
    ['institutionId=1', 'institutionId'],
    ['action=x%25', 'action'],
    ['sort=name', 'sort'],
    ['page=1001&pageSize=10', 'page'],
  ])('a bad query (%s) answers 400 naming %s', async (query, field) => {
    const response = await platformAdmin.get(`/api/audit?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
  });
});

type CsvRow = Record<string, string>;
const parseCsv = (body: string): CsvRow[] => parse(body, { delimiter: ';', bom: true, columns: true });

describe('CSV export', () => {
  it('is a semicolon CSV with a BOM and a Polish header, for Excel', async () => {
    const response = await adminA.get('/api/audit/export.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="dziennik-zdarzen-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const header = response.body.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe(
      'Czas (Europe/Warsaw);Osoba;Instytucja;Działanie;Kod działania;Rodzaj rekordu;Identyfikator rekordu;Zmiany;Dane osobowe;Identyfikator żądania',
    );
  });

  it("holds only the reader's institution, with Warsaw times and readable changes", async () => {
    const listed = await items(adminA, '?action=institution.update');
    const rows = parseCsv((await adminA.get('/api/audit/export.csv?action=institution')).body);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.Instytucja === institutionA.name)).toBe(true);
    const update = rows.find((r) => r['Kod działania'] === 'institution.update');
    expect(update).toMatchObject({
      Osoba: 'Anna Kowalska',
      Działanie: 'Zmiana danych instytucji',
      'Rodzaj rekordu': 'Instytucja',
      Zmiany: 'city: Janów Lubelski → Janów Lubelski (zmiana)',
      'Dane osobowe': 'Nie',
    });
    const expectedTime = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Warsaw',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(new Date(listed.items[0]!.occurredAt));
    expect(update?.['Czas (Europe/Warsaw)']).toBe(expectedTime);
  });

  it('speaks English when asked, and defuses cells Excel would run as formulas', async () => {
    const response = await platformAdmin.get(
      `/api/audit/export.csv?lang=en&institutionId=${institutionB.id}`,
    );
    const rows = parseCsv(response.body);
    expect(response.headers['content-disposition']).toContain('audit-log-');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.Institution === `'${institutionB.name}`)).toBe(true);
  });

  it('is recorded in the log as an export, with the filters, for the institution whose events it carried', async () => {
    await adminA.get('/api/audit/export.csv?action=institution.update');
    const exports = await items(adminA, '?action=audit.export');
    expect(exports.items[0]).toMatchObject({
      actor: { id: adminAId },
      institution: { id: institutionA.id },
      details: { filters: { action: 'institution.update' } },
    });
  });

  it("exports nothing of another institution's events when asked for them", async () => {
    const rows = parseCsv((await adminA.get(`/api/audit/export.csv?institutionId=${institutionB.id}`)).body);
    expect(rows).toEqual([]);
  });
});
