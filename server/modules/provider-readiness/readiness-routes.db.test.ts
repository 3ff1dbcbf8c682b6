import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AssessmentListResponse,
  AssessmentView,
  ContractorListResponse,
} from '../../../common/contracts/provider-readiness';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildOffering, catalogueType } from '../../../tests/support/factories/social-services';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { warsawToday } from './checklist';
import { confirmedProviders, providerReadiness } from './index';
import { readinessAssessments } from './readiness.table';

const BASE = '/api/provider-readiness/assessments';
/** The capital city of Warsaw: a gmina of another voivodeship (14). */
const WARSAW = '1465011';

let t: TestApp;
let cooperative: { id: string };
let typeId: string;
let pesManager: Agent;
let pesWorker: Agent;
let outsider: Agent;
let owes: Agent;
let farOwes: Agent;
let admin: Agent;
let opsManager: Agent;
let opsId: string;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) =>
  t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);

beforeAll(async () => {
  t = await createTestApp();
  cooperative = await buildInstitution(t.ctx, {
    type: 'pes',
    name: 'Spółdzielnia Socjalna Opieka',
    krs: '0000123456',
  });
  typeId = (await catalogueType(t.ctx, 'uslugi-opiekuncze')).id;
  pesManager = await signIn(cooperative.id, 'manager');
  pesWorker = await signIn(cooperative.id, 'caseWorker');
  outsider = await signIn((await buildInstitution(t.ctx, { type: 'ngo' })).id, 'institutionAdmin');
  owes = await signIn(
    (await buildInstitution(t.ctx, { type: 'owes', name: 'OWES Lubelski' })).id,
    'coordinator',
  );
  farOwes = await signIn(
    (await buildInstitution(t.ctx, { type: 'owes', territoryCode: WARSAW })).id,
    'manager',
  );
  admin = await t.agent().signIn((await buildUser(t.ctx, { isPlatformAdmin: true })).email, DEFAULT_PASSWORD);
  opsId = (await buildInstitution(t.ctx, { type: 'ops' })).id;
  opsManager = await signIn(opsId, 'manager');
});
afterAll(() => t.close());

const start = (agent: Agent, institutionId = cooperative.id, serviceTypeId = typeId) =>
  agent.post(BASE, { institutionId, serviceTypeId });

/** Every item answered met, with a person for each qualification. */
const allMet = (a: AssessmentView) =>
  a.items.map((i) => ({
    key: i.key,
    met: true,
    evidence: 'Dokumenty w biurze',
    staffCount: i.source === 'qualification' ? 2 : null,
  }));
const verdicts = (a: AssessmentView, notMetKey?: string) =>
  a.items.map((i) => ({ key: i.key, verdict: i.key === notMetKey ? 'notMet' : 'met' }));

const contractors = async (agent: Agent, query = '') =>
  (
    await agent.get(`/api/social-services/types/${typeId}/contractors${query}`)
  ).json<ContractorListResponse>();

let assessment: AssessmentView;

