import { execFileSync } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanListResponse, PlanView } from '../../../common/contracts/commissioning';
import { buildPlan, planForm } from '../../../tests/support/factories/commissioning';
import { buildInstitution, LUBLIN } from '../../../tests/support/factories/institutions';
import { buildReadiness } from '../../../tests/support/factories/provider-readiness';
import { catalogueType } from '../../../tests/support/factories/social-services';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';
import { readinessAssessments } from '../provider-readiness';

let t: TestApp;
let gminaId: string;
/** The gmina's official, an NGO coordinator (holds the permission, but no JST), an official of another gmina. */
let official: Agent;
let ngoCoordinator: Agent;
let otherOfficial: Agent;

type ErrorBody = {
  error: { code: string; message: string; fields?: { field: string; code: string; message: string }[] };
};
const fieldsOf = (body: ErrorBody) => body.error.fields?.map((f) => `${f.field} ${f.code}`) ?? [];

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) =>
  t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);

beforeAll(async () => {
  t = await createTestApp();
  gminaId = (await buildInstitution(t.ctx, { type: 'jstGmina', name: 'Urząd Gminy Testowej' })).id;
  official = await signIn(gminaId, 'official');
  ngoCoordinator = await signIn((await buildInstitution(t.ctx)).id, 'coordinator');
  const otherGmina = await buildInstitution(t.ctx, { type: 'jstGmina', territoryCode: LUBLIN.gmina });
  otherOfficial = await signIn(otherGmina.id, 'official');
});
afterAll(() => t.close());

describe('writing a plan', () => {
  it('refuses a plan shorter than a budget year, on the end date, in the user’s language', async () => {
    const body = planForm(gminaId, { startsOn: '2026-03-01', endsOn: '2027-02-28' });
    const pl = await official.post('/api/commissioning/plans', body);
    expect(pl.statusCode).toBe(400);
    const field = pl.json<ErrorBody>().error.fields?.find((f) => f.field === 'endsOn');
    expect(field).toMatchObject({ code: 'commissioning.shorterThanBudgetYear' });
    expect(field?.message).toContain('rok budżetowy');
    const en = await official.post('/api/commissioning/plans', body, { 'x-locale': 'en' });
    expect(en.json<ErrorBody>().error.fields?.find((f) => f.field === 'endsOn')?.message).toContain(
      'budget year',
    );
  });

  it('refuses a baseline and targets that do not add up, naming each field', async () => {
    const response = await official.post(
      '/api/commissioning/plans',
      planForm(gminaId, {
        baseYear: 2026,
        baselinePesCount: 11,
        targets: [
          { year: 2026, count: 1, value: '1', sharePercent: 5 },
          { year: 2026, count: 2, value: '2', sharePercent: 5 },
          { year: 2028, count: 2, value: 'dużo', sharePercent: 120 },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.json<ErrorBody>()).sort()).toEqual(
      [
        'baseYear commissioning.baseYearNotBefore',
        'baselinePesCount commissioning.pesAboveTotal',
        'targets.1.year commissioning.targetDuplicate',
        'targets.2.year commissioning.yearOutsidePlan',
        'targets.2.value field.money',
        'targets.2.sharePercent commissioning.share',
      ].sort(),
    );
  });

  it('is refused to anyone but the JST’s own people, and answers 201 with the audit row otherwise', async () => {
    expect((await ngoCoordinator.post('/api/commissioning/plans', planForm(gminaId))).statusCode).toBe(403);
    expect((await otherOfficial.post('/api/commissioning/plans', planForm(gminaId))).statusCode).toBe(403);
    const created = await official.post(
      '/api/commissioning/plans',
      planForm(gminaId, { title: 'Plan Gminy Testowej' }),
    );
    expect(created.statusCode).toBe(201);
    const view = created.json<PlanView>();
    expect(view).toMatchObject({
      state: 'draft',
      baselinePesValue: 12_000_000,
      baselineTotalValue: 80_000_000,
      targets: [{ year: 2026, count: 4, value: 25_000_000, sharePercent: 30 }],
      abilities: { update: true, adopt: true, manageCommissions: true, manageContracts: false, reviewAs: [] },
    });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'commissioningPlan.create'), eq(auditEvents.entityId, view.id)));
    expect(event).toMatchObject({ institutionId: gminaId, entityType: 'commissioningPlan' });
  });
});

