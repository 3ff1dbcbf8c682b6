import { execFileSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InitiativeListResponse, InitiativeView } from '../../../common/contracts/pes-initiatives';
import { buildPlan } from '../../../tests/support/factories/commissioning';
import { buildInstitution, LUBLIN } from '../../../tests/support/factories/institutions';
import { catalogueType } from '../../../tests/support/factories/social-services';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { auditRowsOf, fieldsOf } from '../../../tests/support/responses';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';

/**
 * What an initiative group is tied to: the planned commission of the JST's adopted plan it
 * prepares for, an OWES of the JST's voivodeship and the PUP of its powiat; and its record as a PDF.
 */

let t: TestApp;
let ids: {
  gmina: string;
  owes: string;
  pup: string;
  farOwes: string;
  lublinPup: string;
  care: string;
  club: string;
  plan: string;
  commission: string;
  draftCommission: string;
  foreignCommission: string;
};
let owes: Agent;
let gminaOfficial: Agent;
let outsider: Agent;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) =>
  t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);

beforeAll(async () => {
  t = await createTestApp();
  const gmina = (await buildInstitution(t.ctx, { type: 'jstGmina' })).id;
  const care = (await catalogueType(t.ctx, 'uslugi-opiekuncze')).id;
  const adopted = await buildPlan(t.ctx, { jstId: gmina, adopted: true });
  const draft = await buildPlan(t.ctx, { jstId: gmina });
  const foreign = await buildPlan(t.ctx, { adopted: true });
  ids = {
    gmina,
    owes: (await buildInstitution(t.ctx, { type: 'owes' })).id,
    pup: (await buildInstitution(t.ctx, { type: 'pup' })).id,
    // Warszawa: another voivodeship (14), so an OWES there does not serve the Lublin region.
    farOwes: (
      await buildInstitution(t.ctx, {
        type: 'owes',
        territoryCode: '1465011',
        city: 'Warszawa',
        postalCode: '00-001',
      })
    ).id,
    lublinPup: (
      await buildInstitution(t.ctx, {
        type: 'pup',
        territoryCode: LUBLIN.gmina,
        city: 'Lublin',
        postalCode: '20-001',
      })
    ).id,
    care,
    club: (await catalogueType(t.ctx, 'klub-dzieciecy')).id,
    plan: adopted.id,
    commission: adopted.commissionId,
    draftCommission: draft.commissionId,
    foreignCommission: foreign.commissionId,
  };
  owes = await signIn(ids.owes, 'coordinator');
  gminaOfficial = await signIn(gmina, 'official');
  outsider = await signIn((await buildInstitution(t.ctx, { type: 'owes' })).id, 'institutionAdmin');
});
afterAll(() => t.close());

const start = (agent: Agent, overrides: Record<string, unknown> = {}) =>
  agent.post('/api/pes-initiatives', {
    name: 'Spółdzielnia Socjalna Opieka',
    legalForm: 'socialCooperative',
    jstInstitutionId: ids.gmina,
    owesInstitutionId: ids.owes,
    pupInstitutionId: ids.pup,
    serviceTypeIds: [ids.care],
    founders: ['Anna K.', 'Jan N.', 'Ewa M.', 'Piotr S.', 'Ola W.'].map((name) => ({ kind: 'person', name })),
    ...overrides,
  });

let linked: InitiativeView;

