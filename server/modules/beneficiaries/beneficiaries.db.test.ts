import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConsentView,
  IntakeOptions,
  PersonListItem,
  PersonView,
  RegisterPersonInput,
} from '../../../common/contracts/beneficiaries';
import { buildPerson, peselFor, testVault } from '../../../tests/support/factories/beneficiaries';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';
import { personFiles, persons } from './person.table';

let t: TestApp;
let service: Awaited<ReturnType<typeof buildPartnership>>;
let ops: Agent;
let pup: Agent;
let ngo: Agent;
let outsider: Agent;

const pesel = peselFor('1979-11-23', 'male', 41);

const intake = (overrides: Partial<RegisterPersonInput> = {}): RegisterPersonInput => ({
  partnershipId: service.id,
  firstName: 'Józef',
  lastName: 'Wójcik',
  pesel,
  phone: '+48 601 202 303',
  email: 'jozef.wojcik@example.pl',
  street: 'ul. Ogrodowa 12',
  postalCode: '23-300',
  locality: 'Janów Lubelski',
  territoryCode: JANOW.gmina,
  targetGroups: ['longTermUnemployed', 'over50'],
  ...overrides,
});

const signIn = async (institutionId: string, role: 'caseWorker' | 'coordinator' = 'caseWorker') => {
  const member = await buildMember(t.ctx, institutionId, role);
  return t.agent().signIn(member.email, DEFAULT_PASSWORD);
};

beforeAll(async () => {
  t = await createTestApp();
  service = await buildPartnership(t.ctx);
  ops = await signIn(service.ops.id);
  pup = await signIn(service.pup.id);
  ngo = await signIn(service.ngo.id);
  outsider = await signIn((await buildInstitution(t.ctx, { type: 'ops', name: 'Inny OPS' })).id);
});
afterAll(() => t.close());