describe('starting an assessment', () => {
  it("generates the checklist from the service type's card: qualifications, resources, procedures, the KRS entry", async () => {
    const response = await start(pesManager);
    expect(response.statusCode).toBe(201);
    assessment = response.json<AssessmentView>();
    expect(assessment).toMatchObject({
      status: 'draft',
      version: 1,
      abilities: { edit: true, submit: true, verify: false },
    });
    const sources = assessment.items.map((i) => i.source);
    expect(sources.filter((s) => s === 'qualification')).toHaveLength(3);
    expect(sources.filter((s) => s === 'organisationalResource')).toHaveLength(4);
    expect(sources.filter((s) => s === 'technicalResource')).toHaveLength(2);
    expect(assessment.items.filter((i) => i.source === 'procedure').map((i) => i.key)).toEqual([
      'procedure.complaints',
      'procedure.dataProtection',
      'procedure.deliveryRecords',
    ]);
    expect(assessment.items.find((i) => i.source === 'registerEntry')).toMatchObject({
      key: 'registerEntry.krs',
      registry: { number: '0000123456' },
      met: true,
    });
    expect(assessment.items.map((i) => i.text)).toContain('Opiekunka środowiskowa');
    expect(await auditRowsOf(t.database.db, assessment.id, 'readinessAssessment.start')).toHaveLength(1);
  });

  it("a CIS's checklist asks for its entry in the voivode's register, answered from the registry", async () => {
    const cis = await buildInstitution(t.ctx, { type: 'cis' });
    const manager = await signIn(cis.id, 'manager');
    const response = await start(manager, cis.id, (await catalogueType(t.ctx, 'reintegracja-w-cis')).id);
    expect(response.statusCode).toBe(201);
    expect(response.json<AssessmentView>().items.find((i) => i.source === 'registerEntry')).toMatchObject({
      key: 'registerEntry.voivodeRegister',
      registry: { number: 'CIS/06/12', date: '2019-03-01' },
      met: true,
    });
  });

  it('refuses a second open assessment of the same provider and service type with 409', async () => {
    const response = await start(pesManager);
    expect(response.statusCode).toBe(409);
    expect(errorCode(response)).toBe('readiness.openExists');
  });

  it('refuses an institution that is not a provider, naming the field', async () => {
    const response = await start(opsManager, opsId);
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ institutionId: 'readiness.notProvider' });
  });

  it("refuses another institution's user (403) and a case worker of the provider (403)", async () => {
    expect((await start(outsider)).statusCode).toBe(403);
    expect((await start(pesWorker)).statusCode).toBe(403);
  });
});

describe('who sees a draft', () => {
  it("the provider's members see it; another institution and even the OWES get 404", async () => {
    expect((await pesWorker.get(`${BASE}/${assessment.id}`)).statusCode).toBe(200);
    expect((await outsider.get(`${BASE}/${assessment.id}`)).statusCode).toBe(404);
    expect((await owes.get(`${BASE}/${assessment.id}`)).statusCode).toBe(404);
  });

  it('the contractors list says only that it is in preparation, never its items', async () => {
    const list = await contractors(outsider);
    expect(list.items.find((c) => c.institution.id === cooperative.id)?.readiness).toMatchObject({
      ready: false,
      reason: 'inPreparation',
      missingItems: [],
    });
  });
});

describe('self-assessment and submission', () => {
  it('a qualification marked met needs the number of people holding it', async () => {
    const items = allMet(assessment).map((i, n) => (n === 0 ? { ...i, staffCount: 0 } : i));
    const response = await pesManager.put(`${BASE}/${assessment.id}/self-assessment`, {
      version: assessment.version,
      items,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ 'items.0.staffCount': 'readiness.staffRequired' });
  });

  it('answers must match the checklist', async () => {
    const response = await pesManager.put(`${BASE}/${assessment.id}/self-assessment`, {
      version: assessment.version,
      items: allMet(assessment).slice(1),
    });
    expect(fieldsOf(response)).toEqual({ items: 'readiness.itemsMismatch' });
  });

  it('submission refuses unanswered items, naming each', async () => {
    const response = await pesManager.post(`${BASE}/${assessment.id}/submit`, {
      version: assessment.version,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(response))).toHaveLength(assessment.items.length - 1);
  });

  it('saves the answers, and a stale version answers 409 with the current record', async () => {
    const items = allMet(assessment).map((i) =>
      i.key === 'procedure.complaints' ? { ...i, met: false, evidence: 'W przygotowaniu' } : i,
    );
    const saved = await pesManager.put(`${BASE}/${assessment.id}/self-assessment`, {
      version: assessment.version,
      items,
    });
    expect(saved.statusCode).toBe(200);
    const stale = await pesManager.put(`${BASE}/${assessment.id}/self-assessment`, {
      version: assessment.version,
      items,
    });
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('versionConflict');
    assessment = saved.json<AssessmentView>();
    expect(assessment).toMatchObject({ version: 2, metCount: assessment.itemCount - 1 });
    expect(await auditRowsOf(t.database.db, assessment.id, 'readinessAssessment.selfAssess')).toHaveLength(1);
  });

  it('submits for verification; the provider can no longer change it', async () => {
    const response = await pesManager.post(`${BASE}/${assessment.id}/submit`, {
      version: assessment.version,
    });
    expect(response.statusCode).toBe(200);
    assessment = response.json<AssessmentView>();
    expect(assessment).toMatchObject({ status: 'submitted', abilities: { edit: false, verify: false } });
    const change = await pesManager.put(`${BASE}/${assessment.id}/self-assessment`, {
      version: assessment.version,
      items: allMet(assessment),
    });
    expect(change.statusCode).toBe(409);
    expect(errorCode(change)).toBe('readiness.notEditable');
    expect((await contractors(outsider)).items[0]?.readiness.reason).toBe('submitted');
  });
});

