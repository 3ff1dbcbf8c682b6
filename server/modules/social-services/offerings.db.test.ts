import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferingListResponse, OfferingView } from '../../../common/contracts/service-offerings';
import { buildInstitution, JANOW, LUBLIN } from '../../../tests/support/factories/institutions';
import {
  buildOffering,
  buildServiceType,
  catalogueType,
} from '../../../tests/support/factories/social-services';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { retireServiceType } from './service-type.service';

let t: TestApp;
let cooperative: { id: string };
let other: { id: string };
let manager: Agent;
let coordinator: Agent;
let caseWorker: Agent;
let outsiderAdmin: Agent;
let admin: Agent;
let managerName: string;

beforeAll(async () => {
  t = await createTestApp();
  cooperative = await buildInstitution(t.ctx, { type: 'pes', name: 'Spółdzielnia Socjalna Razem' });
  other = await buildInstitution(t.ctx, { type: 'ngo', name: 'Fundacja Obok' });
  const m = await buildMember(t.ctx, cooperative.id, 'manager');
  managerName = m.displayName;
  manager = await t.agent().signIn(m.email, DEFAULT_PASSWORD);
  coordinator = await t
    .agent()
    .signIn((await buildMember(t.ctx, cooperative.id, 'coordinator')).email, DEFAULT_PASSWORD);
  caseWorker = await t
    .agent()
    .signIn((await buildMember(t.ctx, cooperative.id, 'caseWorker')).email, DEFAULT_PASSWORD);
  outsiderAdmin = await t
    .agent()
    .signIn((await buildMember(t.ctx, other.id, 'institutionAdmin')).email, DEFAULT_PASSWORD);
  admin = await t.agent().signIn((await buildUser(t.ctx, { isPlatformAdmin: true })).email, DEFAULT_PASSWORD);
});
afterAll(() => t.close());

const offer = async (agent: Agent, overrides: Record<string, unknown> = {}) =>
  agent.post('/api/social-services/offerings', {
    institutionId: cooperative.id,
    serviceTypeId: (await catalogueType(t.ctx, 'posilek')).id,
    territoryCode: JANOW.gmina,
    ...overrides,
  });

describe('adding an offering', () => {
  it("lets the institution's manager offer a catalogue service in a gmina, and logs it for the institution", async () => {
    const response = await offer(manager, { description: 'Obiady z dowozem', phone: '+48 15 800 11 22' });
    expect(response.statusCode).toBe(201);
    const offering = response.json<OfferingView>();
    expect(offering).toMatchObject({
      institution: { id: cooperative.id, name: 'Spółdzielnia Socjalna Razem' },
      serviceType: { code: 'posilek', area: { name: 'Pomoc społeczna' } },
      territory: { code: JANOW.gmina, level: 'gmina' },
      status: 'active',
      hsdsPath: `/api/hsds/services/${offering.id}`,
      abilities: { update: true, end: true },
    });
    const [audit] = await auditRowsOf(t.ctx.db, offering.id, 'serviceOffering.create');
    expect(audit).toMatchObject({ institutionId: cooperative.id, actorName: managerName });
  });

  it('lets a coordinator add one too, but not a case worker, nor another institution', async () => {
    const type = await catalogueType(t.ctx, 'uslugi-opiekuncze');
    expect((await offer(coordinator, { serviceTypeId: type.id })).statusCode).toBe(201);
    expect(
      (await offer(caseWorker, { serviceTypeId: type.id, territoryCode: JANOW.powiat })).statusCode,
    ).toBe(403);
    expect(
      (await offer(outsiderAdmin, { serviceTypeId: type.id, territoryCode: JANOW.powiat })).statusCode,
    ).toBe(403);
  });

  it('names each wrong field: required ones, an unknown unit, an unknown institution', async () => {
    const empty = await manager.post('/api/social-services/offerings', {});
    expect(fieldsOf(empty)).toEqual({
      institutionId: 'field.required',
      serviceTypeId: 'field.required',
      territoryCode: 'field.required',
    });
    expect(fieldsOf(await offer(manager, { territoryCode: '0699999' }))).toEqual({
      territoryCode: 'field.tercUnknown',
    });
    expect(fieldsOf(await offer(manager, { territoryCode: '06-05' }))).toEqual({
      territoryCode: 'field.tercCode',
    });
    expect(fieldsOf(await offer(manager, { email: 'nie-email' }))).toEqual({ email: 'field.email' });
    expect(fieldsOf(await offer(admin, { institutionId: '0190f3a4-0000-7000-8000-000000000000' }))).toEqual({
      institutionId: 'socialService.institutionUnknown',
    });
  });

  it('refuses a second current offering of the same type in the same unit, and a retired type', async () => {
    expect(fieldsOf(await offer(manager))).toEqual({ serviceTypeId: 'socialService.offeringExists' });
    const type = await buildServiceType(t.ctx);
    await retireServiceType(t.ctx, type.id, { reason: 'Wycofana', version: type.version });
    expect(fieldsOf(await offer(manager, { serviceTypeId: type.id }))).toEqual({
      serviceTypeId: 'socialService.typeRetired',
    });
  });
});