describe('intake at the entry institution', () => {
  let person: PersonView;

  it('the OPS registers a person; birth date and sex come from the PESEL', async () => {
    const response = await ops.post('/api/beneficiaries', intake());
    expect(response.statusCode).toBe(201);
    person = response.json<PersonView>();
    expect(person.identification).toMatchObject({ pesel, birthDate: '1979-11-23', sex: 'male' });
    expect(person.entryInstitution.id).toBe(service.ops.id);
    expect(person.contact).toMatchObject({ phone: '+48 601 202 303', email: 'jozef.wojcik@example.pl' });
    expect(person.socialSituation?.targetGroups).toEqual(['longTermUnemployed', 'over50']);
  });

  it('the row holds ciphertext: no PESEL, phone, e-mail or street in clear, and the audit log masks them', async () => {
    const raw = await t.database.db.execute(sql`select * from persons where id = ${person.id}`);
    const row = (raw as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
    const dump = JSON.stringify(row);
    for (const secret of [pesel, '601 202 303', 'jozef.wojcik', 'Ogrodowa'])
      expect(dump).not.toContain(secret);
    expect(row.pesel_enc).toEqual(expect.any(String));
    expect(row.pesel_index).toMatch(new RegExp(`^${testVault().currentKeyId}:`));
    expect(testVault().open(row.pesel_enc as string, `persons.pesel:${person.id}`)).toBe(pesel);

    const [registered] = await auditRowsOf(t.database.db, person.id, 'beneficiaries.register');
    expect(registered?.personalData).toBe(true);
    expect(JSON.stringify(registered?.changes)).not.toContain(pesel);
    expect(registered?.changes).toMatchObject({ pesel: `*******${pesel.slice(-4)}`, firstName: 'Józef' });
  });

  it('PESEL and the entered birth date and sex must agree; without a PESEL a reason and the birth date', async () => {
    const mismatch = await ops.post('/api/beneficiaries', intake({ birthDate: '1979-11-24', sex: 'female' }));
    expect(mismatch.statusCode).toBe(400);
    expect(fieldsOf(mismatch)).toMatchObject({
      birthDate: 'beneficiary.birthDateMismatch',
      sex: 'beneficiary.sexMismatch',
    });
    const bad = await ops.post('/api/beneficiaries', intake({ pesel: '79112312345' }));
    expect(fieldsOf(bad)).toMatchObject({ pesel: 'field.peselChecksum' });
    const none = await ops.post('/api/beneficiaries', intake({ pesel: '' }));
    expect(fieldsOf(none)).toMatchObject({ pesel: 'beneficiary.peselOrReason', birthDate: 'field.required' });
    const reasoned = await ops.post(
      '/api/beneficiaries',
      intake({
        pesel: '',
        noPeselReason: 'foreigner',
        birthDate: '1990-02-03',
        firstName: 'Olena',
        lastName: 'Bondar',
      }),
    );
    expect(reasoned.statusCode).toBe(201);
    expect(reasoned.json<PersonView>().identification).toMatchObject({
      pesel: null,
      noPeselReason: 'foreigner',
    });
  });

  it('a duplicate by PESEL or by names and birth date is refused with 409 naming the existing record', async () => {
    const samePesel = await ops.post('/api/beneficiaries', intake({ firstName: 'Józek' }));
    expect(samePesel.statusCode).toBe(409);
    expect(errorCode(samePesel)).toBe('beneficiary.duplicate.pesel');
    expect(samePesel.json<{ error: { details: unknown } }>().error.details).toEqual({
      match: 'pesel',
      existingId: person.id,
    });
    const sameNames = await ops.post(
      '/api/beneficiaries',
      intake({
        pesel: '',
        noPeselReason: 'notProvided',
        birthDate: '1979-11-23',
        firstName: 'JOZEF',
        lastName: 'wojcik',
      }),
    );
    expect(sameNames.statusCode).toBe(409);
    expect(sameNames.json<{ error: { details: unknown } }>().error.details).toEqual({
      match: 'namesAndBirthDate',
      existingId: person.id,
    });
  });

  it('the PUP, the other entry institution, learns of the duplicate but not which record it is', async () => {
    const response = await pup.post('/api/beneficiaries', intake());
    expect(response.statusCode).toBe(409);
    expect(response.json<{ error: { details: unknown } }>().error.details).toEqual({
      match: 'pesel',
      existingId: null,
    });
  });

  it('the NGO operator may not register: 403 telling to direct the person to an entry institution', async () => {
    const response = await ngo.post(
      '/api/beneficiaries',
      intake({ pesel: peselFor('1990-01-01', 'female', 5) }),
    );
    expect(response.statusCode).toBe(403);
    expect(errorCode(response)).toBe('beneficiary.notEntryInstitution');
    const message = response.json<{ error: { message: string } }>().error.message;
    expect(message).toContain(service.ops.name);
    expect(message).toContain(service.pup.name);
    const options = (await ngo.get('/api/beneficiaries/intake-options')).json<IntakeOptions>();
    expect(options).toEqual({ services: [], memberButNotEntry: true });
    const opsOptions = (await ops.get('/api/beneficiaries/intake-options')).json<IntakeOptions>();
    expect(opsOptions.services.map((s) => s.partnership.id)).toContain(service.id);
  });

  it('nobody outside the entry institution sees the person without a consent: 404', async () => {
    for (const agent of [pup, ngo, outsider])
      expect((await agent.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(404);
    const list = (await pup.get('/api/beneficiaries')).json<{ items: PersonListItem[] }>();
    expect(list.items.map((i) => i.id)).not.toContain(person.id);
  });

  it('every read of the person is logged', async () => {
    const before = (await auditRowsOf(t.database.db, person.id, 'beneficiaries.read')).length;
    expect((await ops.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(200);
    const rows = await auditRowsOf(t.database.db, person.id, 'beneficiaries.read');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ personalData: true, institutionId: service.ops.id });
  });

  it('a stale version answers 409 with the record as it is now; a change is audited with PESEL masked', async () => {
    const current = (await ops.get(`/api/beneficiaries/${person.id}`)).json<PersonView>();
    const { partnershipId: _, ...body } = intake({ phone: '+48 700 800 900' });
    const first = await ops.patch(`/api/beneficiaries/${person.id}`, { ...body, version: current.version });
    expect(first.statusCode).toBe(200);
    expect(first.json<PersonView>().contact?.phone).toBe('+48 700 800 900');
    const stale = await ops.patch(`/api/beneficiaries/${person.id}`, {
      ...body,
      locality: 'Biłgoraj',
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('versionConflict');
    const [change] = await auditRowsOf(t.database.db, person.id, 'beneficiaries.update');
    expect(change?.changes).toEqual({ phone: { before: '***303', after: '***900' } });
  });

  it('finds the person by name and by exact PESEL through the blind index', async () => {
    const byName = (await ops.get('/api/beneficiaries?q=wojcik')).json<{ items: PersonListItem[] }>();
    expect(byName.items.map((i) => i.id)).toContain(person.id);
    const byPesel = (await ops.get(`/api/beneficiaries?q=${pesel}`)).json<{
      items: PersonListItem[];
      total: number;
    }>();
    expect(byPesel.items.map((i) => i.id)).toEqual([person.id]);
    const other = (await ops.get(`/api/beneficiaries?q=${peselFor('1979-11-23', 'male', 42)}`)).json<{
      total: number;
    }>();
    expect(other.total).toBe(0);
    const [listed] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'beneficiaries.list'))
      .orderBy(sql`${auditEvents.occurredAt} desc`)
      .limit(1);
    expect(JSON.stringify(listed?.changes)).not.toContain(pesel);
  });
});

describe('consents', () => {
  let person: PersonView;
  let consent: ConsentView;

  beforeAll(async () => {
    person = await buildPerson(t.ctx, service.id);
  });

  it('a consent names which partner receives which categories; only members of the service', async () => {
    const stranger = await buildInstitution(t.ctx);
    const refused = await ops.post(`/api/beneficiaries/${person.id}/consents`, {
      purpose: 'Diagnoza potrzeb',
      givenOn: '2025-01-10',
      form: 'inPerson',
      grants: [{ institutionId: stranger.id, categories: ['identification'] }],
    });
    expect(fieldsOf(refused)).toEqual({ 'grants.0.institutionId': 'beneficiary.grantNotMember' });

    const response = await ops.post(`/api/beneficiaries/${person.id}/consents`, {
      purpose: 'Wspólna diagnoza potrzeb i plan wsparcia',
      givenOn: '2025-01-10',
      form: 'paper',
      grants: [{ institutionId: service.pup.id, categories: ['identification', 'contact'] }],
    });
    expect(response.statusCode).toBe(201);
    consent = response.json<ConsentView>();
    expect(consent).toMatchObject({ status: 'valid', form: 'paper', scan: null });
    expect(consent.recordedByName).toEqual(expect.any(String));
  });

  it('the PUP then sees what the consent covers, and nothing else; the NGO still nothing', async () => {
    const seen = await pup.get(`/api/beneficiaries/${person.id}`);
    expect(seen.statusCode).toBe(200);
    const view = seen.json<PersonView>();
    expect(view.categories.sort()).toEqual(['contact', 'identification']);
    expect(view.identification?.lastName).toBe(person.identification?.lastName);
    expect(view.socialSituation).toBeNull();
    expect(view.consents).toBeNull();
    expect(view.abilities).toEqual({ update: false, manageConsents: false, exercisePrivacyRights: false });
    const list = (await pup.get('/api/beneficiaries')).json<{ items: PersonListItem[] }>();
    expect(list.items.find((i) => i.id === person.id)?.own).toBe(false);
    expect((await ngo.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(404);
    const change = await pup.patch(`/api/beneficiaries/${person.id}`, { ...intake(), version: view.version });
    expect(change.statusCode).toBe(400);
  });

  it('the scan of the signed form is stored encrypted and read back by the entry institution', async () => {
    const pdf = Buffer.from('%PDF-1.4\nZgoda Józefa na przekazanie danych\n%%EOF');
    const boundary = '----kooperacja-test';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="scan"; filename="zgoda.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const url = `/api/beneficiaries/${person.id}/consents/${consent.id}/scan`;
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    expect((await pup.put(url, payload, headers)).statusCode).toBe(403);
    const stored = await ops.put(url, payload, headers);
    expect(stored.statusCode).toBe(200);
    expect(stored.json<ConsentView>().scan).toMatchObject({
      fileName: 'zgoda.pdf',
      mimeType: 'application/pdf',
    });
    const [file] = await t.database.db.select().from(personFiles).where(eq(personFiles.personId, person.id));
    expect(file?.contentEnc.includes(Buffer.from('Zgoda'))).toBe(false);
    const back = await ops.get(url);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(pdf)).toBe(true);
    expect((await pup.get(url)).statusCode).toBe(404);
  });

  it('withdrawal cuts the PUP off at once; the consent stays in the history', async () => {
    const response = await ops.post(`/api/beneficiaries/${person.id}/consents/${consent.id}/withdraw`, {
      version: consent.version + 1,
      reason: 'Osoba wycofała zgodę pisemnie',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<ConsentView>()).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Osoba wycofała zgodę pisemnie',
    });
    expect((await pup.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(404);
    const list = (await pup.get('/api/beneficiaries')).json<{ items: PersonListItem[] }>();
    expect(list.items.map((i) => i.id)).not.toContain(person.id);
    const history = (await ops.get(`/api/beneficiaries/${person.id}`)).json<PersonView>().consents;
    expect(history?.map((c) => c.status)).toEqual(['withdrawn']);
    const again = await ops.post(`/api/beneficiaries/${person.id}/consents/${consent.id}/withdraw`, {
      version: 3,
    });
    expect(errorCode(again)).toBe('beneficiary.consentWithdrawn');
  });

  it('an expired consent opens nothing', async () => {
    const expired = await ops.post(`/api/beneficiaries/${person.id}/consents`, {
      purpose: 'Krótka zgoda',
      givenOn: '2024-01-10',
      validUntil: '2024-06-30',
      form: 'inPerson',
      grants: [{ institutionId: service.pup.id, categories: ['identification'] }],
    });
    expect(expired.json<ConsentView>().status).toBe('expired');
    expect((await pup.get(`/api/beneficiaries/${person.id}`)).statusCode).toBe(404);
  });

  it('a partner that left the service loses what a consent gave it', async () => {
    const other = await buildPerson(t.ctx, service.id);
    await ops.post(`/api/beneficiaries/${other.id}/consents`, {
      purpose: 'Wspólna diagnoza',
      givenOn: '2025-01-10',
      form: 'inPerson',
      grants: [{ institutionId: service.pup.id, categories: ['identification'] }],
    });
    expect((await pup.get(`/api/beneficiaries/${other.id}`)).statusCode).toBe(200);
    const membership = sql`institution_id = ${service.pup.id} and partnership_id = ${service.id}`;
    await t.database.db.execute(sql`update partnership_members set left_at = now() where ${membership}`);
    expect((await pup.get(`/api/beneficiaries/${other.id}`)).statusCode).toBe(404);
    await t.database.db.execute(sql`update partnership_members set left_at = null where ${membership}`);
  });
});

describe('the raw table', () => {
  it('holds no PESEL in clear anywhere', async () => {
    const rows = await t.database.db.select().from(persons);
    expect(rows.length).toBeGreaterThan(2);
    expect(JSON.stringify(rows)).not.toContain(pesel);
  });
});
