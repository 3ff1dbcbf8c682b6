import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonView } from '../../../common/contracts/beneficiaries';
import type { IssuedReferral } from '../../../common/contracts/referrals';
import type { PersonExport } from '../../../common/contracts/rodo';
import { buildPerson } from '../../../tests/support/factories/beneficiaries';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createScopeItem } from '../partnerships';

let t: TestApp;
let service: Awaited<ReturnType<typeof buildPartnership>>;
let ops: Agent;
let opsOfficial: Agent;
let pup: Agent;
let stranger: Agent;
let person: PersonView;
let referral: IssuedReferral;
let scanUrl: string;

const url = (suffix = '') => `/api/beneficiaries/${person.id}${suffix}`;
const rowsOf = async (query: ReturnType<typeof sql>) =>
  JSON.stringify(((await t.database.db.execute(query)) as unknown as { rows: unknown[] }).rows);

beforeAll(async () => {
  t = await createTestApp();
  service = await buildPartnership(t.ctx);
  const scopeItemId = (
    await createScopeItem(t.ctx, service.id, {
      instrument: 'vocationalCounselling',
      description: 'Doradztwo zawodowe',
      providerMemberIds: [service.members.ngo.id],
    })
  ).id;
  const signIn = async (institutionId: string, role: 'caseWorker' | 'official' = 'caseWorker') =>
    t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);
  ops = await signIn(service.ops.id);
  opsOfficial = await signIn(service.ops.id, 'official');
  pup = await signIn(service.pup.id);
  stranger = await signIn((await buildInstitution(t.ctx)).id);

  person = await buildPerson(t.ctx, service.id, {
    firstName: 'Bożena',
    lastName: 'Wiśniewska-Ziółko',
    targetGroups: ['longTermUnemployed', 'over50'],
  });
  expect(
    (
      await ops.post(url('/consents'), {
        purpose: 'Wspólna diagnoza',
        givenOn: '2025-01-10',
        form: 'inPerson',
        grants: [{ institutionId: service.pup.id, categories: ['identification', 'diagnosis'] }],
      })
    ).statusCode,
  ).toBe(201);
  const paper = await ops.post(url('/consents'), {
    purpose: 'Kontakt z urzędem pracy',
    givenOn: '2025-01-10',
    form: 'paper',
    grants: [{ institutionId: service.pup.id, categories: ['contact'] }],
  });
  scanUrl = url(`/consents/${paper.json<{ id: string }>().id}/scan`);
  const boundary = '----rodo-test';
  const scan = await ops.put(
    scanUrl,
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="scan"; filename="zgoda.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from('%PDF-1.4\nZgoda Bożeny\n%%EOF'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    { 'content-type': `multipart/form-data; boundary=${boundary}` },
  );
  expect(scan.statusCode).toBe(200);
  expect(
    (await ops.post(url('/diagnosis'), { domain: 'housing', findings: 'Eksmisja z mieszkania przy Długiej' }))
      .statusCode,
  ).toBe(201);
  expect(
    (
      await ops.put(url('/support-plan'), {
        goals: [{ text: 'Praca w zawodzie krawcowej' }],
        actions: [
          {
            scopeItemId,
            goal: 0,
            description: 'Spotkania z doradcą w czwartki',
            providerInstitutionId: service.ngo.id,
            payerInstitutionId: service.ops.id,
            legalBasis: 'art. 36 ustawy o pomocy społecznej',
            from: '2025-02-01',
            until: '2025-04-30',
            hours: 12,
            cost: '1 200,00',
          },
        ],
        agreement: { signed: false },
        version: 0,
      })
    ).statusCode,
  ).toBe(200);
  const issued = await ops.post(url('/referrals'), {
    operatorInstitutionId: service.ngo.id,
    scopeItemIds: [scopeItemId],
    brief: 'Pani Bożena woli zajęcia rano',
    useBy: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
  });
  expect(issued.statusCode).toBe(201);
  referral = issued.json<IssuedReferral>();
  expect((await pup.get(url())).statusCode).toBe(200);
  person = (await ops.get(url())).json<PersonView>();
});
afterAll(() => t.close());

describe("a data subject's export", () => {
  it('holds everything about the person, the audit trail included; the export is a logged read', async () => {
    const response = await ops.get(url('/export.json'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const data = response.json<PersonExport>();
    expect(data.person.identification).toMatchObject({ lastName: 'Wiśniewska-Ziółko' });
    expect(data.person.identification?.pesel).toMatch(/^\d{11}$/);
    expect(data.person.contact).toMatchObject({ street: 'ul. Zamoyskiego 5/3' });
    expect(data.person.consents?.map((c) => c.purpose).sort()).toEqual([
      'Kontakt z urzędem pracy',
      'Wspólna diagnoza',
    ]);
    expect(data.diagnosis[0]).toMatchObject({ findings: 'Eksmisja z mieszkania przy Długiej' });
    expect(data.supportPlanVersions[0]?.goals).toEqual([{ text: 'Praca w zawodzie krawcowej' }]);
    expect(data.referrals[0]).toMatchObject({ brief: 'Pani Bożena woli zajęcia rano' });
    expect(JSON.stringify(data)).not.toContain(referral.code);
    const pupRead = data.auditTrail.find(
      (e) => e.action === 'beneficiaries.read' && e.institutionName === service.pup.name,
    );
    expect(pupRead).toBeDefined();
    expect(data.auditTrail.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'beneficiaries.register',
        'beneficiaries.diagnosis.create',
        'beneficiaries.referral.issue',
      ]),
    );
    const [audit] = await auditRowsOf(t.database.db, person.id, 'beneficiaries.export');
    expect(audit).toMatchObject({ personalData: true, changes: { format: 'json' } });
  });

  it('prints in Polish as a PDF', async () => {
    const response = await ops.get(url('/export.pdf'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'rodo-'));
    writeFileSync(join(dir, 'export.pdf'), response.rawPayload);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'export.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('Informacja o przetwarzanych danych osobowych');
    expect(text).toContain('Wiśniewska-Ziółko');
    expect(text).toContain('Eksmisja z mieszkania przy Długiej');
    expect(text).toContain('Odczyt danych osobowych beneficjenta');
    expect(text).toContain(service.pup.name);
  });

  it('only the entry institution staff who manage the record: a partner 404, an official 403, others 404', async () => {
    expect((await pup.get(url('/export.json'))).statusCode).toBe(404);
    expect((await stranger.get(url('/export.pdf'))).statusCode).toBe(404);
    expect((await opsOfficial.get(url('/export.json'))).statusCode).toBe(403);
  });
});