describe('a draft is the JST’s own', () => {
  it('is not found by anyone outside the JST, and only its own people list it', async () => {
    const { id } = await buildPlan(t.ctx, { jstId: gminaId });
    for (const path of ['', '/plan.pdf', '/export.xlsx'])
      expect((await otherOfficial.get(`/api/commissioning/plans/${id}${path}`)).statusCode).toBe(404);
    const view = (await official.get(`/api/commissioning/plans/${id}`)).json<PlanView>();
    const change = await otherOfficial.patch(`/api/commissioning/plans/${id}`, {
      ...planForm(gminaId),
      jstInstitutionId: undefined,
      version: view.version,
    });
    expect(change.statusCode).toBe(404);
    const theirs = (
      await otherOfficial.get('/api/commissioning/plans?pageSize=100')
    ).json<PlanListResponse>();
    expect(theirs.items.map((p) => p.id)).not.toContain(id);
    const ours = (
      await official.get('/api/commissioning/plans?pageSize=100&state=draft')
    ).json<PlanListResponse>();
    expect(ours.items.map((p) => p.id)).toContain(id);
    expect(ours.canCreateFor).toEqual([{ id: gminaId, name: 'Urząd Gminy Testowej' }]);
  });

  it('answers a stale version with 409 and the plan as it is now', async () => {
    const { id } = await buildPlan(t.ctx, { jstId: gminaId });
    const view = (await official.get(`/api/commissioning/plans/${id}`)).json<PlanView>();
    const { jstInstitutionId: _, ...form } = planForm(gminaId);
    const first = await official.patch(`/api/commissioning/plans/${id}`, {
      ...form,
      title: 'Pierwsza',
      version: view.version,
    });
    expect(first.statusCode).toBe(200);
    const second = await official.patch(`/api/commissioning/plans/${id}`, {
      ...form,
      title: 'Druga',
      version: view.version,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<{ error: { details: { current: PlanView } } }>().error.details.current.title).toBe(
      'Pierwsza',
    );
    const moved = await official.patch(`/api/commissioning/plans/${id}`, {
      ...form,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      baseYear: 2026,
      targets: [],
      version: view.version + 1,
    });
    expect(fieldsOf(moved.json<ErrorBody>())).toEqual(['endsOn commissioning.commissionOutsidePeriod']);
  });

  it('takes commissions of catalogue types to PES of the registry, within its years', async () => {
    const { id } = await buildPlan(t.ctx, { jstId: gminaId });
    const ops = await buildInstitution(t.ctx, { type: 'ops' });
    const type = await catalogueType(t.ctx);
    const refused = await official.post(`/api/commissioning/plans/${id}/commissions`, {
      serviceTypeId: type.id,
      mode: 'reservedContract',
      year: 2027,
      budget: '10 000',
      expectedContractorIds: [ops.id],
    });
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused.json<ErrorBody>())).toEqual([
      'year commissioning.yearOutsidePlan',
      'expectedContractorIds.0 commissioning.contractorNotPes',
    ]);
    const added = await official.post(`/api/commissioning/plans/${id}/commissions`, {
      serviceTypeId: type.id,
      mode: 'reservedContract',
      year: 2026,
      quarter: 3,
      budget: '10 000',
    });
    expect(added.statusCode).toBe(201);
    const view = added.json<PlanView>();
    expect(view.commissions).toHaveLength(2);
    expect(view.plannedBudget).toBe(7_000_000);
    const removed = view.commissions.find((c) => c.mode === 'reservedContract')!;
    const stale = await official.delete(
      `/api/commissioning/plans/${id}/commissions/${removed.id}?version=${removed.version + 1}`,
    );
    expect(stale.statusCode).toBe(409);
    const gone = await official.delete(
      `/api/commissioning/plans/${id}/commissions/${removed.id}?version=${removed.version}`,
    );
    expect(gone.json<PlanView>().commissions).toHaveLength(1);
  });
});