describe('the planned commission an initiative prepares for', () => {
  it('the form offers the commissions of the JST’s adopted plans only, not drafts or other JSTs’', async () => {
    const response = await owes.get(`/api/pes-initiatives/commission-options?jstInstitutionId=${ids.gmina}`);
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: { commissionId: string }[] }>().items;
    expect(items.map((i) => i.commissionId)).toEqual([ids.commission]);
    expect(items[0]).toMatchObject({
      planId: ids.plan,
      serviceType: { id: ids.care },
      mode: 'openCall',
      year: 2026,
    });
    const bad = await owes.get('/api/pes-initiatives/commission-options?jstInstitutionId=nope');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toHaveProperty('jstInstitutionId');
    expect(
      (await gminaOfficial.get(`/api/pes-initiatives/commission-options?jstInstitutionId=${ids.gmina}`))
        .statusCode,
    ).toBe(403);
  });

  it('links the initiative to the commission and shows the plan; the free text stays a note', async () => {
    const response = await start(owes, {
      plannedCommissionId: ids.commission,
      plannedCommission: 'Grupa liczy też na zlecenie w trybie małego grantu',
    });
    expect(response.statusCode).toBe(201);
    linked = response.json<InitiativeView>();
    expect(linked.plannedFor).toMatchObject({
      commissionId: ids.commission,
      planId: ids.plan,
      planState: 'adopted',
      serviceType: { id: ids.care, name: expect.stringContaining('Usługi opiekuńcze') },
      year: 2026,
      quarter: 2,
      budget: 6_000_000,
    });
    expect(linked.plannedCommission).toBe('Grupa liczy też na zlecenie w trybie małego grantu');
    const audit = await auditRowsOf(t.database.db, linked.id, 'pesInitiative.create');
    expect(JSON.stringify(audit[0])).toContain(ids.commission);
  });

  it('the plan’s page lists the initiatives preparing for its commissions, to those who may see them', async () => {
    const forPlan = await gminaOfficial.get(`/api/pes-initiatives?planId=${ids.plan}`);
    expect(forPlan.statusCode).toBe(200);
    expect(
      forPlan.json<InitiativeListResponse>().items.map((i) => [i.id, i.plannedFor?.commissionId]),
    ).toEqual([[linked.id, ids.commission]]);
    const otherPlan = await gminaOfficial.get(`/api/pes-initiatives?planId=${crypto.randomUUID()}`);
    expect(otherPlan.json<InitiativeListResponse>().total).toBe(0);
    // The plan is public, the group is not: an OWES not supporting it sees none.
    expect(
      (await outsider.get(`/api/pes-initiatives?planId=${ids.plan}`)).json<InitiativeListResponse>().total,
    ).toBe(0);
  });

  it('refuses a draft plan’s commission, another JST’s, and one of a service the group does not aim at', async () => {
    for (const commission of [ids.draftCommission, ids.foreignCommission, crypto.randomUUID()]) {
      const response = await start(owes, { plannedCommissionId: commission });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual({ plannedCommissionId: 'pesInitiative.commissionNotOfJst' });
    }
    const otherService = await start(owes, {
      plannedCommissionId: ids.commission,
      serviceTypeIds: [ids.club],
    });
    expect(fieldsOf(otherService)).toEqual({ plannedCommissionId: 'pesInitiative.commissionServiceType' });
    const dropped = await owes.patch(`/api/pes-initiatives/${linked.id}`, {
      version: linked.version,
      serviceTypeIds: [ids.club],
    });
    expect(dropped.statusCode).toBe(400);
    expect(fieldsOf(dropped)).toEqual({ plannedCommissionId: 'pesInitiative.commissionServiceType' });
  });

  it('the link is cleared with null, and set again at the current version', async () => {
    const cleared = await owes.patch(`/api/pes-initiatives/${linked.id}`, {
      version: linked.version,
      plannedCommissionId: null,
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json<InitiativeView>().plannedFor).toBeNull();
    const stale = await owes.patch(`/api/pes-initiatives/${linked.id}`, {
      version: linked.version,
      plannedCommissionId: ids.commission,
    });
    expect(stale.statusCode).toBe(409);
    const again = await owes.patch(`/api/pes-initiatives/${linked.id}`, {
      version: cleared.json<InitiativeView>().version,
      plannedCommissionId: ids.commission,
    });
    expect(again.statusCode).toBe(200);
    linked = again.json<InitiativeView>();
  });
});

