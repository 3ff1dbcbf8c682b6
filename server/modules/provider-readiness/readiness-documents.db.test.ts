import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentView } from '../../../common/contracts/provider-readiness';
import { buildInstitution, LUBLIN } from '../../../tests/support/factories/institutions';
import { buildOffering, catalogueType } from '../../../tests/support/factories/social-services';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { readinessAssessments } from './readiness.table';

/**
 * The readiness documents: an assessment's PDF (a confirmation, or plainly marked as none) for
 * those who may read the assessment, and a service type's contractors as a workbook with the
 * list's filters, for the officials who plan commissions.
 */

const BASE = '/api/provider-readiness/assessments';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The capital city of Warsaw: a gmina of another voivodeship (14). */
const WARSAW = '1465011';

/** The text in reading order (no `-layout`): each table cell stays whole, whatever the column widths. */
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
/** Collapses the layout's runs of spaces and line breaks, so a phrase is found wherever pdftotext wraps it. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

let t: TestApp;
let typeId: string;
let cooperative: { id: string };
let foundation: { id: string };
let pesManager: Agent;
let owes: Agent;
let owesPersonName: string;
let farOwes: Agent;
let outsider: Agent;
let jstOfficial: Agent;
let assessment: AssessmentView;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2], displayName?: string) =>
  t
    .agent()
    .signIn(
      (await buildMember(t.ctx, institutionId, role, displayName ? { displayName } : {})).email,
      DEFAULT_PASSWORD,
    );

const allMet = (a: AssessmentView) =>
  a.items.map((i) => ({
    key: i.key,
    met: true,
    evidence: i.key === 'procedure.complaints' ? 'Zarządzenie nr 3/2026 o skargach' : 'Dokumenty w biurze',
    staffCount: i.source === 'qualification' ? 2 : null,
  }));
const verdicts = (a: AssessmentView, notMetKey?: string) =>
  a.items.map((i) => ({
    key: i.key,
    verdict: i.key === notMetKey ? 'notMet' : 'met',
    comment: i.key === notMetKey ? 'Procedura bez podpisu zarządu' : null,
  }));

async function submit(agent: Agent, current: AssessmentView): Promise<AssessmentView> {
  const saved = (
    await agent.put(`${BASE}/${current.id}/self-assessment`, {
      version: current.version,
      items: allMet(current),
    })
  ).json<AssessmentView>();
  return (
    await agent.post(`${BASE}/${current.id}/submit`, { version: saved.version })
  ).json<AssessmentView>();
}

const pdfOf = (agent: Agent, id = assessment.id) => agent.get(`${BASE}/${id}/readiness.pdf`);

async function workbookOf(agent: Agent, query = '') {
  const response = await agent.get(`/api/social-services/types/${typeId}/contractors.xlsx${query}`);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe(XLSX);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { workbook, header: rows[0] as string[], rows: rows.slice(1), response };
}

beforeAll(async () => {
  t = await createTestApp();
  typeId = (await catalogueType(t.ctx, 'uslugi-opiekuncze')).id;
  cooperative = await buildInstitution(t.ctx, {
    type: 'pes',
    name: 'Spółdzielnia Socjalna Złota Jesień',
    krs: '0000123456',
  });
  foundation = await buildInstitution(t.ctx, {
    type: 'ngo',
    name: 'Fundacja Ład w Lublinie',
    territoryCode: LUBLIN.gmina,
    city: 'Lublin',
    krs: '0000654321',
  });
  pesManager = await signIn(cooperative.id, 'manager');
  owesPersonName = 'Grażyna Żółkiewska';
  owes = await signIn(
    (await buildInstitution(t.ctx, { type: 'owes', name: 'OWES Lubelski Ośrodek' })).id,
    'coordinator',
    owesPersonName,
  );
  farOwes = await signIn(
    (await buildInstitution(t.ctx, { type: 'owes', territoryCode: WARSAW })).id,
    'manager',
  );
  outsider = await signIn((await buildInstitution(t.ctx, { type: 'ngo' })).id, 'institutionAdmin');
  jstOfficial = await signIn((await buildInstitution(t.ctx, { type: 'jstGmina' })).id, 'manager');

  assessment = (
    await pesManager.post(BASE, { institutionId: cooperative.id, serviceTypeId: typeId })
  ).json<AssessmentView>();
});
afterAll(() => t.close());

describe('the PDF of a draft', () => {
  it('the provider has it, marked as no confirmation; even the OWES is told it does not exist', async () => {
    const response = await pdfOf(pesManager);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = flat(pdfText(response.rawPayload));
    expect(text).toContain('Ocena gotowości — szkic');
    expect(text).toContain('Dokument nie stanowi potwierdzenia gotowości');
    expect(text).not.toContain('Potwierdzenie gotowości do świadczenia');
    expect((await pdfOf(owes)).statusCode).toBe(404);
  });
});

describe('the PDF of a returned assessment', () => {
  it('names the items found not met and what to correct, and says it confirms nothing', async () => {
    const submitted = await submit(pesManager, assessment);
    const returned = await owes.post(`${BASE}/${assessment.id}/return`, {
      version: submitted.version,
      items: verdicts(submitted, 'procedure.complaints'),
      comment: 'Proszę dołączyć podpisaną procedurę skarg.',
    });
    expect(returned.statusCode).toBe(200);
    assessment = returned.json<AssessmentView>();

    for (const agent of [pesManager, owes]) {
      const response = await pdfOf(agent);
      expect(response.statusCode).toBe(200);
      const text = flat(pdfText(response.rawPayload));
      expect(text).toContain('Ocena gotowości zwrócona do poprawy');
      expect(text).toContain('Dokument nie stanowi potwierdzenia gotowości');
      expect(text).not.toContain('Potwierdzenie gotowości do świadczenia');
      expect(text).toContain('Stan Zwrócona do poprawy');
      expect(text).toContain(`Zwrócona przez OWES Lubelski Ośrodek — ${owesPersonName}`);
      expect(text).toContain('Proszę dołączyć podpisaną procedurę skarg.');
      expect(text).toContain('Niespełniony');
      expect(text).toContain('Procedura bez podpisu zarządu');
    }
  });
});

describe('the PDF of a confirmation', () => {
  it('carries the provider, the service and its legal basis, the answers with evidence, who verified and the validity', async () => {
    const submitted = await submit(pesManager, assessment);
    const confirmed = await owes.post(`${BASE}/${assessment.id}/confirm`, {
      version: submitted.version,
      items: verdicts(submitted),
      validFrom: '2026-01-01',
      validUntil: '2099-12-31',
      comment: 'Komplet dokumentów.',
    });
    expect(confirmed.statusCode).toBe(200);
    assessment = confirmed.json<AssessmentView>();

    const response = await pdfOf(pesManager);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('attachment;');
    expect(response.headers['content-disposition']).toContain(
      encodeURIComponent('Gotowość — Usługi opiekuńcze w miejscu zamieszkania'),
    );
    const text = flat(pdfText(response.rawPayload));
    expect(text).toContain('Potwierdzenie gotowości do świadczenia usługi społecznej');
    expect(text).not.toContain('nie stanowi potwierdzenia');
    expect(text).toContain('Spółdzielnia Socjalna Złota Jesień');
    expect(text).toContain('Podmiot ekonomii społecznej (PES), Janów Lubelski');
    expect(text).toContain('Usługi opiekuńcze w miejscu zamieszkania (uslugi-opiekuncze)');
    expect(text).toContain('Art. 50 ust. 1–3 ustawy z dnia 12 marca 2004 r. o pomocy społecznej');
    expect(text).toContain('Stan Potwierdzona');
    expect(text).toContain('od 1 stycznia 2026 do 31 grudnia 2099');
    expect(text).toContain(`Zweryfikowana przez OWES Lubelski Ośrodek — ${owesPersonName}`);
    expect(text).toContain('Komplet dokumentów.');
    expect(text).toContain('Opiekunka środowiskowa');
    expect(text).toContain('Osób: 2');
    expect(text).toContain('Zarządzenie nr 3/2026 o skargach');
    expect(text).toContain('Według karty instytucji w rejestrze: nr 0000123456');
    expect(text).toContain('Wpis do Krajowego Rejestru Sądowego');
    expect((await pdfOf(owes)).statusCode).toBe(200);
  });

  it('refuses everyone the assessment is hidden from with 404: another institution, a JST, a far OWES', async () => {
    for (const agent of [outsider, jstOfficial, farOwes]) {
      const response = await pdfOf(agent);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).not.toBe('application/pdf');
    }
    expect((await pdfOf(pesManager, '0190f3a4-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await pdfOf(pesManager, 'not-a-uuid')).statusCode).toBe(404);
  });

  it('an expired confirmation is headed as one, with a notice that it has lapsed', async () => {
    await t.database.db
      .update(readinessAssessments)
      .set({ validFrom: '2023-01-01', validUntil: '2024-06-30' })
      .where(eq(readinessAssessments.id, assessment.id));
    const text = flat(pdfText((await pdfOf(pesManager)).rawPayload));
    expect(text).toContain('Stan Wygasła');
    expect(text).toContain('Potwierdzenie wygasło');
    await t.database.db
      .update(readinessAssessments)
      .set({ validFrom: '2026-01-01', validUntil: '2099-12-31' })
      .where(eq(readinessAssessments.id, assessment.id));
  });
});

describe("the service type's contractors as a workbook", () => {
  it('lists every provider, the ready one first, with territory, state, validity and the reason when not ready', async () => {
    await buildOffering(t.ctx, foundation.id, { serviceTypeId: typeId });
    const manager = await signIn(foundation.id, 'manager');
    const started = (
      await manager.post(BASE, { institutionId: foundation.id, serviceTypeId: typeId })
    ).json<AssessmentView>();
    const submitted = await submit(manager, started);
    // The OWES of Lublin's voivodeship returns the foundation's assessment: its reason names the item.
    expect(
      (
        await owes.post(`${BASE}/${started.id}/return`, {
          version: submitted.version,
          items: verdicts(submitted, 'procedure.dataProtection'),
          comment: 'Brak procedury RODO.',
        })
      ).statusCode,
    ).toBe(200);
    const idle = await buildInstitution(t.ctx, { type: 'ngo', name: 'Koło Gospodyń Bez Oceny' });
    await buildOffering(t.ctx, idle.id, { serviceTypeId: typeId });

    const { header, rows, response, workbook } = await workbookOf(jstOfficial);
    expect(response.headers['content-disposition']).toContain(
      encodeURIComponent('Wykonawcy — Usługi opiekuńcze w miejscu zamieszkania.xlsx'),
    );
    expect(header).toEqual([
      'Usługodawca',
      'Rodzaj instytucji',
      'Województwo',
      'Powiat',
      'Gmina',
      'Kod TERYT',
      'Miejscowość',
      'Gotowy',
      'Stan gotowości',
      'Ważne od',
      'Ważne do',
      'Powód braku gotowości',
    ]);
    expect(rows.map((r) => r[0])).toEqual([
      'Spółdzielnia Socjalna Złota Jesień',
      'Fundacja Ład w Lublinie',
      'Koło Gospodyń Bez Oceny',
    ]);
    const [ready, returned, none] = rows as unknown[][];
    expect(ready!.slice(0, 9)).toEqual([
      'Spółdzielnia Socjalna Złota Jesień',
      'Podmiot ekonomii społecznej (PES)',
      'lubelskie',
      'janowski',
      'Janów Lubelski',
      '0605053',
      'Janów Lubelski',
      'Tak',
      'Potwierdzona gotowość',
    ]);
    expect((ready![9] as Date).toISOString().slice(0, 10)).toBe('2026-01-01');
    expect((ready![10] as Date).toISOString().slice(0, 10)).toBe('2099-12-31');
    expect(ready![11] ?? null).toBeNull();
    expect(returned!.slice(2, 9)).toEqual([
      'lubelskie',
      'Lublin',
      'Lublin',
      LUBLIN.gmina,
      'Lublin',
      'Nie',
      'Zwrócona do poprawy',
    ]);
    expect(returned![11]).toBe(
      'Niegotowy: ocena zwrócona do poprawy\nNiespełnione wymogi: Procedura ochrony danych osobowych odbiorców (RODO)',
    );
    expect(none!.slice(7, 9)).toEqual(['Nie', 'Brak oceny gotowości']);
    expect(none![11]).toBe('Niegotowy: brak oceny gotowości');

    const about = workbook.worksheets[1]!;
    expect(about.getCell('B1').value).toBe('Usługi opiekuńcze w miejscu zamieszkania (uslugi-opiekuncze)');
    expect(about.getCell('B2').value).toBe(
      'Art. 50 ust. 1–3 ustawy z dnia 12 marca 2004 r. o pomocy społecznej',
    );
    expect(about.getCell('B5').value).toBe(3);
  });

  it("respects the list's filters: only those ready, a name searched", async () => {
    const ready = await workbookOf(jstOfficial, '?readyOnly=true');
    expect(ready.rows.map((r) => r[0])).toEqual(['Spółdzielnia Socjalna Złota Jesień']);
    expect(ready.workbook.worksheets[1]!.getCell('B4').value).toBe('Tylko gotowi');
    const searched = await workbookOf(jstOfficial, '?q=fundacja%20lad');
    expect(searched.rows.map((r) => r[0])).toEqual(['Fundacja Ład w Lublinie']);
  });

  it("follows the reader's language", async () => {
    const response = await jstOfficial.request({
      method: 'GET',
      url: `/api/social-services/types/${typeId}/contractors.xlsx?readyOnly=true`,
      headers: { 'x-locale': 'en' },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]!.getRow(2).values as unknown[];
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('Provider');
    expect(row[8]).toBe('Yes');
    expect(row[9]).toBe('Readiness confirmed');
  });

  it('refuses a bad filter naming it (400) and an unknown service type (404)', async () => {
    const bad = await jstOfficial.get(
      `/api/social-services/types/${typeId}/contractors.xlsx?readyOnly=maybe`,
    );
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(bad))).toEqual(['readyOnly']);
    const unknown = await jstOfficial.get(
      '/api/social-services/types/0190f3a4-0000-7000-8000-000000000000/contractors.xlsx',
    );
    expect(unknown.statusCode).toBe(404);
  });
});
