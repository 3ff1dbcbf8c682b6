import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataCategory } from '../../../common/contracts/beneficiaries';
import type { DiagnosisEntryView, DiagnosisView } from '../../../common/contracts/diagnosis';
import { buildPerson } from '../../../tests/support/factories/beneficiaries';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
let service: Awaited<ReturnType<typeof buildPartnership>>;
let ops: Agent;
let pup: Agent;
let ngo: Agent;

const signIn = async (institutionId: string, role: 'caseWorker' | 'coordinator' = 'caseWorker') => {
  const member = await buildMember(t.ctx, institutionId, role);
  return t.agent().signIn(member.email, DEFAULT_PASSWORD);
};

/** A person of the service; the OPS records a consent naming these categories for the PUP and the NGO. */
let people = 0;
async function person(categories: DataCategory[] = []) {
  const built = await buildPerson(t.ctx, service.id, { lastName: `Żółkiewska ${++people}` });
  if (categories.length) {
    const consent = await ops.post(`/api/beneficiaries/${built.id}/consents`, {
      purpose: 'Wspólna diagnoza i plan wsparcia',
      givenOn: '2025-01-10',
      form: 'inPerson',
      grants: [
        { institutionId: service.pup.id, categories },
        { institutionId: service.ngo.id, categories },
      ],
    });
    expect(consent.statusCode).toBe(201);
  }
  return built;
}

const add = (agent: Agent, personId: string, body: object) =>
  agent.post(`/api/beneficiaries/${personId}/diagnosis`, body);

beforeAll(async () => {
  t = await createTestApp();
  service = await buildPartnership(t.ctx);
  ops = await signIn(service.ops.id);
  pup = await signIn(service.pup.id, 'coordinator');
  ngo = await signIn(service.ngo.id, 'coordinator');
});
afterAll(() => t.close());

describe('the joint diagnosis', () => {
  it('the OPS and a PUP under consent both describe a domain; each entry is signed by its institution', async () => {
    const p = await person(['identification', 'diagnosis']);
    const fromOps = await add(ops, p.id, {
      domain: 'workAndSkills',
      findings: 'Pracowała jako szwaczka do 2019 r.; zna obsługę maszyn przemysłowych.',
      needs: 'Aktualizacja kwalifikacji',
    });
    expect(fromOps.statusCode).toBe(201);
    const fromPup = await add(pup, p.id, {
      domain: 'workAndSkills',
      findings: 'Zarejestrowana jako bezrobotna od 26 miesięcy; II profil pomocy.',
    });
    expect(fromPup.statusCode).toBe(201);
    expect(fromPup.json<DiagnosisEntryView>()).toMatchObject({
      institution: { id: service.pup.id },
      needs: null,
      abilities: { update: true },
    });

    const read = await pup.get(`/api/beneficiaries/${p.id}/diagnosis`);
    expect(read.statusCode).toBe(200);
    const view = read.json<DiagnosisView>();
    // The PUP's consent names `diagnosis` only: the health domain is not there at all.
    expect(view.domains.map((d) => d.domain)).not.toContain('healthAndDisability');
    const work = view.domains.find((d) => d.domain === 'workAndSkills')!;
    expect(work.canAdd).toBe(true);
    expect(work.entries.map((e) => [e.institution.id, e.abilities.update])).toEqual([
      [service.ops.id, false],
      [service.pup.id, true],
    ]);
    expect(work.entries[0]!.findings).toContain('szwaczka');

    const [audit] = await auditRowsOf(t.database.db, p.id, 'beneficiaries.diagnosis.read');
    expect(audit).toMatchObject({ personalData: true, institutionId: service.ops.id });
  });

  it('keeps the texts encrypted in the table and out of the audit log', async () => {
    const p = await person();
    const entry = (
      await add(ops, p.id, { domain: 'financesAndDebts', findings: 'Zadłużenie czynszowe 8400 zł' })
    ).json<DiagnosisEntryView>();
    const raw = await t.database.db.execute(sql`select * from diagnosis_entries where id = ${entry.id}`);
    expect(JSON.stringify((raw as unknown as { rows: unknown[] }).rows)).not.toContain('8400');
    const [audit] = await auditRowsOf(t.database.db, entry.id, 'beneficiaries.diagnosis.create');
    expect(audit?.personalData).toBe(true);
    expect(JSON.stringify(audit?.changes)).not.toContain('8400');
  });

  it('a partner without a consent naming `diagnosis` gets 404, reading and writing', async () => {
    const p = await person(['identification']);
    expect((await pup.get(`/api/beneficiaries/${p.id}/diagnosis`)).statusCode).toBe(404);
    expect((await add(pup, p.id, { domain: 'housing', findings: 'X' })).statusCode).toBe(404);
  });

  it('the health domain needs `health`: 404 under `diagnosis` alone, 201 when the consent names it', async () => {
    const without = await person(['diagnosis']);
    expect(
      (
        await add(pup, without.id, {
          domain: 'healthAndDisability',
          findings: 'Orzeczenie o niepełnosprawności',
        })
      ).statusCode,
    ).toBe(404);
    const withHealth = await person(['diagnosis', 'health']);
    const added = await add(pup, withHealth.id, {
      domain: 'healthAndDisability',
      findings: 'Orzeczenie o umiarkowanym stopniu niepełnosprawności',
    });
    expect(added.statusCode).toBe(201);
    const view = (await pup.get(`/api/beneficiaries/${withHealth.id}/diagnosis`)).json<DiagnosisView>();
    expect(view.domains.find((d) => d.domain === 'healthAndDisability')?.entries).toHaveLength(1);
  });

  it('an operator without a redeemed referral does not see the diagnosis even under a consent', async () => {
    const p = await person(['diagnosis']);
    expect((await ngo.get(`/api/beneficiaries/${p.id}/diagnosis`)).statusCode).toBe(404);
  });

  it('an entry changes only by its institution, at the version read (409 when stale)', async () => {
    const p = await person(['diagnosis']);
    const entry = (
      await add(ops, p.id, { domain: 'housing', findings: 'Lokal socjalny, 1 pokój' })
    ).json<DiagnosisEntryView>();
    const url = `/api/beneficiaries/${p.id}/diagnosis/${entry.id}`;
    const byPup = await pup.patch(url, { findings: 'Nadpisane', version: entry.version });
    expect(byPup.statusCode).toBe(403);
    const changed = await ops.patch(url, { findings: 'Lokal socjalny, 2 pokoje', version: entry.version });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<DiagnosisEntryView>()).toMatchObject({
      findings: 'Lokal socjalny, 2 pokoje',
      version: 2,
    });
    const stale = await ops.patch(url, { findings: 'Nieaktualne', version: entry.version });
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('versionConflict');
    const [audit] = await auditRowsOf(t.database.db, entry.id, 'beneficiaries.diagnosis.update');
    expect(audit?.changes).toMatchObject({ changed: ['findings'] });
  });

  it('says which field is wrong', async () => {
    const p = await person();
    const response = await add(ops, p.id, { domain: 'nowhere', findings: '  ' });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toMatchObject({ domain: expect.any(String), findings: 'field.required' });
  });
});
