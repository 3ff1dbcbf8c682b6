import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentView, PersonListItem, PersonView } from '../../../common/contracts/beneficiaries';
import type { IssuedReferral, ReferralPage, ReferralView } from '../../../common/contracts/referrals';
import { buildPerson } from '../../../tests/support/factories/beneficiaries';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createScopeItem } from '../partnerships';

let t: TestApp;
let service: Awaited<ReturnType<typeof buildPartnership>>;
let ops: Agent;
let ngo: Agent;
let scopeItemId: string;

const inDays = (days: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const signIn = async (institutionId: string, role: 'caseWorker' | 'coordinator' = 'caseWorker') => {
  const member = await buildMember(t.ctx, institutionId, role);
  return t.agent().signIn(member.email, DEFAULT_PASSWORD);
};

/** A person of the service with a consent that opens identification to the NGO. */
let people = 0;
async function personWithConsent() {
  const person = await buildPerson(t.ctx, service.id, { lastName: `Wiśniewska-Żak ${++people}` });
  const consent = await ops.post(`/api/beneficiaries/${person.id}/consents`, {
    purpose: 'Usługi operatora partnerstwa',
    givenOn: '2025-01-10',
    form: 'inPerson',
    grants: [{ institutionId: service.ngo.id, categories: ['identification', 'socialSituation'] }],
  });
  expect(consent.statusCode).toBe(201);
  return { person, consent: consent.json<ConsentView>() };
}

const issue = async (personId: string, overrides: Record<string, unknown> = {}) => {
  const response = await ops.post(`/api/beneficiaries/${personId}/referrals`, {
    operatorInstitutionId: service.ngo.id,
    scopeItemIds: [scopeItemId],
    brief: 'Pani potrzebuje wsparcia w powrocie na rynek pracy; preferuje zajęcia rano.',
    useBy: inDays(14),
    ...overrides,
  });
  expect(response.statusCode).toBe(201);
  return response.json<IssuedReferral>();
};

beforeAll(async () => {
  t = await createTestApp();
  service = await buildPartnership(t.ctx);
  scopeItemId = (
    await createScopeItem(t.ctx, service.id, {
      instrument: 'vocationalCounselling',
      description: 'Doradztwo zawodowe – 6 spotkań',
      providerMemberIds: [service.members.ngo.id],
    })
  ).id;
  ops = await signIn(service.ops.id);
  ngo = await signIn(service.ngo.id, 'coordinator');
});
afterAll(() => t.close());

describe('the operator sees the person only through the code', () => {
  let person: Awaited<ReturnType<typeof buildPerson>>;
  let issued: IssuedReferral;

  it('the entry institution issues a referral; the code is grouped from the unambiguous alphabet and not stored', async () => {
    ({ person } = await personWithConsent());
    issued = await issue(person.id);
    expect(issued.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{5}-[ACDEFGHJKMNPQRTUVWXY34679]{5}$/);
    expect(issued.referral).toMatchObject({ state: 'issued', redeemed: false });
    expect(issued.referral.services.map((s) => s.id)).toEqual([scopeItemId]);
    const raw = await t.database.db.execute(sql`select * from referrals where id = ${issued.referral.id}`);
    const dump = JSON.stringify((raw as unknown as { rows: unknown[] }).rows);
    expect(dump).not.toContain(issued.code.replace('-', ''));
    const [audit] = await auditRowsOf(t.database.db, issued.referral.id, 'beneficiaries.referral.issue');
    expect(JSON.stringify(audit?.changes)).not.toContain(issued.code.replace('-', ''));
  });

  it('before the code the person does not exist for the operator, though a consent holds', async () => {
    expect((await ngo.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(404);
    expect((await ngo.get(`/api/beneficiaries/${person.id}/referrals`)).statusCode).toBe(404);
    expect((await ngo.get(`/api/referrals/${issued.referral.id}`)).statusCode).toBe(404);
    const list = (await ngo.get('/api/beneficiaries')).json<{ items: PersonListItem[] }>();
    expect(list.items.map((p) => p.id)).not.toContain(person.id);
  });

  it('the card PDF carries the code and Polish text; only with the right code', async () => {
    const wrong = await ops.post(`/api/referrals/${issued.referral.id}/card`, { code: 'ACDEF-GHJKM' });
    expect(wrong.statusCode).toBe(404);
    const card = await ops.post(`/api/referrals/${issued.referral.id}/card`, { code: issued.code });
    expect(card.statusCode).toBe(200);
    expect(card.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'referral-'));
    writeFileSync(join(dir, 'card.pdf'), card.rawPayload);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'card.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain(issued.code);
    expect(text).toContain('Wiśniewska-Żak');
    expect(text).toContain('Skierowanie do operatora usług');
    expect(text).toContain('Poradnictwo zawodowe');
    expect(
      (await ngo.post(`/api/referrals/${issued.referral.id}/card`, { code: issued.code })).statusCode,
    ).toBe(404);
  });

  it('a wrong code is refused with a 404 that says nothing; a malformed one with a field message', async () => {
    const wrong = await ngo.post('/api/referrals/redeem', { code: 'ACDEF-GHJKM' });
    expect(wrong.statusCode).toBe(404);
    expect(errorCode(wrong)).toBe('referral.codeInvalid');
    const malformed = await ngo.post('/api/referrals/redeem', { code: 'abc' });
    expect(malformed.statusCode).toBe(400);
    expect(fieldsOf(malformed)).toMatchObject({ code: 'referral.codeFormat' });
  });

  it('a user of another institution cannot use the code (same 404), the entry institution neither', async () => {
    const pup = await signIn(service.pup.id);
    expect((await pup.post('/api/referrals/redeem', { code: issued.code })).statusCode).toBe(404);
    expect((await ops.post('/api/referrals/redeem', { code: issued.code })).statusCode).toBe(404);
  });

  it('after the code (typed in lower case, without the dash) the operator sees the case; a second use is refused', async () => {
    const redeemed = await ngo.post('/api/referrals/redeem', {
      code: issued.code.replace('-', ' ').toLowerCase(),
    });
    expect(redeemed.statusCode).toBe(200);
    expect(redeemed.json<ReferralView>()).toMatchObject({
      state: 'issued',
      redeemed: true,
      person: { id: person.id, lastName: person.identification?.lastName },
      abilities: { accept: true, reject: true, revoke: false },
    });
    const seen = await ngo.get(`/api/beneficiaries/${person.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<PersonView>().categories.sort()).toEqual(['identification', 'socialSituation']);
    expect(seen.json<PersonView>().contact).toBeNull();
    const list = (await ngo.get('/api/beneficiaries')).json<{ items: PersonListItem[] }>();
    expect(list.items.map((p) => p.id)).toContain(person.id);
    expect((await ngo.post('/api/referrals/redeem', { code: issued.code })).statusCode).toBe(404);
    const [audit] = await auditRowsOf(t.database.db, issued.referral.id, 'beneficiaries.referral.redeem');
    expect(audit?.personalData).toBe(true);
    // The card cannot be printed once the code was used.
    expect(
      (await ops.post(`/api/referrals/${issued.referral.id}/card`, { code: issued.code })).statusCode,
    ).toBe(409);
  });

  it('the operator accepts, starts and completes; reading is logged; stale versions get 409', async () => {
    const url = `/api/referrals/${issued.referral.id}`;
    const read = await ngo.get(url);
    expect(read.statusCode).toBe(200);
    expect(
      (await auditRowsOf(t.database.db, issued.referral.id, 'beneficiaries.referral.read'))[0]?.personalData,
    ).toBe(true);
    const version = read.json<ReferralView>().version;
    expect((await ops.post(`${url}/accept`, { version })).statusCode).toBe(403);
    const accepted = await ngo.post(`${url}/accept`, { version });
    expect(accepted.json<ReferralView>()).toMatchObject({ state: 'accepted' });
    expect((await ngo.post(`${url}/start`, { version })).statusCode).toBe(409);
    const started = await ngo.post(`${url}/start`, { version: accepted.json<ReferralView>().version });
    expect(started.json<ReferralView>().state).toBe('inService');
    const waiting = (await ngo.get('/api/referrals?queue=awaitingService')).json<ReferralPage>();
    expect(waiting.items.map((r) => r.id)).not.toContain(issued.referral.id);
    const noOutcome = await ngo.post(`${url}/complete`, {
      version: started.json<ReferralView>().version,
      outcome: '',
    });
    expect(fieldsOf(noOutcome)).toMatchObject({ outcome: 'field.required' });
    const done = await ngo.post(`${url}/complete`, {
      version: started.json<ReferralView>().version,
      outcome: 'Ukończyła doradztwo; podjęła staż.',
    });
    expect(done.json<ReferralView>()).toMatchObject({
      state: 'completed',
      outcome: 'Ukończyła doradztwo; podjęła staż.',
    });
    // A completed referral no longer opens the case to the operator; the entry institution keeps it.
    expect((await ngo.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(404);
    expect((await ops.get(url)).json<ReferralView>().state).toBe('completed');
  });
});

describe('what cuts the operator off at once', () => {
  it('a consent withdrawal', async () => {
    const { person, consent } = await personWithConsent();
    const issued = await issue(person.id);
    expect((await ngo.post('/api/referrals/redeem', { code: issued.code })).statusCode).toBe(200);
    expect((await ngo.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(200);
    await ops.post(`/api/beneficiaries/${person.id}/consents/${consent.id}/withdraw`, {
      version: consent.version,
    });
    expect((await ngo.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(404);
    expect((await ngo.get(`/api/referrals/${issued.referral.id}`)).statusCode).toBe(404);
  });

  it('a revocation by the entry institution, which needs a reason', async () => {
    const { person } = await personWithConsent();
    const issued = await issue(person.id);
    const url = `/api/referrals/${issued.referral.id}`;
    const redeemed = (await ngo.post('/api/referrals/redeem', { code: issued.code })).json<ReferralView>();
    expect((await ngo.post(`${url}/revoke`, { version: redeemed.version, reason: 'x' })).statusCode).toBe(
      403,
    );
    const noReason = await ops.post(`${url}/revoke`, { version: redeemed.version, reason: '' });
    expect(fieldsOf(noReason)).toMatchObject({ reason: 'field.required' });
    const revoked = await ops.post(`${url}/revoke`, {
      version: redeemed.version,
      reason: 'Osoba zmieniła plany.',
    });
    expect(revoked.json<ReferralView>()).toMatchObject({
      state: 'revoked',
      revocationReason: 'Osoba zmieniła plany.',
    });
    expect((await ngo.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(404);
    expect((await ngo.get(url)).statusCode).toBe(404);
  });

  it('a code for a person without a consent for the operator opens nothing', async () => {
    const person = await buildPerson(t.ctx, service.id);
    const issued = await issue(person.id);
    const response = await ngo.post('/api/referrals/redeem', { code: issued.code });
    expect(response.statusCode).toBe(409);
    expect(errorCode(response)).toBe('referral.noConsent');
    expect((await ngo.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(404);
  });
});

describe('deadlines, rejection, worklists and lockout', () => {
  it('an expired code is refused and shows as expired on the waiting worklist', async () => {
    const { person } = await personWithConsent();
    const issued = await issue(person.id);
    await t.database.db.execute(
      sql`update referrals set use_by = '2024-01-01' where id = ${issued.referral.id}`,
    );
    expect((await ngo.post('/api/referrals/redeem', { code: issued.code })).statusCode).toBe(404);
    expect((await ops.get(`/api/referrals/${issued.referral.id}`)).json<ReferralView>().state).toBe(
      'expired',
    );
    const overdue = (await ops.get('/api/referrals?queue=waitingForCode&overdue=true')).json<ReferralPage>();
    expect(overdue.items.map((r) => r.id)).toContain(issued.referral.id);
    expect(overdue.items.every((r) => r.overdue)).toBe(true);
  });

  it('the issue form checks the operator, the services and the deadline', async () => {
    const { person } = await personWithConsent();
    const bad = await ops.post(`/api/beneficiaries/${person.id}/referrals`, {
      operatorInstitutionId: service.ops.id,
      scopeItemIds: [],
      brief: '',
      useBy: '2020-01-01',
    });
    expect(fieldsOf(bad)).toMatchObject({
      scopeItemIds: 'referral.servicesRequired',
      brief: 'field.required',
      useBy: 'referral.useByPast',
    });
    const notMember = await ops.post(`/api/beneficiaries/${person.id}/referrals`, {
      operatorInstitutionId: service.ops.id,
      scopeItemIds: [service.id],
      brief: 'Opis',
      useBy: inDays(3),
    });
    expect(fieldsOf(notMember)).toMatchObject({
      operatorInstitutionId: 'referral.notOperator',
      'scopeItemIds.0': 'referral.serviceUnknown',
    });
    expect((await ngo.post(`/api/beneficiaries/${person.id}/referrals`, {})).statusCode).toBe(400);
  });

  it('rejection needs a reason; the waiting and awaiting-service worklists', async () => {
    const { person } = await personWithConsent();
    const first = await issue(person.id);
    const second = await issue(person.id);
    const waiting = (await ops.get('/api/referrals?queue=waitingForCode')).json<ReferralPage>();
    expect(waiting.items.map((r) => r.id)).toEqual(
      expect.arrayContaining([first.referral.id, second.referral.id]),
    );
    expect((await ngo.get('/api/referrals?queue=waitingForCode')).json<ReferralPage>().items).toEqual([]);
    const a = (await ngo.post('/api/referrals/redeem', { code: first.code })).json<ReferralView>();
    const noReason = await ngo.post(`/api/referrals/${a.id}/reject`, { version: a.version, reason: ' ' });
    expect(fieldsOf(noReason)).toMatchObject({ reason: 'field.required' });
    const b = (await ngo.post('/api/referrals/redeem', { code: second.code })).json<ReferralView>();
    await ngo.post(`/api/referrals/${b.id}/accept`, { version: b.version });
    const awaiting = (await ngo.get('/api/referrals?queue=awaitingService')).json<ReferralPage>();
    expect(awaiting.items.map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    const rejected = await ngo.post(`/api/referrals/${a.id}/reject`, {
      version: a.version,
      reason: 'Brak miejsc.',
    });
    expect(rejected.json<ReferralView>()).toMatchObject({
      state: 'rejected',
      rejectionReason: 'Brak miejsc.',
    });
    // The accepted one still opens the case.
    expect((await ngo.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(200);
    const mine = (await ops.get(`/api/beneficiaries/${person.id}/referrals`)).json<ReferralView[]>();
    expect(mine.map((r) => r.state).sort()).toEqual(['accepted', 'rejected']);
  });

  it('after five wrong codes the user is locked out, even with a right code', async () => {
    const { person } = await personWithConsent();
    const issued = await issue(person.id);
    const guesser = await signIn(service.ngo.id);
    for (let i = 0; i < 5; i++)
      expect((await guesser.post('/api/referrals/redeem', { code: 'CCCCC-CCCC3' })).statusCode).toBe(404);
    const locked = await guesser.post('/api/referrals/redeem', { code: issued.code });
    expect(locked.statusCode).toBe(429);
    expect(errorCode(locked)).toBe('referral.locked');
    expect((await ngo.post('/api/referrals/redeem', { code: issued.code })).statusCode).toBe(200);
  });
});
