import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InitiativeListResponse, InitiativeView } from '../../../common/contracts/pes-initiatives';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { catalogueType } from '../../../tests/support/factories/social-services';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { findInstitutionById } from '../institutions';

let t: TestApp;
let ids: { gmina: string; owes: string; pup: string; otherOwes: string; serviceType: string };
let owesCoordinator: Agent;
let pupManager: Agent;
let gminaOfficial: Agent;
let otherOwes: Agent;
let owesCaseWorker: Agent;
let admin: Agent;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) =>
  t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);

const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'person', name: `Osoba ${String.fromCharCode(65 + i)}.` }));

beforeAll(async () => {
  t = await createTestApp();
  ids = {
    gmina: (await buildInstitution(t.ctx, { type: 'jstGmina' })).id,
    owes: (await buildInstitution(t.ctx, { type: 'owes', name: 'OWES Testowy' })).id,
    pup: (await buildInstitution(t.ctx, { type: 'pup' })).id,
    otherOwes: (await buildInstitution(t.ctx, { type: 'owes', name: 'OWES Inny' })).id,
    serviceType: (await catalogueType(t.ctx, 'uslugi-opiekuncze')).id,
  };
  owesCoordinator = await signIn(ids.owes, 'coordinator');
  owesCaseWorker = await signIn(ids.owes, 'caseWorker');
  pupManager = await signIn(ids.pup, 'manager');
  gminaOfficial = await signIn(ids.gmina, 'official');
  otherOwes = await signIn(ids.otherOwes, 'institutionAdmin');
  admin = await t.agent().signIn((await buildUser(t.ctx, { isPlatformAdmin: true })).email, DEFAULT_PASSWORD);
});
afterAll(() => t.close());

const start = (agent: Agent, overrides: Record<string, unknown> = {}) =>
  agent.post('/api/pes-initiatives', {
    name: 'Spółdzielnia Socjalna Razem',
    legalForm: 'socialCooperative',
    jstInstitutionId: ids.gmina,
    owesInstitutionId: ids.owes,
    pupInstitutionId: ids.pup,
    serviceTypeIds: [ids.serviceType],
    plannedCommission: 'Usługi opiekuńcze 2027, konkurs ofert',
    founders: people(3),
    ...overrides,
  });

let initiative: InitiativeView;

