import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataCategory } from '../../../common/contracts/beneficiaries';
import type { SaveSupportPlanInput, SupportPlanView } from '../../../common/contracts/support-plan';
import { buildPerson } from '../../../tests/support/factories/beneficiaries';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, errorCode, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createScopeItem } from '../partnerships';

let t: TestApp;
let service: Awaited<ReturnType<typeof buildPartnership>>;
let ops: Agent;
let opsCoordinator: Agent;
let pup: Agent;
let scopeItemId: string;

const signIn = async (institutionId: string, role: 'caseWorker' | 'coordinator' = 'caseWorker') => {
  const member = await buildMember(t.ctx, institutionId, role);
  return t.agent().signIn(member.email, DEFAULT_PASSWORD);
};

let people = 0;
async function person(categories: DataCategory[]) {
  const built = await buildPerson(t.ctx, service.id, { lastName: `Żółkiewska-Łęcka ${++people}` });
  const consent = await ops.post(`/api/beneficiaries/${built.id}/consents`, {
    purpose: 'Indywidualny plan wsparcia',
    givenOn: '2025-01-10',
    form: 'inPerson',
    grants: [{ institutionId: service.pup.id, categories }],
  });
  expect(consent.statusCode).toBe(201);
  return built;
}

const draft = (version: number, overrides: Partial<SaveSupportPlanInput> = {}): SaveSupportPlanInput => ({
  goals: [{ text: 'Podjęcie zatrudnienia w zawodzie szwaczki' }],
  actions: [
    {
      scopeItemId,
      goal: 0,
      description: 'Sześć spotkań z doradcą',
      providerInstitutionId: service.ngo.id,
      payerInstitutionId: service.ops.id,
      legalBasis: 'art. 36 ustawy o pomocy społecznej',
      from: '2025-02-01',
      until: '2025-04-30',
      hours: 12,
      cost: '1 200,50',
    },
  ],
  agreement: { signed: false },
  version,
  ...overrides,
});

const planUrl = (personId: string) => `/api/beneficiaries/${personId}/support-plan`;

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
  opsCoordinator = await signIn(service.ops.id, 'coordinator');
  pup = await signIn(service.pup.id, 'coordinator');
});
afterAll(() => t.close());