describe('adoption and what follows', () => {
  it('needs the resolution and a commission; then the plan is fixed and public', async () => {
    const empty = (
      await official.post('/api/commissioning/plans', planForm(gminaId, { title: 'Plan bez zleceń' }))
    ).json<PlanView>();
    const noCommissions = await official.post(`/api/commissioning/plans/${empty.id}/adopt`, {
      version: empty.version,
      resolutionNumber: 'XI/1/2025',
      resolutionDate: '2025-12-01',
    });
    expect(noCommissions.statusCode).toBe(400);
    expect(fieldsOf(noCommissions.json<ErrorBody>())).toEqual(['commissions commissioning.noCommissions']);

    const { id, plan } = await buildPlan(t.ctx, { jstId: gminaId });
    const missing = await official.post(`/api/commissioning/plans/${id}/adopt`, {
      version: plan.row.version,
    });
    expect(fieldsOf(missing.json<ErrorBody>())).toEqual([
      'resolutionNumber field.required',
      'resolutionDate field.required',
    ]);
    const adopted = await official.post(`/api/commissioning/plans/${id}/adopt`, {
      version: plan.row.version,
      resolutionNumber: 'XII/90/2025',
      resolutionDate: '2025-12-18',
    });
    expect(adopted.statusCode).toBe(200);
    const view = adopted.json<PlanView>();
    expect(view).toMatchObject({
      state: 'adopted',
      resolutionNumber: 'XII/90/2025',
      resolutionDate: '2025-12-18',
    });

    const { jstInstitutionId: _, ...form } = planForm(gminaId);
    const edit = await official.patch(`/api/commissioning/plans/${id}`, { ...form, version: view.version });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<ErrorBody>().error.code).toBe('commissioning.notAllowedIn.adopted');

    const theirs = await otherOfficial.get(`/api/commissioning/plans/${id}`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json<PlanView>().abilities).toMatchObject({ update: false, manageContracts: false });
    const foreignContract = await otherOfficial.post(`/api/commissioning/plans/${id}/contracts`, {
      commissionId: view.commissions[0]!.id,
      contractorInstitutionId: view.commissions[0]!.expectedContractors[0]!.id,
      number: 'X',
      startsOn: '2026-04-01',
      endsOn: '2026-12-31',
      value: '1',
    });
    expect(foreignContract.statusCode).toBe(403);
  });

  it('the PDF is the annex to the resolution, with Polish characters', async () => {
    const { id } = await buildPlan(t.ctx, { jstId: gminaId, adopted: true });
    const response = await official.get(`/api/commissioning/plans/${id}/plan.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: response.rawPayload }).toString(
      'utf8',
    );
    expect(text).toContain('Załącznik do uchwały nr XII/85/2025 Rady Gminy z dnia 18 grudnia 2025');
    // Table cells wrap, so the service's name and description are checked word by word.
    expect(text).toContain('Usługi opiekuńcze');
    expect(text).toMatch(/codziennych\s+czynnościach/);
    expect(text).toContain('Otwarty konkurs ofert');
    expect(text).toContain('Strategia rozwiązywania problemów społecznych');
    expect(text).toContain('Spółdzielnia Socjalna');
    expect(text).toContain('„Pomocna');
    expect(text).toContain('Dłoń”');
  });
});

describe('execution: contracts, progress, quality reviews', () => {
  let id: string;
  let view: PlanView;
  let ops: Agent;
  let opsId: string;

  beforeAll(async () => {
    const built = await buildPlan(t.ctx, { jstId: gminaId, adopted: true });
    id = built.id;
    opsId = (await buildInstitution(t.ctx, { type: 'ops', name: 'Ośrodek Pomocy Społecznej Testowy' })).id;
    ops = await signIn(opsId, 'caseWorker');
    await buildReadiness(t.ctx, built.pes.id, built.plan.commissions[0]!.serviceTypeId);
    const response = await official.post(`/api/commissioning/plans/${id}/contracts`, {
      commissionId: built.commissionId,
      contractorInstitutionId: built.pes.id,
      number: 'UM/12/2026',
      startsOn: '2026-04-01',
      endsOn: '2026-12-31',
      value: '58 500,50',
      indicators: [{ name: 'Liczba osób objętych usługami', unit: 'osoba', target: 12 }],
    });
    expect(response.statusCode).toBe(201);
    view = response.json<PlanView>();
  });

  it('counts the contract in the year it starts, against the target and the baseline', () => {
    expect(view.contracts[0]).toMatchObject({
      number: 'UM/12/2026',
      value: 5_850_050,
      indicators: [{ name: 'Liczba osób objętych usługami', target: 12, actual: null }],
    });
    expect(view.progress).toEqual([
      {
        year: 2026,
        target: { year: 2026, count: 4, value: 25_000_000, sharePercent: 30 },
        plannedCount: 1,
        plannedBudget: 6_000_000,
        contractedCount: 1,
        contractedValue: 5_850_050,
        increaseOverBaseline: -1,
        targetReachedPercent: 25,
      },
    ]);
  });

  it('refuses a contractor that is not a social economy entity', async () => {
    const pup = await buildInstitution(t.ctx, { type: 'pup' });
    const response = await official.post(`/api/commissioning/plans/${id}/contracts`, {
      commissionId: view.commissions[0]!.id,
      contractorInstitutionId: pup.id,
      number: 'UM/13/2026',
      startsOn: '2026-04-01',
      endsOn: '2026-03-31',
      value: '1',
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.json<ErrorBody>())).toEqual(['endsOn field.dateOrder']);
    const fixed = await official.post(`/api/commissioning/plans/${id}/contracts`, {
      commissionId: view.commissions[0]!.id,
      contractorInstitutionId: pup.id,
      number: 'UM/13/2026',
      startsOn: '2026-04-01',
      endsOn: '2026-12-31',
      value: '1',
    });
    expect(fieldsOf(fixed.json<ErrorBody>())).toEqual([
      'contractorInstitutionId commissioning.contractorNotPes',
    ]);
  });

  it('enters what the indicators reached, at the version read', async () => {
    const contract = view.contracts[0]!;
    const body = {
      contractorInstitutionId: contract.contractor.id,
      number: contract.number,
      startsOn: contract.startsOn,
      endsOn: contract.endsOn,
      value: '58 500,50',
      indicators: [{ name: 'Liczba osób objętych usługami', unit: 'osoba', target: 12, actual: 9 }],
    };
    const ok = await official.patch(`/api/commissioning/plans/${id}/contracts/${contract.id}`, {
      ...body,
      version: contract.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<PlanView>().contracts[0]?.indicators[0]?.actual).toBe(9);
    const stale = await official.patch(`/api/commissioning/plans/${id}/contracts/${contract.id}`, {
      ...body,
      version: contract.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('the OPS of the gmina records a review with the checklist of the service card', async () => {
    const opsView = (await ops.get(`/api/commissioning/plans/${id}`)).json<PlanView>();
    expect(opsView.abilities.reviewAs).toEqual([{ id: opsId, name: 'Ośrodek Pomocy Społecznej Testowy' }]);
    const template = opsView.commissions[0]!.checklistTemplate;
    expect(template.map((i) => i.source)).toEqual([
      'qualification',
      'qualification',
      'qualification',
      'organisationalResource',
      'organisationalResource',
      'organisationalResource',
      'organisationalResource',
      'technicalResource',
      'technicalResource',
    ]);
    const body = {
      contractId: view.contracts[0]!.id,
      reviewerInstitutionId: opsId,
      kind: 'visit',
      reviewedOn: '2026-06-15',
      checklist: template.map((_, i) => ({ answer: i === 0 ? 'notMet' : 'met' })),
      findings: 'Usługi świadczone zgodnie z harmonogramem.',
      recommendations: 'Uzupełnić kwalifikacje jednej opiekunki.',
      followUpOn: '2026-09-15',
    };
    const short = await ops.post(`/api/commissioning/plans/${id}/reviews`, { ...body, checklist: [] });
    expect(fieldsOf(short.json<ErrorBody>())).toEqual(['checklist commissioning.checklistIncomplete']);
    expect((await official.post(`/api/commissioning/plans/${id}/reviews`, body)).statusCode).toBe(403);
    const created = await ops.post(`/api/commissioning/plans/${id}/reviews`, body);
    expect(created.statusCode).toBe(201);
    const review = created.json<PlanView>().reviews[0]!;
    expect(review).toMatchObject({ status: 'open', followUpOn: '2026-09-15', abilities: { update: true } });
    expect(review.checklist[0]).toMatchObject({ source: 'qualification', answer: 'notMet' });
    expect(review.checklist[0]?.text).toContain('Personel ma kwalifikacje');

    const { contractId: _, reviewerInstitutionId: __, ...fields } = body;
    const closed = await ops.patch(`/api/commissioning/plans/${id}/reviews/${review.id}`, {
      ...fields,
      status: 'closed',
      version: review.version,
    });
    expect(closed.json<PlanView>().reviews[0]?.status).toBe('closed');
    const stale = await ops.patch(`/api/commissioning/plans/${id}/reviews/${review.id}`, {
      ...fields,
      version: review.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('an OPS of another gmina may not review, nor record in the name of one it does not work at', async () => {
    const foreignOps = await buildInstitution(t.ctx, { type: 'ops', territoryCode: LUBLIN.gmina });
    const foreign = await signIn(foreignOps.id, 'manager');
    const body = {
      contractId: view.contracts[0]!.id,
      kind: 'deskReview',
      reviewedOn: '2026-06-15',
      checklist: view.commissions[0]!.checklistTemplate.map(() => ({ answer: 'met' })),
      findings: 'Brak uwag.',
    };
    const notServing = await foreign.post(`/api/commissioning/plans/${id}/reviews`, {
      ...body,
      reviewerInstitutionId: foreignOps.id,
    });
    expect(fieldsOf(notServing.json<ErrorBody>())).toEqual([
      'reviewerInstitutionId commissioning.reviewerNotServing',
    ]);
    const inTheirName = await foreign.post(`/api/commissioning/plans/${id}/reviews`, {
      ...body,
      reviewerInstitutionId: opsId,
    });
    expect(inTheirName.statusCode).toBe(403);
  });

  it('the XLSX holds the plan with its execution, read back', async () => {
    const response = await official.get(`/api/commissioning/plans/${id}/export.xlsx`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Plan',
      'Cele',
      'Zlecenia',
      'Umowy i postęp',
      'Postęp względem celów',
      'Kontrole jakości',
    ]);
    const contracts = workbook.getWorksheet('Umowy i postęp')!;
    expect(contracts.getRow(2).getCell(1).value).toBe('UM/12/2026');
    expect(contracts.getRow(2).getCell(6).value).toBe(58500.5);
    expect(String(contracts.getRow(2).getCell(3).value)).toContain('Spółdzielnia Socjalna');
    const progress = workbook.getWorksheet('Postęp względem celów')!;
    expect(progress.getRow(2).values).toEqual([undefined, 2026, 4, 250000, 1, 60000, 1, 58500.5, -1, 25]);
    const reviews = workbook.getWorksheet('Kontrole jakości')!;
    expect(String(reviews.getRow(2).getCell(5).value)).toContain('Nie spełnia');
  });

  it('goes into execution and is reported; after that nothing is added', async () => {
    const now = (await official.get(`/api/commissioning/plans/${id}`)).json<PlanView>();
    expect(
      (await official.post(`/api/commissioning/plans/${id}/report`, { version: now.version })).statusCode,
    ).toBe(409);
    const started = await official.post(`/api/commissioning/plans/${id}/start-execution`, {
      version: now.version,
    });
    expect(started.json<PlanView>().state).toBe('inExecution');
    const reported = await official.post(`/api/commissioning/plans/${id}/report`, {
      version: started.json<PlanView>().version,
    });
    expect(reported.json<PlanView>()).toMatchObject({
      state: 'reported',
      abilities: { manageContracts: false },
    });
    const late = await official.post(`/api/commissioning/plans/${id}/contracts`, {
      commissionId: now.commissions[0]!.id,
      contractorInstitutionId: now.contracts[0]!.contractor.id,
      number: 'UM/99/2026',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
      value: '1',
    });
    expect(late.statusCode).toBe(409);
    const actions = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.institutionId, gminaId));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'commissioningPlan.adopt',
        'commissioningPlan.startExecution',
        'commissioningPlan.report',
        'commissioningContract.create',
        'commissioningContract.update',
        'qualityReview.create',
        'qualityReview.update',
      ]),
    );
  });
});

describe('contracts only with a provider confirmed ready for the service type', () => {
  let id: string;
  let commissionId: string;
  let serviceTypeId: string;

  beforeAll(async () => {
    const built = await buildPlan(t.ctx, { jstId: gminaId, adopted: true });
    id = built.id;
    commissionId = built.commissionId;
    serviceTypeId = built.plan.commissions[0]!.serviceTypeId;
  });

  const contractFor = (contractorInstitutionId: string) => ({
    commissionId,
    contractorInstitutionId,
    number: 'UM/14/2026',
    startsOn: '2026-04-01',
    endsOn: '2026-12-31',
    value: '10 000',
  });
  const refusal = async (contractorInstitutionId: string, locale = 'pl') => {
    const response = await official.post(
      `/api/commissioning/plans/${id}/contracts`,
      contractFor(contractorInstitutionId),
      { 'x-locale': locale },
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json<ErrorBody>().error.fields ?? [];
    expect(fields.map((f) => f.field)).toEqual(['contractorInstitutionId']);
    return fields[0]!;
  };
  const pes = (name: string) => buildInstitution(t.ctx, { type: 'pes', name });

  it('refuses a PES never assessed for it, saying so in Polish and in English', async () => {
    const { id: unassessed } = await pes('Spółdzielnia Socjalna Nieoceniona');
    const pl = await refusal(unassessed);
    expect(pl.code).toBe('commissioning.contractorNotReady.noAssessment');
    expect(pl.message).toContain('nie został oceniony');
    expect(pl.message).toContain('„Usługi opiekuńcze w miejscu zamieszkania”');
    const en = await refusal(unassessed, 'en');
    expect(en.message).toContain('has not been assessed for readiness');
  });

  it('refuses one whose assessment still awaits verification', async () => {
    const { id: waiting } = await pes('Spółdzielnia Socjalna Czekająca');
    await buildReadiness(t.ctx, waiting, serviceTypeId, { until: 'submitted' });
    const pl = await refusal(waiting);
    expect(pl.code).toBe('commissioning.contractorNotReady.submitted');
    expect(pl.message).toContain('czeka na weryfikację');
    expect((await refusal(waiting, 'en')).message).toContain('awaits verification');
  });

  it('refuses one whose confirmation has expired, with the day it lapsed', async () => {
    const { id: lapsed } = await pes('Spółdzielnia Socjalna Wygasła');
    const confirmed = await buildReadiness(t.ctx, lapsed, serviceTypeId);
    await t.database.db
      .update(readinessAssessments)
      .set({ validFrom: '2023-01-01', validUntil: '2024-06-30' })
      .where(eq(readinessAssessments.id, confirmed.id));
    const pl = await refusal(lapsed);
    expect(pl.code).toBe('commissioning.contractorNotReady.expired');
    expect(pl.message).toContain('wygasło 30.06.2024');
    expect((await refusal(lapsed, 'en')).message).toContain('expired on 30.06.2024');
  });

  it('refuses one ready for another service type only, and takes one confirmed for this one', async () => {
    const { id: other } = await pes('Spółdzielnia Socjalna Inna Usługa');
    const otherType = await catalogueType(t.ctx, 'specjalistyczne-uslugi-opiekuncze');
    await buildReadiness(t.ctx, other, otherType.id);
    expect((await refusal(other)).code).toBe('commissioning.contractorNotReady.noAssessment');
    await buildReadiness(t.ctx, other, serviceTypeId);
    const accepted = await official.post(`/api/commissioning/plans/${id}/contracts`, contractFor(other));
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json<PlanView>().contracts.map((c) => c.contractor.id)).toContain(other);
  });

  it('refuses to switch a contract to a provider that is not ready', async () => {
    const { id: unassessed } = await pes('Spółdzielnia Socjalna Zamiennik');
    const now = (await official.get(`/api/commissioning/plans/${id}`)).json<PlanView>();
    const contract = now.contracts.find((c) => c.number === 'UM/14/2026')!;
    const response = await official.patch(`/api/commissioning/plans/${id}/contracts/${contract.id}`, {
      ...contractFor(unassessed),
      commissionId: undefined,
      version: contract.version,
    });
    expect(fieldsOf(response.json<ErrorBody>())).toEqual([
      'contractorInstitutionId commissioning.contractorNotReady.noAssessment',
    ]);
  });
});