describe('an initiative group founding a social cooperative', () => {
  it('the OWES starts it in the JST’s territory; the founders check shows it is short of 5', async () => {
    const response = await start(owesCoordinator);
    expect(response.statusCode).toBe(201);
    initiative = response.json<InitiativeView>();
    expect(initiative).toMatchObject({
      state: 'forming',
      jst: { id: ids.gmina },
      owes: { id: ids.owes, name: 'OWES Testowy' },
      territory: { code: JANOW.gmina },
      serviceTypes: [{ id: ids.serviceType }],
      foundersCheck: { minimumPersons: 5, minimumLegalPersons: 2, persons: 3, met: false },
      abilities: { update: true, advance: true, register: false, abandon: true },
    });
    expect(await auditRowsOf(t.database.db, initiative.id, 'pesInitiative.create')).toHaveLength(1);
  });

  it('refuses full last names of founders, a JST that is not a gmina or powiat, an unknown service', async () => {
    const response = await start(owesCoordinator, {
      founders: [{ kind: 'person', name: 'Anna Kowalska' }],
      jstInstitutionId: ids.pup,
      serviceTypeIds: ['0190f3a4-0000-7000-8000-000000000000'],
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toMatchObject({ 'founders.0.name': 'pesInitiative.founderNameFormat' });
    const server = await start(owesCoordinator, {
      serviceTypeIds: ['0190f3a4-0000-7000-8000-000000000000'],
      jstInstitutionId: ids.pup,
    });
    expect(fieldsOf(server)).toEqual({
      jstInstitutionId: 'pesInitiative.jstRequired',
      serviceTypeIds: 'pesInitiative.serviceTypeUnknown',
    });
  });

  it('an OWES starts initiatives only in its own name (403), the JST not at all', async () => {
    expect((await start(otherOwes)).statusCode).toBe(403);
    expect((await start(gminaOfficial)).statusCode).toBe(403);
    expect((await start(owesCaseWorker)).statusCode).toBe(403);
  });

  it('founders below the legal minimum: moving on is refused with the form and its minimum', async () => {
    const response = await owesCoordinator.post(`/api/pes-initiatives/${initiative.id}/advance`, {
      version: initiative.version,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ founders: 'pesInitiative.foundersBelowMinimum.socialCooperative' });
    const message = (response.json() as { error: { fields: { message: string }[] } }).error.fields[0]!
      .message;
    expect(message).toContain('5');
    expect(message).toMatch(/[Ss]półdzielni/);
  });

  it('five founders, the path and the support are recorded; then it moves to preparing', async () => {
    const response = await owesCoordinator.patch(`/api/pes-initiatives/${initiative.id}`, {
      version: initiative.version,
      founders: [...people(5), { kind: 'person', name: 'Jan N.', role: 'prezes' }],
      steps: [
        { kind: 'recruitment', title: 'Nabór uczestników', date: '2026-01-10', status: 'done' },
        { kind: 'training', title: 'Szkolenie: ekonomia społeczna', date: '2026-02-01' },
      ],
      support: [
        { kind: 'advice', institutionId: ids.owes, date: '2026-01-15' },
        { kind: 'labourFundGrant', institutionId: ids.pup, amount: '25 000,00', date: '2026-03-01' },
      ],
    });
    expect(response.statusCode).toBe(200);
    initiative = response.json<InitiativeView>();
    expect(initiative.foundersCheck).toMatchObject({ persons: 6, met: true });
    expect(initiative.support[1]).toMatchObject({
      kind: 'labourFundGrant',
      amount: 2_500_000,
      institution: { id: ids.pup },
    });
    expect(initiative.steps[1]).toMatchObject({ status: 'planned' });
    const advanced = await pupManager.post(`/api/pes-initiatives/${initiative.id}/advance`, {
      version: initiative.version,
    });
    expect(advanced.statusCode).toBe(200);
    initiative = advanced.json<InitiativeView>();
    expect(initiative.state).toBe('preparing');
  });

  it('a stale version answers 409; founders cannot drop below the minimum once preparing', async () => {
    const stale = await owesCoordinator.patch(`/api/pes-initiatives/${initiative.id}`, {
      version: 1,
      name: 'X',
    });
    expect(stale.statusCode).toBe(409);
    const fewer = await owesCoordinator.patch(`/api/pes-initiatives/${initiative.id}`, {
      version: initiative.version,
      founders: people(4),
    });
    expect(fewer.statusCode).toBe(400);
    expect(fieldsOf(fewer)).toEqual({ founders: 'pesInitiative.foundersBelowMinimum.socialCooperative' });
  });

  it('registering needs the statute; registration needs the KRS application and a valid KRS number', async () => {
    const noStatute = await owesCoordinator.post(`/api/pes-initiatives/${initiative.id}/advance`, {
      version: initiative.version,
    });
    expect(fieldsOf(noStatute)).toEqual({ statuteAdoptedOn: 'pesInitiative.statuteRequired' });
    initiative = (
      await owesCoordinator.patch(`/api/pes-initiatives/${initiative.id}`, {
        version: initiative.version,
        statuteAdoptedOn: '2026-04-01',
      })
    ).json<InitiativeView>();
    initiative = (
      await owesCoordinator.post(`/api/pes-initiatives/${initiative.id}/advance`, {
        version: initiative.version,
      })
    ).json<InitiativeView>();
    expect(initiative.state).toBe('registering');
    const badKrs = await owesCoordinator.post(`/api/pes-initiatives/${initiative.id}/register`, {
      version: initiative.version,
      krsNumber: '12345',
      registeredOn: '2026-06-01',
    });
    expect(fieldsOf(badKrs)).toEqual({ krsNumber: 'field.krsFormat' });
    const noApplication = await owesCoordinator.post(`/api/pes-initiatives/${initiative.id}/register`, {
      version: initiative.version,
      krsNumber: '0000998877',
      registeredOn: '2026-06-01',
    });
    expect(fieldsOf(noApplication)).toEqual({ krsAppliedOn: 'pesInitiative.krsApplicationRequired' });
  });

  it('registration creates the PES in the registry, linked from the initiative, which is then closed', async () => {
    initiative = (
      await owesCoordinator.patch(`/api/pes-initiatives/${initiative.id}`, {
        version: initiative.version,
        krsAppliedOn: '2026-04-15',
      })
    ).json<InitiativeView>();
    const response = await owesCoordinator.post(`/api/pes-initiatives/${initiative.id}/register`, {
      version: initiative.version,
      krsNumber: '0000998877',
      registeredOn: '2026-06-01',
    });
    expect(response.statusCode).toBe(200);
    initiative = response.json<InitiativeView>();
    expect(initiative).toMatchObject({
      state: 'registered',
      krsNumber: '0000998877',
      registeredInstitution: { name: 'Spółdzielnia Socjalna Razem' },
      abilities: { update: false, register: false, abandon: false },
    });
    const pes = await findInstitutionById(t.database.db, initiative.registeredInstitution!.id);
    expect(pes).toMatchObject({
      type: 'pes',
      krs: '0000998877',
      pesLegalForm: 'socialCooperative',
      territoryCode: JANOW.gmina,
    });
    expect(await auditRowsOf(t.database.db, pes!.id, 'institution.create')).toHaveLength(1);
    expect(await auditRowsOf(t.database.db, initiative.id, 'pesInitiative.register')).toHaveLength(1);
    const again = await owesCoordinator.patch(`/api/pes-initiatives/${initiative.id}`, {
      version: initiative.version,
      name: 'Po rejestracji',
    });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('pesInitiative.closed');
  });
});

describe('who sees an initiative', () => {
  it('its OWES, PUP, JST and the platform admin read it (the founders read is logged); another OWES gets 404', async () => {
    for (const agent of [owesCoordinator, pupManager, gminaOfficial, admin])
      expect((await agent.get(`/api/pes-initiatives/${initiative.id}`)).statusCode).toBe(200);
    expect(
      (await gminaOfficial.get(`/api/pes-initiatives/${initiative.id}`)).json<InitiativeView>().founders,
    ).toHaveLength(6);
    expect(
      (await auditRowsOf(t.database.db, initiative.id, 'pesInitiative.read')).length,
    ).toBeGreaterThanOrEqual(4);
    expect((await otherOwes.get(`/api/pes-initiatives/${initiative.id}`)).statusCode).toBe(404);
    expect(
      (
        await otherOwes.post(`/api/pes-initiatives/${initiative.id}/abandon`, {
          version: 1,
          reason: 'Intruz',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the JST reads but does not lead it (403)', async () => {
    const other = (
      await start(owesCoordinator, { name: 'Fundacja Start', legalForm: 'foundation' })
    ).json<InitiativeView>();
    const refused = await gminaOfficial.post(`/api/pes-initiatives/${other.id}/abandon`, {
      version: other.version,
      reason: 'Nie',
    });
    expect(refused.statusCode).toBe(403);
    const abandoned = await owesCoordinator.post(`/api/pes-initiatives/${other.id}/abandon`, {
      version: other.version,
      reason: 'Grupa się rozpadła',
    });
    expect(abandoned.json<InitiativeView>()).toMatchObject({
      state: 'abandoned',
      abandonReason: 'Grupa się rozpadła',
    });
  });

  it('lists only visible initiatives, without founders, filtered by state, OWES, territory and name', async () => {
    const own = (await owesCoordinator.get('/api/pes-initiatives')).json<InitiativeListResponse>();
    expect(own.total).toBe(2);
    expect(own.canCreate).toBe(true);
    expect(own.items.every((i) => i.founders === null)).toBe(true);
    expect((await otherOwes.get('/api/pes-initiatives')).json<InitiativeListResponse>().total).toBe(0);
    // A member of the gmina office holds no OWES or PUP: it follows initiatives but starts none.
    const jstAdmin = await signIn(ids.gmina, 'institutionAdmin');
    expect((await jstAdmin.get('/api/pes-initiatives')).json<InitiativeListResponse>().canCreate).toBe(false);
    const registered = (
      await gminaOfficial.get('/api/pes-initiatives?state=registered')
    ).json<InitiativeListResponse>();
    expect(registered.items.map((i) => i.name)).toEqual(['Spółdzielnia Socjalna Razem']);
    expect(registered.canCreate).toBe(false);
    expect(
      (
        await admin.get(`/api/pes-initiatives?owesInstitutionId=${ids.otherOwes}`)
      ).json<InitiativeListResponse>().total,
    ).toBe(0);
    expect(
      (await admin.get('/api/pes-initiatives?territory=0605&q=fundacja')).json<InitiativeListResponse>()
        .total,
    ).toBe(1);
    expect(
      (await admin.get('/api/pes-initiatives?territory=1465')).json<InitiativeListResponse>().total,
    ).toBe(0);
  });
});

describe('a simple association and handing a group over', () => {
  it('a simple association is registered by the starosta: a KRS number is refused, none is fine', async () => {
    let group = (
      await start(owesCoordinator, {
        name: 'Stowarzyszenie zwykłe Sąsiedzi',
        legalForm: 'simpleAssociation',
        statuteAdoptedOn: '2026-02-01',
      })
    ).json<InitiativeView>();
    expect(group.foundersCheck).toMatchObject({ minimumPersons: 3, met: true });
    group = (
      await owesCoordinator.post(`/api/pes-initiatives/${group.id}/advance`, { version: group.version })
    ).json();
    group = (
      await owesCoordinator.post(`/api/pes-initiatives/${group.id}/advance`, { version: group.version })
    ).json();
    expect(group.state).toBe('registering');
    const withKrs = await owesCoordinator.post(`/api/pes-initiatives/${group.id}/register`, {
      version: group.version,
      krsNumber: '0000112233',
      registeredOn: '2026-03-01',
    });
    expect(fieldsOf(withKrs)).toEqual({ krsNumber: 'pesInitiative.krsNotApplicable' });
    const registered = await owesCoordinator.post(`/api/pes-initiatives/${group.id}/register`, {
      version: group.version,
      registeredOn: '2026-03-01',
    });
    expect(registered.statusCode).toBe(200);
    const pes = await findInstitutionById(
      t.database.db,
      registered.json<InitiativeView>().registeredInstitution!.id,
    );
    expect(pes).toMatchObject({
      type: 'pes',
      krs: null,
      pesLegalForm: 'association',
      socialEconomyStatus: false,
    });
  });

  it('the OWES may not hand the group to institutions it does not speak for (it would lose it)', async () => {
    const group = (await start(owesCoordinator, { name: 'Fundacja Przekazana' })).json<InitiativeView>();
    const away = await owesCoordinator.patch(`/api/pes-initiatives/${group.id}`, {
      version: group.version,
      owesInstitutionId: ids.otherOwes,
      pupInstitutionId: null,
    });
    expect(fieldsOf(away)).toEqual({ owesInstitutionId: 'pesInitiative.wouldLoseAccess' });
  });
});
