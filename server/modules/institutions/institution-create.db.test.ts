import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstitutionView } from '../../../common/contracts/institutions';
import type { MembershipRole } from '../../../common/enums';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
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

const ngo = { name: 'Stowarzyszenie Nowe', type: 'ngo', territoryCode: JANOW.gmina };

describe('adding an institution', () => {
  it('a platform administrator adds one; its NIP typed with dashes is stored as digits; the audit log keeps it', async () => {
    const response = await platformAdmin.post('/api/institutions', {
      ...ngo,
      nip: '526-025-02-74',
      regon: '123456785',
      krs: '0000012345',
      website: 'www.nowe.org.pl',
      email: 'Biuro@Nowe.org.pl',
      street: '',
    });
    expect(response.statusCode, response.body).toBe(201);
    const card = response.json<InstitutionView>();
    expect(card).toMatchObject({
      name: 'Stowarzyszenie Nowe',
      nip: '5260250274',
      website: 'https://www.nowe.org.pl',
      email: 'biuro@nowe.org.pl',
      street: null,
      version: 1,
      abilities: { update: true, deactivate: true },
    });
    const [event] = await auditOf(card.id, 'institution.create');
    expect(event?.institutionId).toBe(card.id);
    expect(event?.actorName).toBe('Anna Administratorka');
    expect(event?.changes).toMatchObject({ name: { before: null, after: 'Stowarzyszenie Nowe' } });
  });

  it("an institution's own administrator cannot add institutions: 403", async () => {
    const home = await buildInstitution(t.ctx);
    const agent = await memberOf(home.id, 'institutionAdmin');
    expect((await agent.post('/api/institutions', ngo)).statusCode).toBe(403);
  });

  it('a stranger gets 401', async () => {
    expect((await t.agent().post('/api/institutions', ngo)).statusCode).toBe(401);
  });

  it('a wrong NIP, REGON or KRS is refused, naming each field', async () => {
    const response = await platformAdmin.post('/api/institutions', {
      ...ngo,
      nip: '5260250275',
      regon: '123456784',
      krs: '12345',
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({
      nip: 'field.nipChecksum',
      regon: 'field.regonChecksum',
      krs: 'field.krsFormat',
    });
    expect(response.json().error.fields[0].message).toMatch(/NIP/);
  });

  it('a blank name, type and territory are each reported as required', async () => {
    const response = await platformAdmin.post('/api/institutions', { name: '  ', territoryCode: '' });
    expect(fieldsOf(response)).toEqual({
      name: 'field.required',
      type: 'field.required',
      territoryCode: 'field.required',
    });
  });

  it('an unknown field is refused by name', async () => {
    const response = await platformAdmin.post('/api/institutions', { ...ngo, budget: 100 });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ budget: 'field.unknown' });
  });

  it('a local government needs the office of its head, and the one that heads its level', async () => {
    const missing = await platformAdmin.post('/api/institutions', { ...ngo, type: 'jstGmina' });
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual({ headOffice: 'field.required' });
    const wrong = await platformAdmin.post('/api/institutions', {
      ...ngo,
      type: 'jstGmina',
      headOffice: 'starosta',
    });
    expect(fieldsOf(wrong)).toEqual({ headOffice: 'field.headOfficeForType' });
  });

  it("a local government's territory is the unit it governs", async () => {
    const response = await platformAdmin.post('/api/institutions', {
      ...ngo,
      type: 'jstPowiat',
      headOffice: 'starosta',
      territoryCode: JANOW.gmina,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ territoryCode: 'field.territoryLevel.powiat' });
  });

  it('a territory code missing from TERYT is refused on territoryCode', async () => {
    const response = await platformAdmin.post('/api/institutions', { ...ngo, territoryCode: '0699999' });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ territoryCode: 'field.tercUnknown' });
  });

  it('type facts are required where they apply and refused where they do not', async () => {
    const owes = await platformAdmin.post('/api/institutions', { ...ngo, type: 'owes' });
    expect(fieldsOf(owes)).toEqual({ aksesNumber: 'field.required', aksesValidUntil: 'field.required' });
    const cis = await platformAdmin.post('/api/institutions', { ...ngo, type: 'cis' });
    expect(fieldsOf(cis)).toEqual({
      registerEntryNumber: 'field.required',
      registerEntryDate: 'field.required',
    });
    const kis = await platformAdmin.post('/api/institutions', {
      ...ngo,
      name: 'Klub Integracji',
      type: 'kis',
    });
    expect(kis.statusCode).toBe(201);
    const pes = await platformAdmin.post('/api/institutions', {
      ...ngo,
      type: 'pes',
      pesLegalForm: 'foundation',
    });
    expect(fieldsOf(pes)).toEqual({ socialEconomyStatus: 'field.required' });
    const stray = await platformAdmin.post('/api/institutions', {
      ...ngo,
      aksesNumber: 'A/1',
      headOffice: 'wojt',
    });
    expect(fieldsOf(stray)).toEqual({ aksesNumber: 'field.notForType', headOffice: 'field.notForType' });
  });

  it('contact details must be well-formed', async () => {
    const response = await platformAdmin.post('/api/institutions', {
      ...ngo,
      email: 'nie-mail',
      phone: '12',
      website: 'javascript:alert(1)',
      postalCode: '23300',
      name: 'x'.repeat(301),
    });
    expect(fieldsOf(response)).toMatchObject({
      email: 'field.email',
      phone: 'field.phone',
      website: 'field.website',
      postalCode: 'field.postalCode',
      name: 'field.tooLong',
    });
  });

  it('HTML and SQL in names are stored and returned exactly as typed', async () => {
    const name = `<script>alert("x")</script> O'Brien; DROP TABLE institutions; --`;
    const response = await platformAdmin.post('/api/institutions', {
      ...ngo,
      name,
      street: '<b>Ogrodowa</b>',
    });
    expect(response.statusCode).toBe(201);
    const card = (await platformAdmin.get(`/api/institutions/${response.json().id}`)).json<InstitutionView>();
    expect(card.name).toBe(name);
    expect(card.street).toBe('<b>Ogrodowa</b>');
    expect((await t.ctx.db.select().from(institutions)).length).toBeGreaterThan(1);
  });
});
