import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstitutionView } from '../../../common/contracts/institutions';
import type { MembershipRole } from '../../../common/enums';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { institutions } from './institution.table';

let t: TestApp;
let platformAdmin: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const user = await buildUser(t.ctx, { isPlatformAdmin: true, displayName: 'Anna Administratorka' });
  platformAdmin = await t.agent().signIn(user.email, DEFAULT_PASSWORD);
});
afterAll(() => t.close());

/** A signed-in member of the institution with the role. */
async function memberOf(institutionId: string, role: MembershipRole): Promise<Agent> {
  const member = await buildMember(t.ctx, institutionId, role, { displayName: `Członek ${role}` });
  return t.agent().signIn(member.email, DEFAULT_PASSWORD);
}

const auditOf = (id: string, action: string) => auditRowsOf(t.ctx.db, id, action);

describe('changing an institution', () => {
  it("the institution's administrator and manager change its facts; the version moves on", async () => {
    const home = await buildInstitution(t.ctx, { name: 'Zmiana Własna' });
    const adminAgent = await memberOf(home.id, 'institutionAdmin');
    const first = await adminAgent.patch(`/api/institutions/${home.id}`, {
      version: 1,
      phone: '+48 15 872 00 00',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ phone: '+48 15 872 00 00', version: 2 });
    const manager = await memberOf(home.id, 'manager');
    const second = await manager.patch(`/api/institutions/${home.id}`, {
      version: 2,
      name: 'Zmiana Własna II',
    });
    expect(second.json()).toMatchObject({ name: 'Zmiana Własna II', version: 3 });
  });

  it('a case worker of the institution, and the administrator of another, may read but not change it: 403', async () => {
    const home = await buildInstitution(t.ctx);
    const caseWorker = await memberOf(home.id, 'caseWorker');
    expect(
      (await caseWorker.patch(`/api/institutions/${home.id}`, { version: 1, city: 'X' })).statusCode,
    ).toBe(403);
    const elsewhere = await buildInstitution(t.ctx);
    const otherAdmin = await memberOf(elsewhere.id, 'institutionAdmin');
    expect((await otherAdmin.get(`/api/institutions/${home.id}`)).statusCode).toBe(200);
    expect(
      (await otherAdmin.patch(`/api/institutions/${home.id}`, { version: 1, city: 'X' })).statusCode,
    ).toBe(403);
  });

  it('a change made on a stale version answers 409 with the record as it is now', async () => {
    const home = await buildInstitution(t.ctx, { name: 'Wersja Pierwsza' });
    await platformAdmin.patch(`/api/institutions/${home.id}`, { version: 1, name: 'Wersja Druga' });
    const stale = await platformAdmin.patch(`/api/institutions/${home.id}`, {
      version: 1,
      name: 'Wersja Trzecia',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ name: 'Wersja Druga', version: 2 });
  });

  it('the audit log keeps the before and after of every changed field, and only those', async () => {
    const home = await buildInstitution(t.ctx, { name: 'Audyt Przed', city: 'Janów Lubelski' });
    await platformAdmin.patch(`/api/institutions/${home.id}`, {
      version: 1,
      name: 'Audyt Po',
      city: 'Janów Lubelski',
    });
    const [event] = await auditOf(home.id, 'institution.update');
    expect(event?.institutionId).toBe(home.id);
    expect(event?.changes).toEqual({ name: { before: 'Audyt Przed', after: 'Audyt Po' } });
  });

  it('a new type clears the facts it does not carry and demands its own', async () => {
    const owes = await buildInstitution(t.ctx, { type: 'owes' });
    const toPes = await platformAdmin.patch(`/api/institutions/${owes.id}`, { version: 1, type: 'pes' });
    expect(fieldsOf(toPes)).toEqual({
      pesLegalForm: 'field.required',
      socialEconomyStatus: 'field.required',
    });
    const toNgo = await platformAdmin.patch(`/api/institutions/${owes.id}`, { version: 1, type: 'ngo' });
    expect(toNgo.json()).toMatchObject({ type: 'ngo', aksesNumber: null, aksesValidUntil: null });
    const [event] = await auditOf(owes.id, 'institution.update');
    expect(event?.changes).toMatchObject({ aksesNumber: { before: 'AKSES/OWES/2024/1', after: null } });
  });

  it('a malformed id answers 404, an invalid change 400 naming the field', async () => {
    expect((await platformAdmin.patch('/api/institutions/42', { version: 1, city: 'X' })).statusCode).toBe(
      404,
    );
    const home = await buildInstitution(t.ctx);
    const bad = await platformAdmin.patch(`/api/institutions/${home.id}`, { version: 1, regon: '1' });
    expect(fieldsOf(bad)).toEqual({ regon: 'field.regonChecksum' });
    const noVersion = await platformAdmin.patch(`/api/institutions/${home.id}`, { city: 'X' });
    expect(fieldsOf(noVersion)).toEqual({ version: 'field.required' });
  });
});

