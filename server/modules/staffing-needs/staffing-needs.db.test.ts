import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DiagnosisView,
  StaffingNeedListResponse,
  StaffingNeedView,
} from '../../../common/contracts/staffing-needs';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { buildQualification } from '../../../tests/support/factories/social-services';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

/** Another gmina of the powiat janowski (Modliborzyce, urban-rural). */
const MODLIBORZYCE = '0605063';

let t: TestApp;
let cooperative: { id: string };
let cis: { id: string };
let carer: { id: string };
let cook: { id: string };
let pesManager: Agent;
let cisManager: Agent;
let pesWorker: Agent;
let outsider: Agent;
let opsId: string;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) =>
  t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);

beforeAll(async () => {
  t = await createTestApp();
  cooperative = await buildInstitution(t.ctx, { type: 'pes', name: 'Spółdzielnia Socjalna Kadry' });
  cis = await buildInstitution(t.ctx, { type: 'cis' });
  carer = await buildQualification(t.ctx, 'Opiekun osoby starszej (test)');
  cook = await buildQualification(t.ctx, 'Kucharz (test)');
  pesManager = await signIn(cooperative.id, 'manager');
  pesWorker = await signIn(cooperative.id, 'caseWorker');
  cisManager = await signIn(cis.id, 'coordinator');
  opsId = (await buildInstitution(t.ctx, { type: 'ops' })).id;
  outsider = await signIn(opsId, 'institutionAdmin');
});
afterAll(() => t.close());

const declare = (agent: Agent, overrides: Record<string, unknown> = {}) =>
  agent.post('/api/staffing-needs', {
    institutionId: cooperative.id,
    position: 'Opiekunka środowiskowa',
    qualificationId: carer.id,
    headcount: 3,
    neededFrom: '2026-03-01',
    territoryCode: JANOW.gmina,
    ...overrides,
  });

let need: StaffingNeedView;

describe('declaring staffing needs', () => {
  it('a provider declares a need in a gmina, logged for the provider', async () => {
    const response = await declare(pesManager);
    expect(response.statusCode).toBe(201);
    need = response.json<StaffingNeedView>();
    expect(need).toMatchObject({
      headcount: 3,
      status: 'open',
      qualification: { name: 'Opiekun osoby starszej (test)' },
      territory: { code: JANOW.gmina, level: 'gmina' },
      abilities: { update: true },
    });
    expect(await auditRowsOf(t.database.db, need.id, 'staffingNeed.declare')).toHaveLength(1);
  });

  it('refuses a unit that is not a gmina, an unknown qualification and no headcount, naming each field', async () => {
    const response = await declare(pesManager, {
      territoryCode: JANOW.powiat,
      qualificationId: '0190f3a4-0000-7000-8000-000000000000',
      headcount: 0,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toMatchObject({ headcount: expect.any(String) });
    const references = await declare(pesManager, {
      territoryCode: JANOW.powiat,
      qualificationId: '0190f3a4-0000-7000-8000-000000000000',
    });
    expect(fieldsOf(references)).toEqual({
      qualificationId: 'staffingNeed.qualificationUnknown',
      territoryCode: 'staffingNeed.gminaRequired',
    });
  });

  it("refuses another institution's user and the provider's case worker (403), and a non-provider (400)", async () => {
    expect((await declare(outsider)).statusCode).toBe(403);
    expect((await declare(pesWorker)).statusCode).toBe(403);
    const ops = await declare(outsider, { institutionId: opsId });
    expect(ops.statusCode).toBe(400);
    expect(fieldsOf(ops)).toEqual({ institutionId: 'staffingNeed.notProvider' });
  });

  it('the provider closes a need as filled; a stale version is 409, a closed need cannot change', async () => {
    const other = (
      await declare(pesManager, { position: 'Kucharz', qualificationId: cook.id, headcount: 1 })
    ).json<StaffingNeedView>();
    expect(
      (await outsider.patch(`/api/staffing-needs/${other.id}`, { version: 1, headcount: 9 })).statusCode,
    ).toBe(403);
    const changed = await pesManager.patch(`/api/staffing-needs/${other.id}`, { version: 1, headcount: 2 });
    expect(changed.json<StaffingNeedView>()).toMatchObject({ headcount: 2, version: 2 });
    const stale = await pesManager.patch(`/api/staffing-needs/${other.id}`, { version: 1, headcount: 5 });
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('versionConflict');
    const closed = await pesManager.patch(`/api/staffing-needs/${other.id}`, {
      version: 2,
      status: 'filled',
    });
    expect(closed.json<StaffingNeedView>()).toMatchObject({ status: 'filled', abilities: { update: false } });
    const again = await pesManager.patch(`/api/staffing-needs/${other.id}`, { version: 3, headcount: 1 });
    expect(errorCode(again)).toBe('staffingNeed.closed');
    expect(await auditRowsOf(t.database.db, other.id, 'staffingNeed.close')).toHaveLength(1);
  });
});

describe('the joint diagnosis', () => {
  it('sums open needs per gmina and powiat by qualification, counting each provider once per unit', async () => {
    await declare(pesManager, { territoryCode: MODLIBORZYCE, headcount: 2, neededFrom: '2026-01-15' });
    await declare(cisManager, { institutionId: cis.id, headcount: 1 });
    const response = await outsider.get(`/api/staffing-needs/diagnosis?territory=${JANOW.powiat}`);
    expect(response.statusCode).toBe(200);
    const diagnosis = response.json<DiagnosisView>();
    expect(diagnosis.headcount).toBe(6);
    const [powiat] = diagnosis.powiats;
    expect(powiat).toMatchObject({
      unit: { code: JANOW.powiat },
      headcount: 6,
      needs: [{ qualification: { id: carer.id }, headcount: 6, providers: 2, earliestFrom: '2026-01-15' }],
    });
    expect(powiat!.gminas.map((g) => [g.unit.code, g.headcount, g.needs[0]!.providers])).toEqual([
      [JANOW.gmina, 4, 2],
      [MODLIBORZYCE, 2, 1],
    ]);
    const voivodeship = (
      await outsider.get('/api/staffing-needs/diagnosis?territory=06')
    ).json<DiagnosisView>();
    expect(voivodeship.headcount).toBe(6);
  });

  it('exports the diagnosis as a workbook with one row per unit and qualification', async () => {
    const response = await outsider.get(`/api/staffing-needs/diagnosis.xlsx?territory=${JANOW.powiat}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(2, 6)).toEqual(['Razem w powiecie', 'Opiekun osoby starszej (test)', 6, 2]);
    expect(rows[3]!.slice(2, 6)).toEqual([
      'Modliborzyce (gmina miejsko-wiejska)',
      'Opiekun osoby starszej (test)',
      2,
      1,
    ]);
  });

  it('requires the voivodeship or powiat it covers', async () => {
    const response = await outsider.get('/api/staffing-needs/diagnosis');
    expect(response.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(response))).toEqual(['territory']);
  });

  it('lists open needs by territory and qualification, with the providers the actor may declare for', async () => {
    const list = (
      await pesManager.get(`/api/staffing-needs?territory=${MODLIBORZYCE}&qualificationId=${carer.id}`)
    ).json<StaffingNeedListResponse>();
    expect(list.total).toBe(1);
    expect(list.declareFor).toEqual([{ id: cooperative.id, name: 'Spółdzielnia Socjalna Kadry' }]);
    expect(
      (await outsider.get('/api/staffing-needs?q=kucharz&status=all')).json<StaffingNeedListResponse>().total,
    ).toBe(1);
  });
});