describe('the territory of the supporters', () => {
  it('refuses an OWES of another voivodeship and a PUP of another powiat, naming the field', async () => {
    const farOwes = await signIn(ids.farOwes, 'coordinator');
    const response = await start(farOwes, {
      owesInstitutionId: ids.farOwes,
      pupInstitutionId: ids.lublinPup,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({
      owesInstitutionId: 'pesInitiative.owesOutsideVoivodeship',
      pupInstitutionId: 'pesInitiative.pupOutsidePowiat',
    });
    const pupOnly = await start(owes, { pupInstitutionId: ids.lublinPup });
    expect(fieldsOf(pupOnly)).toEqual({ pupInstitutionId: 'pesInitiative.pupOutsidePowiat' });
  });

  it('a change to another powiat’s PUP is refused too; the PUP may be left out', async () => {
    const response = await owes.patch(`/api/pes-initiatives/${linked.id}`, {
      version: linked.version,
      pupInstitutionId: ids.lublinPup,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual({ pupInstitutionId: 'pesInitiative.pupOutsidePowiat' });
    expect((await start(owes, { pupInstitutionId: null })).statusCode).toBe(201);
  });
});

describe('the initiative’s record as a PDF', () => {
  it('carries the founders check with its legal basis, the plan, the path, the support and milestones', async () => {
    const withPath = await owes.patch(`/api/pes-initiatives/${linked.id}`, {
      version: linked.version,
      steps: [
        { kind: 'training', title: 'Szkolenie z zakładania spółdzielni', date: '2026-02-10', status: 'done' },
      ],
      support: [{ kind: 'labourFundGrant', institutionId: ids.pup, amount: '25 000,00', date: '2026-03-01' }],
      statuteAdoptedOn: '2026-04-01',
    });
    expect(withPath.statusCode).toBe(200);
    const response = await gminaOfficial.get(`/api/pes-initiatives/${linked.id}/record.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('attachment');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: response.rawPayload }).toString(
      'utf8',
    );
    expect(text).toContain('Karta grupy inicjatywnej');
    expect(text).toContain('Minimum ustawowe spełnione');
    expect(text).toMatch(/Podstawa prawna: .*spółdzielniach socjalnych/);
    expect(text).toContain('Anna K.');
    expect(text).toMatch(/Plan zlecania usług społecznych nr \d+/);
    expect(text).toContain('Szkolenie z zakładania spółdzielni');
    expect(text).toMatch(/25\s000,00\szł/);
    expect(text).toContain('1 kwietnia 2026');
    // Reading the founders in the PDF is logged like reading the page.
    expect((await auditRowsOf(t.database.db, linked.id, 'pesInitiative.read')).length).toBeGreaterThan(0);
  });

  it('is 404 to an institution that may not see the group', async () => {
    expect((await outsider.get(`/api/pes-initiatives/${linked.id}/record.pdf`)).statusCode).toBe(404);
  });
});

describe('a commission whose plan has been reported since', () => {
  it('keeps the link through an edit of other fields, but is not offered or linked anew', async () => {
    await t.database.db.execute(
      sql`update commissioning_plans set state = 'reported' where id = ${ids.plan}`,
    );
    const current = (await owes.get(`/api/pes-initiatives/${linked.id}`)).json<InitiativeView>();
    // The form sends every field back, the unchanged link among them.
    const edited = await owes.patch(`/api/pes-initiatives/${linked.id}`, {
      version: current.version,
      name: 'Spółdzielnia Socjalna Opieka Plus',
      plannedCommissionId: ids.commission,
      serviceTypeIds: [ids.care, ids.club],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<InitiativeView>().plannedFor).toMatchObject({ planState: 'reported' });
    const fresh = await start(owes, { plannedCommissionId: ids.commission });
    expect(fresh.statusCode).toBe(400);
    expect(fieldsOf(fresh)).toEqual({ plannedCommissionId: 'pesInitiative.commissionPlanReported' });
    const options = await owes.get(`/api/pes-initiatives/commission-options?jstInstitutionId=${ids.gmina}`);
    expect(options.json<{ items: unknown[] }>().items).toEqual([]);
  });
});