describe('the individual support plan', () => {
  let personId: string;
  let plan: SupportPlanView;

  it('the OPS drafts it from the service scope; the texts are stored encrypted', async () => {
    personId = (await person(['identification', 'supportPlan'])).id;
    const saved = await ops.put(planUrl(personId), draft(0));
    expect(saved.statusCode).toBe(200);
    plan = saved.json<SupportPlanView>();
    expect(plan.current).toMatchObject({ number: 1, status: 'draft' });
    expect(plan.current?.actions[0]).toMatchObject({
      scopeItem: { id: scopeItemId, instrument: 'vocationalCounselling' },
      provider: { id: service.ngo.id },
      payer: { id: service.ops.id },
      hours: 12,
      costGrosze: 120050,
    });
    expect(plan.abilities).toMatchObject({ edit: true, submit: true, approve: false });
    const raw = await t.database.db.execute(sql`select content_enc from support_plan_versions`);
    expect(JSON.stringify((raw as unknown as { rows: unknown[] }).rows)).not.toContain('szwaczki');
  });

  it('a stale version is 409; wrong actions say which field', async () => {
    expect((await ops.put(planUrl(personId), draft(0))).statusCode).toBe(409);
    const wrong = await ops.put(
      planUrl(personId),
      draft(plan.version, {
        actions: [{ ...draft(0).actions[0]!, providerInstitutionId: service.pup.id, goal: 0, cost: 'dużo' }],
      }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong)).toMatchObject({ 'actions.0.cost': 'field.money' });
    const notProvider = await ops.put(
      planUrl(personId),
      draft(plan.version, { actions: [{ ...draft(0).actions[0]!, providerInstitutionId: service.pup.id }] }),
    );
    expect(fieldsOf(notProvider)).toEqual({ 'actions.0.providerInstitutionId': 'supportPlan.notProvider' });
    const noGoal = await ops.put(
      planUrl(personId),
      draft(plan.version, { actions: [{ ...draft(0).actions[0]!, goal: 3 }] }),
    );
    expect(fieldsOf(noGoal)).toMatchObject({ 'actions.0.goal': 'supportPlan.goalUnknown' });
  });

  it("is submitted once the person's signature is recorded, and approved only by a coordinator", async () => {
    const unsigned = await ops.post(`${planUrl(personId)}/submit`, { version: plan.version });
    expect(unsigned.statusCode).toBe(400);
    expect(fieldsOf(unsigned)).toEqual({ 'agreement.signed': 'supportPlan.agreementMissing' });
    plan = (
      await ops.put(
        planUrl(personId),
        draft(plan.version, { agreement: { signed: true, signedOn: '2025-01-20' } }),
      )
    ).json<SupportPlanView>();
    const submitted = await ops.post(`${planUrl(personId)}/submit`, { version: plan.version });
    expect(submitted.statusCode).toBe(200);
    plan = submitted.json<SupportPlanView>();
    expect(plan.current?.status).toBe('submitted');

    const byCaseWorker = await ops.post(`${planUrl(personId)}/approve`, { version: plan.version });
    expect(byCaseWorker.statusCode).toBe(403);
    expect(errorCode(byCaseWorker)).toBe('supportPlan.approverOnly');
    expect((await pup.post(`${planUrl(personId)}/approve`, { version: plan.version })).statusCode).toBe(403);
    const approved = await opsCoordinator.post(`${planUrl(personId)}/approve`, { version: plan.version });
    expect(approved.statusCode).toBe(200);
    plan = approved.json<SupportPlanView>();
    expect(plan.current).toMatchObject({ status: 'approved', approvedAt: expect.any(String) });
    const audits = await auditRowsOf(
      t.database.db,
      (await planRowId(personId))!,
      'beneficiaries.supportPlan.approve',
    );
    expect(audits[0]?.personalData).toBe(true);
  });

  it('a change of the approved plan opens the next version; the approved one stays frozen', async () => {
    const changed = await ops.put(
      planUrl(personId),
      draft(plan.version, { goals: [{ text: 'Podjęcie pracy w niepełnym wymiarze' }] }),
    );
    expect(changed.statusCode).toBe(200);
    plan = changed.json<SupportPlanView>();
    expect(plan.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);
    expect(plan.current?.goals[0]?.text).toBe('Podjęcie pracy w niepełnym wymiarze');
  });

  it('prints a version as PDF with Polish text', async () => {
    const pdf = await ops.get(`${planUrl(personId)}/versions/1/plan.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    writeFileSync(join(dir, 'plan.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'plan.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Indywidualny plan wsparcia');
    expect(text).toContain('Żółkiewska-Łęcka');
    expect(text).toContain('zatwierdzony');
    expect(text).toContain('Podjęcie zatrudnienia w zawodzie szwaczki');
    // The table wraps its cells: compare with the line breaks folded.
    expect(text.replace(/\s+/g, ' ')).toContain('art. 36 ustawy o pomocy społecznej');
    expect((await ops.get(`${planUrl(personId)}/versions/9/plan.pdf`)).statusCode).toBe(404);
  });

  it('a partner reads it under `supportPlan` but does not change it; without the category it is 404', async () => {
    const read = await pup.get(planUrl(personId));
    expect(read.statusCode).toBe(200);
    expect(read.json<SupportPlanView>().abilities).toEqual({ edit: false, submit: false, approve: false });
    expect((await pup.put(planUrl(personId), draft(plan.version))).statusCode).toBe(403);
    const other = await person(['identification', 'diagnosis']);
    expect((await pup.get(planUrl(other.id))).statusCode).toBe(404);
    expect((await pup.get(`${planUrl(other.id)}/versions/1/plan.pdf`)).statusCode).toBe(404);
  });
});

async function planRowId(personId: string) {
  const raw = await t.database.db.execute(sql`select id from support_plans where person_id = ${personId}`);
  return ((raw as unknown as { rows: { id: string }[] }).rows[0] ?? undefined)?.id;
}