describe('anonymisation', () => {
  it('is refused to partners and strangers (404), without a reason (400) and at a stale version (409)', async () => {
    const body = { reason: 'Żądanie osoby po upływie okresu przechowywania', version: person.version };
    expect((await pup.post(url('/anonymise'), body)).statusCode).toBe(404);
    expect((await stranger.post(url('/anonymise'), body)).statusCode).toBe(404);
    expect((await opsOfficial.post(url('/anonymise'), body)).statusCode).toBe(403);
    const noReason = await ops.post(url('/anonymise'), { reason: '', version: person.version });
    expect(noReason.statusCode).toBe(400);
    expect(fieldsOf(noReason)).toEqual({ reason: 'field.required' });
    expect((await ops.post(url('/anonymise'), { ...body, version: person.version + 5 })).statusCode).toBe(
      409,
    );
  });

  it('removes what identifies the person and keeps what statistics count', async () => {
    const response = await ops.post(url('/anonymise'), {
      reason: 'Żądanie osoby po upływie okresu przechowywania',
      version: person.version,
    });
    expect(response.statusCode).toBe(200);
    const view = response.json<PersonView>();
    expect(view.anonymisedAt).not.toBeNull();
    expect(view.abilities).toMatchObject({ update: false, manageConsents: false });
    expect(view.identification).toMatchObject({ pesel: null, birthDate: '1985-01-01', sex: 'female' });
    expect(view.contact).toMatchObject({ phone: null, email: null, street: null, locality: null });
    expect(view.contact?.territory.code).toBe(person.contact?.territory.code);
    expect(view.socialSituation?.targetGroups).toEqual(['longTermUnemployed', 'over50']);

    const raw = await rowsOf(
      sql`select p.*, r.brief, r.state from persons p left join referrals r on r.person_id = p.id where p.id = ${person.id}`,
    );
    for (const clear of ['Bożena', 'Wiśniewska', 'Zamoyskiego', 'Janów', '23-300', 'woli zajęcia'])
      expect(raw).not.toContain(clear);
    expect(raw).toContain('"state":"issued"');
    const counted = await rowsOf(
      sql`select count(*)::int as n from persons where partnership_id = ${service.id} and entry_institution_id = ${service.ops.id} and territory_code = ${person.contact?.territory.code}`,
    );
    expect(counted).toBe('[{"n":1}]');

    const after = (await ops.get(url('/export.json'))).json<PersonExport>();
    expect(after.anonymisedAt).toBe(view.anonymisedAt);
    expect(after.diagnosis[0]).toMatchObject({
      domain: 'housing',
      findings: '[zanonimizowano]',
      needs: null,
    });
    expect(after.supportPlanVersions[0]).toMatchObject({
      goals: [{ text: '[zanonimizowano]' }],
      actions: [{ description: '[zanonimizowano]', hours: 12, costGrosze: 120000 }],
    });
    expect(JSON.stringify(after)).not.toContain('Bożena');
    expect(after.person.consents?.map((c) => c.scan)).toEqual([null, null]);
    expect((await ops.get(scanUrl)).statusCode).toBe(404);
    expect(await rowsOf(sql`select id from person_files where person_id = ${person.id}`)).toBe('[]');

    const [audit] = await auditRowsOf(t.database.db, person.id, 'beneficiaries.anonymise');
    expect(audit).toMatchObject({
      personalData: true,
      changes: { diagnosisEntries: 1, referrals: 1, files: 1 },
    });
    expect(JSON.stringify(audit?.changes)).not.toContain('Wiśniewska');
  });

  it('an anonymised person cannot be edited, given consents or diagnosis entries, or anonymised again (409)', async () => {
    const current = (await ops.get(url())).json<PersonView>();
    const edit = await ops.patch(url(), {
      firstName: 'Bożena',
      lastName: 'Wiśniewska-Ziółko',
      noPeselReason: 'notProvided',
      birthDate: '1985-03-12',
      territoryCode: current.contact?.territory.code,
      version: current.version,
    });
    expect(edit.statusCode).toBe(409);
    expect(errorCode(edit)).toBe('beneficiary.anonymised');
    const consent = await ops.post(url('/consents'), {
      purpose: 'Nowa zgoda',
      givenOn: '2025-02-01',
      form: 'inPerson',
      grants: [{ institutionId: service.pup.id, categories: ['identification'] }],
    });
    expect(errorCode(consent)).toBe('beneficiary.anonymised');
    const entry = await ops.post(url('/diagnosis'), { domain: 'education', findings: 'Nowy wpis' });
    expect(entry.statusCode).toBe(409);
    expect(errorCode(entry)).toBe('beneficiary.anonymised');
    const again = await ops.post(url('/anonymise'), { reason: 'Ponownie', version: current.version });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('beneficiary.anonymised');
  });
});