describe('deactivating and reactivating', () => {
  it('needs a reason of a few words', async () => {
    const home = await buildInstitution(t.ctx);
    const response = await platformAdmin.post(`/api/institutions/${home.id}/deactivate`, {});
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ reason: 'field.required' });
    const short = await platformAdmin.post(`/api/institutions/${home.id}/deactivate`, { reason: ' ab ' });
    expect(fieldsOf(short)).toEqual({ reason: 'field.tooShort' });
    expect(short.json().error.fields[0].message).toBe('Za krótki tekst (minimum: 3 zn.).');
  });

  it("the institution's administrator deactivates it; who, when and why stay on the card", async () => {
    const home = await buildInstitution(t.ctx);
    const adminAgent = await memberOf(home.id, 'institutionAdmin');
    const response = await adminAgent.post(`/api/institutions/${home.id}/deactivate`, {
      reason: 'Połączenie z OPS',
    });
    expect(response.statusCode, response.body).toBe(200);
    const card = response.json<InstitutionView>();
    expect(card.status).toBe('inactive');
    expect(card.deactivation).toMatchObject({
      byName: 'Członek institutionAdmin',
      reason: 'Połączenie z OPS',
    });
    const [event] = await auditOf(home.id, 'institution.deactivate');
    expect(event?.changes).toMatchObject({
      status: { before: 'active', after: 'inactive' },
      deactivationReason: { before: null, after: 'Połączenie z OPS' },
    });
    expect(await t.ctx.db.select().from(institutions).where(eq(institutions.id, home.id))).toHaveLength(1);
  });

  it('a manager may edit but not deactivate the institution: 403', async () => {
    const home = await buildInstitution(t.ctx);
    const manager = await memberOf(home.id, 'manager');
    expect(
      (await manager.post(`/api/institutions/${home.id}/deactivate`, { reason: 'Bez powodu' })).statusCode,
    ).toBe(403);
  });

  it('deactivating twice is a conflict; a platform administrator brings it back', async () => {
    const home = await buildInstitution(t.ctx);
    await platformAdmin.post(`/api/institutions/${home.id}/deactivate`, { reason: 'Zawieszenie' });
    const again = await platformAdmin.post(`/api/institutions/${home.id}/deactivate`, {
      reason: 'Zawieszenie',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('institution.alreadyInactive');
    const back = await platformAdmin.post(`/api/institutions/${home.id}/reactivate`);
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ status: 'active', deactivation: null });
    expect(await auditOf(home.id, 'institution.reactivate')).toHaveLength(1);
  });

  it('an unknown institution answers 404', async () => {
    const unknown = '0190f3a4-0000-7000-8000-000000000000';
    expect(
      (await platformAdmin.post(`/api/institutions/${unknown}/deactivate`, { reason: 'Brak' })).statusCode,
    ).toBe(404);
    expect((await platformAdmin.post(`/api/institutions/${unknown}/reactivate`)).statusCode).toBe(404);
  });
});