describe('changing and ending an offering', () => {
  it('suspends an offering at the version read; a stale change answers 409 with the offering as it is', async () => {
    const offering = await buildOffering(t.ctx, cooperative.id, { territoryCode: LUBLIN.gmina });
    const suspended = await manager.patch(`/api/social-services/offerings/${offering.id}`, {
      status: 'suspended',
      version: 1,
    });
    expect(suspended.json<OfferingView>()).toMatchObject({ status: 'suspended', version: 2 });
    const stale = await manager.patch(`/api/social-services/offerings/${offering.id}`, {
      contactName: 'Ktoś',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      stale.json<{ error: { details: { current: OfferingView } } }>().error.details.current.version,
    ).toBe(2);
    const [audit] = await auditRowsOf(t.ctx.db, offering.id, 'serviceOffering.update');
    expect(audit?.changes).toEqual({ status: { before: 'active', after: 'suspended' } });
  });

  it("refuses another institution's change with 403 and leaves the offering as it was", async () => {
    const offering = await buildOffering(t.ctx, cooperative.id, { territoryCode: JANOW.powiat });
    const refused = await outsiderAdmin.patch(`/api/social-services/offerings/${offering.id}`, {
      description: 'Przejęte',
      version: 1,
    });
    expect(refused.statusCode).toBe(403);
    const card = (
      await outsiderAdmin.get(`/api/social-services/offerings/${offering.id}`)
    ).json<OfferingView>();
    expect(card).toMatchObject({ description: null, abilities: { update: false, end: false } });
  });

  it('ends an offering only with a reason; an ended one is history that nobody changes', async () => {
    const type = await catalogueType(t.ctx, 'schronienie');
    const offering = await buildOffering(t.ctx, cooperative.id, { serviceTypeId: type.id });
    const noReason = await manager.post(`/api/social-services/offerings/${offering.id}/end`, { version: 1 });
    expect(fieldsOf(noReason)).toEqual({ reason: 'field.required' });
    const ended = await manager.post(`/api/social-services/offerings/${offering.id}/end`, {
      reason: 'Koniec umowy z gminą',
      version: 1,
    });
    expect(ended.json<OfferingView>()).toMatchObject({
      status: 'ended',
      end: { reason: 'Koniec umowy z gminą', byName: managerName },
      abilities: { update: false, end: false },
    });
    const change = await manager.patch(`/api/social-services/offerings/${offering.id}`, {
      description: 'Wznowienie',
      version: 2,
    });
    expect(errorCode(change)).toBe('socialService.offeringEnded');
    // The unit is free again for a new offering of the same type.
    expect((await offer(manager, { serviceTypeId: type.id })).statusCode).toBe(201);
  });
});

describe('the list of offerings', () => {
  it("shows an institution's current offerings and whether the actor may add one", async () => {
    const own = (
      await manager.get(`/api/social-services/offerings?institutionId=${cooperative.id}&pageSize=100`)
    ).json<OfferingListResponse>();
    expect(own.abilities.create).toBe(true);
    expect(own.items.every((o) => o.institution.id === cooperative.id && o.status !== 'ended')).toBe(true);
    const seen = (
      await outsiderAdmin.get(`/api/social-services/offerings?institutionId=${cooperative.id}`)
    ).json<OfferingListResponse>();
    expect(seen.abilities.create).toBe(false);
    expect(seen.total).toBe(own.total);
  });

  it('filters by unit (a powiat covers its gminas), area, type name, and status', async () => {
    const inPowiat = (
      await caseWorker.get(`/api/social-services/offerings?territory=${JANOW.powiat}&pageSize=100`)
    ).json<OfferingListResponse>();
    expect(inPowiat.items.length).toBeGreaterThan(0);
    expect(inPowiat.items.every((o) => o.territory.code.startsWith(JANOW.powiat))).toBe(true);
    const meals = (
      await caseWorker.get('/api/social-services/offerings?q=posilku')
    ).json<OfferingListResponse>();
    expect(meals.items.map((o) => o.serviceType.code)).toEqual(['posilek']);
    const ended = (
      await caseWorker.get('/api/social-services/offerings?status=ended')
    ).json<OfferingListResponse>();
    expect(ended.items.map((o) => o.status)).toEqual(['ended']);
    const area = (await catalogueType(t.ctx, 'zlobek')).areaId;
    expect(
      (await caseWorker.get(`/api/social-services/offerings?areaId=${area}`)).json<OfferingListResponse>()
        .total,
    ).toBe(0);
  });
});