describe('verification', () => {
  it("only an OWES of the provider's voivodeship sees it among those to verify", async () => {
    const near = (await owes.get(`${BASE}?view=verification`)).json<AssessmentListResponse>();
    expect(near.items.map((i) => i.id)).toContain(assessment.id);
    const far = (await farOwes.get(`${BASE}?view=verification`)).json<AssessmentListResponse>();
    expect(far.items).toEqual([]);
    expect((await farOwes.get(`${BASE}/${assessment.id}`)).statusCode).toBe(404);
    expect((await owes.get(`${BASE}/${assessment.id}`)).json<AssessmentView>().abilities.verify).toBe(true);
  });

  it('the provider itself cannot confirm its own readiness (403), an outsider cannot even see it (404)', async () => {
    const body = {
      version: assessment.version,
      items: verdicts(assessment),
      validFrom: '2025-01-01',
      validUntil: '2099-12-31',
    };
    expect((await pesManager.post(`${BASE}/${assessment.id}/confirm`, body)).statusCode).toBe(403);
    expect((await outsider.post(`${BASE}/${assessment.id}/confirm`, body)).statusCode).toBe(404);
  });

  it('refuses confirmation while an item is not met, and a validity already over', async () => {
    const response = await owes.post(`${BASE}/${assessment.id}/confirm`, {
      version: assessment.version,
      items: verdicts(assessment, 'procedure.complaints'),
      validFrom: '2020-01-01',
      validUntil: '2020-12-31',
    });
    expect(response.statusCode).toBe(400);
    const index = assessment.items.findIndex((i) => i.key === 'procedure.complaints');
    expect(fieldsOf(response)).toEqual({
      [`items.${index}.verdict`]: 'readiness.notAllMet',
      validUntil: 'readiness.validityPassed',
    });
  });

  it('returns it for corrections; the contractors list names the items found missing', async () => {
    const response = await owes.post(`${BASE}/${assessment.id}/return`, {
      version: assessment.version,
      items: verdicts(assessment, 'procedure.complaints'),
      comment: 'Brak procedury skarg.',
    });
    expect(response.statusCode).toBe(200);
    assessment = response.json<AssessmentView>();
    expect(assessment).toMatchObject({
      status: 'returned',
      decision: { institutionName: 'OWES Lubelski', comment: 'Brak procedury skarg.' },
    });
    const readiness = (await contractors(outsider)).items.find(
      (c) => c.institution.id === cooperative.id,
    )?.readiness;
    expect(readiness).toMatchObject({
      ready: false,
      reason: 'returned',
      missingItems: [{ key: 'procedure.complaints', source: 'procedure', text: null }],
    });
  });

  it('corrected and submitted again, the OWES confirms it for a period; it leads the contractors', async () => {
    const saved = (
      await pesManager.put(`${BASE}/${assessment.id}/self-assessment`, {
        version: assessment.version,
        items: allMet(assessment),
      })
    ).json<AssessmentView>();
    const submitted = (
      await pesManager.post(`${BASE}/${assessment.id}/submit`, { version: saved.version })
    ).json<AssessmentView>();
    expect(submitted.items.every((i) => i.verdict === null)).toBe(true);
    const response = await owes.post(`${BASE}/${assessment.id}/confirm`, {
      version: submitted.version,
      items: verdicts(submitted),
      validFrom: '2025-01-01',
      validUntil: '2099-12-31',
      comment: 'Komplet dokumentów.',
    });
    expect(response.statusCode).toBe(200);
    assessment = response.json<AssessmentView>();
    expect(assessment).toMatchObject({ status: 'confirmed', validUntil: '2099-12-31' });
    expect(await auditRowsOf(t.database.db, assessment.id, 'readinessAssessment.confirm')).toHaveLength(1);

    const other = await buildInstitution(t.ctx, { type: 'ngo', name: 'Aaa Stowarzyszenie Bez Oceny' });
    await buildOffering(t.ctx, other.id, { serviceTypeId: typeId });
    const list = await contractors(outsider);
    expect(list.items[0]).toMatchObject({
      institution: { id: cooperative.id },
      readiness: { ready: true, reason: 'ready', validUntil: '2099-12-31' },
    });
    expect(list.items.find((c) => c.institution.id === other.id)?.readiness.reason).toBe('noAssessment');
    const ready = await contractors(outsider, '?readyOnly=true');
    expect(ready.items.map((c) => c.institution.id)).toEqual([cooperative.id]);
    expect(await confirmedProviders(t.database.db, typeId)).toEqual([cooperative.id]);
  });

  it('the platform administrator verifies as an expert, in no institution’s name', async () => {
    const foundation = await buildInstitution(t.ctx, {
      type: 'ngo',
      territoryCode: WARSAW,
      krs: '0000654321',
    });
    const manager = await signIn(foundation.id, 'manager');
    const draft = (await start(manager, foundation.id)).json<AssessmentView>();
    const saved = (
      await manager.put(`${BASE}/${draft.id}/self-assessment`, {
        version: draft.version,
        items: allMet(draft),
      })
    ).json<AssessmentView>();
    const submitted = (
      await manager.post(`${BASE}/${draft.id}/submit`, { version: saved.version })
    ).json<AssessmentView>();
    const response = await admin.post(`${BASE}/${draft.id}/confirm`, {
      version: submitted.version,
      items: verdicts(submitted),
      validFrom: warsawToday(),
      validUntil: '2099-12-31',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<AssessmentView>().decision).toMatchObject({ institutionName: null });
  });
});

describe('expiry', () => {
  it('a confirmation past its last day reads as expired, and the provider is no longer a contractor', async () => {
    await t.database.db
      .update(readinessAssessments)
      .set({ validFrom: '2023-01-01', validUntil: '2024-06-30' })
      .where(eq(readinessAssessments.id, assessment.id));
    const read = (await pesManager.get(`${BASE}/${assessment.id}`)).json<AssessmentView>();
    expect(read.status).toBe('expired');
    const readiness = (await contractors(outsider)).items.find(
      (c) => c.institution.id === cooperative.id,
    )?.readiness;
    expect(readiness).toMatchObject({ ready: false, reason: 'expired', expiredOn: '2024-06-30' });
    expect(await providerReadiness(t.database.db, cooperative.id, typeId)).toMatchObject({ ready: false });
    expect(await providerReadiness(t.database.db, cooperative.id, typeId, '2024-06-30')).toMatchObject({
      ready: true,
    });
    expect(await confirmedProviders(t.database.db, typeId)).not.toContain(cooperative.id);
    const expired = (await pesManager.get(`${BASE}?status=expired`)).json<AssessmentListResponse>();
    expect(expired.items.map((i) => i.id)).toEqual([assessment.id]);
  });

  it('a lapsed confirmation lets the provider start a new assessment', async () => {
    expect((await start(pesManager)).statusCode).toBe(201);
  });
});

describe('lists', () => {
  it("own view lists only the actor's institutions, with the providers it may start one for", async () => {
    const mine = (await pesManager.get(`${BASE}?pageSize=1`)).json<AssessmentListResponse>();
    expect(mine).toMatchObject({ total: 2, pageSize: 1, startFor: [{ id: cooperative.id }] });
    const theirs = (await outsider.get(BASE)).json<AssessmentListResponse>();
    expect(theirs.total).toBe(0);
    expect((await pesWorker.get(BASE)).json<AssessmentListResponse>().startFor).toEqual([]);
  });

  it('searches by provider or service type name', async () => {
    const found = (await owes.get(`${BASE}?view=verification&q=opieka`)).json<AssessmentListResponse>();
    expect(found.items.map((i) => i.id)).toEqual([assessment.id]);
  });

  it('an unknown service type has no contractors: 404', async () => {
    const response = await outsider.get(
      '/api/social-services/types/0190f3a4-0000-7000-8000-000000000000/contractors',
    );
    expect(response.statusCode).toBe(404);
  });
});
