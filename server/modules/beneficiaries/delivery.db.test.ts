import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedReferral, ReferralView } from '../../../common/contracts/referrals';
import type { DeliveryPage, DeliveryView, PackageView } from '../../../common/contracts/service-delivery';
import type { SupportPlanView } from '../../../common/contracts/support-plan';
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
let ngo: Agent;
let pup: Agent;
let outsider: Agent;
/** Vocational counselling by the NGO; social work by the OPS. */
let counselling: string;
let socialWork: string;
let personId: string;
let referral: IssuedReferral;

const signIn = async (institutionId: string, role: 'caseWorker' | 'coordinator' = 'caseWorker') => {
  const member = await buildMember(t.ctx, institutionId, role);
  return t.agent().signIn(member.email, DEFAULT_PASSWORD);
};

const url = (suffix = '') => `/api/beneficiaries/${personId}${suffix}`;

const delivery = (overrides: Record<string, unknown> = {}) => ({
  deliveredOn: '2025-03-03',
  scopeItemId: counselling,
  hours: 2,
  providerInstitutionId: service.ngo.id,
  payerInstitutionId: service.pup.id,
  cost: '200,00',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  service = await buildPartnership(t.ctx);
  counselling = (
    await createScopeItem(t.ctx, service.id, {
      instrument: 'vocationalCounselling',
      description: 'Doradztwo zawodowe',
      providerMemberIds: [service.members.ngo.id],
    })
  ).id;
  socialWork = (
    await createScopeItem(t.ctx, service.id, {
      instrument: 'socialWork',
      providerMemberIds: [service.members.ops.id],
    })
  ).id;
  ops = await signIn(service.ops.id);
  ngo = await signIn(service.ngo.id, 'coordinator');
  pup = await signIn(service.pup.id, 'coordinator');
  outsider = await signIn((await buildInstitution(t.ctx)).id, 'coordinator');
  const opsCoordinator = await signIn(service.ops.id, 'coordinator');

  personId = (await buildPerson(t.ctx, service.id)).id;
  const consent = await ops.post(url('/consents'), {
    purpose: 'Realizacja pakietu usług',
    givenOn: '2025-01-10',
    form: 'inPerson',
    grants: [
      { institutionId: service.ngo.id, categories: ['identification', 'serviceDelivery'] },
      { institutionId: service.pup.id, categories: ['identification'] },
    ],
  });
  expect(consent.statusCode).toBe(201);
  const action = {
    goal: 0,
    legalBasis: 'art. 36 ustawy o pomocy społecznej',
    from: '2025-02-01',
    until: '2025-06-30',
  };
  const saved = await ops.put(url('/support-plan'), {
    goals: [{ text: 'Powrót do pracy' }],
    actions: [
      {
        ...action,
        scopeItemId: counselling,
        providerInstitutionId: service.ngo.id,
        payerInstitutionId: service.pup.id,
        hours: 6,
        cost: '600,00',
      },
      {
        ...action,
        scopeItemId: socialWork,
        providerInstitutionId: service.ops.id,
        payerInstitutionId: service.ops.id,
        hours: 10,
        cost: '500,00',
      },
    ],
    agreement: { signed: true, signedOn: '2025-01-20' },
    version: 0,
  });
  expect(saved.statusCode).toBe(200);
  const submitted = await ops.post(url('/support-plan/submit'), {
    version: saved.json<SupportPlanView>().version,
  });
  const approved = await opsCoordinator.post(url('/support-plan/approve'), {
    version: submitted.json<SupportPlanView>().version,
  });
  expect(approved.json<SupportPlanView>().current?.status).toBe('approved');
  const issued = await ops.post(url('/referrals'), {
    operatorInstitutionId: service.ngo.id,
    scopeItemIds: [counselling],
    brief: 'Doradztwo zawodowe po długiej przerwie w pracy.',
    useBy: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
  });
  referral = issued.json<IssuedReferral>();
});
afterAll(() => t.close());

describe('deliveries of services to a person', () => {
  let opsDelivery: DeliveryView;

  it('the entry institution records a service of the approved plan; the change is audited', async () => {
    const recorded = await ops.post(
      url('/deliveries'),
      delivery({
        scopeItemId: socialWork,
        providerInstitutionId: service.ops.id,
        payerInstitutionId: service.ops.id,
        hours: 1.5,
        cost: '75,50',
        planAction: 1,
      }),
    );
    expect(recorded.statusCode).toBe(201);
    opsDelivery = recorded.json<DeliveryView>();
    expect(opsDelivery).toMatchObject({
      hours: 1.5,
      costGrosze: 7550,
      planVersion: 1,
      planAction: 1,
      referralId: null,
      provider: { id: service.ops.id },
      scopeItem: { instrument: 'socialWork' },
    });
    const [audit] = await auditRowsOf(t.database.db, opsDelivery.id, 'beneficiaries.delivery.record');
    expect(audit).toMatchObject({ personalData: true, institutionId: service.ops.id });
  });

  it('refuses wrong fields with field messages', async () => {
    const wrong = await ops.post(
      url('/deliveries'),
      delivery({ hours: 0, cost: 'dużo', deliveredOn: '2999-01-01', planAction: 1 }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong)).toMatchObject({
      hours: 'delivery.hours',
      cost: 'field.money',
      deliveredOn: 'delivery.inFuture',
    });
    // Action 1 is social work, not counselling; the OPS does not provide counselling.
    const mismatched = await ops.post(
      url('/deliveries'),
      delivery({ providerInstitutionId: service.ops.id, planAction: 1 }),
    );
    expect(fieldsOf(mismatched)).toEqual({
      providerInstitutionId: 'supportPlan.notProvider',
      planAction: 'delivery.planActionUnknown',
    });
  });

  it('the operator records only while its referral is in service, and only its own services', async () => {
    expect((await ngo.get(url('/deliveries'))).statusCode).toBe(404);
    expect((await ngo.post(url('/deliveries'), delivery())).statusCode).toBe(404);
    const redeemed = await ngo.post('/api/referrals/redeem', { code: referral.code });
    const referralUrl = `/api/referrals/${referral.referral.id}`;
    const accepted = await ngo.post(`${referralUrl}/accept`, {
      version: redeemed.json<ReferralView>().version,
    });
    expect(accepted.statusCode).toBe(200);
    const list = await ngo.get(url('/deliveries'));
    expect(list.statusCode).toBe(200);
    expect(list.json<DeliveryPage>().abilities.record).toBe(false);
    const early = await ngo.post(url('/deliveries'), delivery());
    expect(early.statusCode).toBe(403);
    expect(errorCode(early)).toBe('delivery.notProvider');

    const started = await ngo.post(`${referralUrl}/start`, {
      version: accepted.json<ReferralView>().version,
    });
    expect(started.json<ReferralView>().state).toBe('inService');
    expect((await ngo.get(url('/deliveries'))).json<DeliveryPage>().abilities.record).toBe(true);
    const notOwn = await ngo.post(
      url('/deliveries'),
      delivery({ scopeItemId: socialWork, providerInstitutionId: service.ops.id }),
    );
    expect(fieldsOf(notOwn)).toEqual({ providerInstitutionId: 'delivery.ownProvider' });
    for (const hours of [2, 2.5]) {
      const recorded = await ngo.post(url('/deliveries'), delivery({ hours, cost: '100,25', planAction: 0 }));
      expect(recorded.statusCode).toBe(201);
      expect(recorded.json<DeliveryView>()).toMatchObject({
        referralId: referral.referral.id,
        planAction: 0,
      });
    }
    // Outside the plan: an extra counselling hour the NGO pays for itself.
    const extra = await ngo.post(
      url('/deliveries'),
      delivery({ hours: 1, cost: '50,00', payerInstitutionId: service.ngo.id }),
    );
    expect(extra.statusCode).toBe(201);
    // The operator cannot change what the OPS delivered.
    expect(
      (await ngo.put(url(`/deliveries/${opsDelivery.id}`), delivery({ version: opsDelivery.version })))
        .statusCode,
    ).toBe(403);
  });

  it('a partner without the category and an outsider get 404 from every route', async () => {
    for (const agent of [pup, outsider]) {
      expect((await agent.get(url('/deliveries'))).statusCode).toBe(404);
      expect((await agent.get(url('/package'))).statusCode).toBe(404);
      expect((await agent.post(url('/deliveries'), delivery())).statusCode).toBe(404);
      expect(
        (await agent.put(url(`/deliveries/${opsDelivery.id}`), delivery({ version: 1 }))).statusCode,
      ).toBe(404);
      expect(
        (await agent.post(url('/closure'), { outcome: 'employment', closedOn: '2025-03-01' })).statusCode,
      ).toBe(404);
    }
  });

  it('a correction at a stale version gets 409 with the current record', async () => {
    const body = delivery({
      scopeItemId: socialWork,
      providerInstitutionId: service.ops.id,
      payerInstitutionId: service.ops.id,
      hours: 2,
      cost: '100,00',
      planAction: 1,
    });
    const changed = await ops.put(url(`/deliveries/${opsDelivery.id}`), {
      ...body,
      version: opsDelivery.version,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<DeliveryView>()).toMatchObject({ hours: 2, costGrosze: 10_000, version: 2 });
    const stale = await ops.put(url(`/deliveries/${opsDelivery.id}`), {
      ...body,
      version: opsDelivery.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('versionConflict');
    expect(await auditRowsOf(t.database.db, opsDelivery.id, 'beneficiaries.delivery.update')).toHaveLength(1);
  });

  it('lists newest first a page at a time; the read is logged as personal data', async () => {
    const page = await ops.get(url('/deliveries?page=2&pageSize=3'));
    expect(page.statusCode).toBe(200);
    expect(page.json<DeliveryPage>()).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.json<DeliveryPage>().items).toHaveLength(1);
    const reads = await auditRowsOf(t.database.db, personId, 'beneficiaries.delivery.read');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.personalData)).toBe(true);
  });
});

describe('the package: planned against delivered, per paying partner', () => {
  it('sums per plan action, keeps unplanned services apart and totals each payer alone', async () => {
    const response = await ngo.get(url('/package'));
    expect(response.statusCode).toBe(200);
    const view = response.json<PackageView>();
    expect(view.planVersion).toBe(1);
    expect(view.rows).toEqual([
      expect.objectContaining({
        planAction: 0,
        payer: { id: service.pup.id, name: expect.any(String) },
        plannedHours: 6,
        plannedCostGrosze: 60_000,
        deliveredHours: 4.5,
        deliveredCostGrosze: 20_050,
      }),
      expect.objectContaining({
        planAction: 1,
        plannedHours: 10,
        plannedCostGrosze: 50_000,
        deliveredHours: 2,
        deliveredCostGrosze: 10_000,
      }),
      expect.objectContaining({
        planAction: null,
        payer: { id: service.ngo.id, name: expect.any(String) },
        plannedHours: 0,
        deliveredHours: 1,
        deliveredCostGrosze: 5_000,
      }),
    ]);
    const totals = Object.fromEntries(view.payers.map((p) => [p.payer.id, p]));
    expect(totals[service.pup.id]).toMatchObject({ plannedCostGrosze: 60_000, deliveredCostGrosze: 20_050 });
    expect(totals[service.ops.id]).toMatchObject({ plannedCostGrosze: 50_000, deliveredCostGrosze: 10_000 });
    expect(totals[service.ngo.id]).toMatchObject({ plannedCostGrosze: 0, deliveredCostGrosze: 5_000 });
    expect(view.payers).toHaveLength(3);
    expect(view).toMatchObject({ closure: null, abilities: { close: false } });
    const [audit] = await auditRowsOf(t.database.db, personId, 'beneficiaries.package.read');
    expect(audit?.personalData).toBe(true);
  });
});

describe('closing the case', () => {
  it('a drop-out needs its reason; only the entry institution closes', async () => {
    const noReason = await ops.post(url('/closure'), { outcome: 'dropOut', closedOn: '2025-04-01' });
    expect(fieldsOf(noReason)).toEqual({ dropOutReason: 'field.required' });
    const byOperator = await ngo.post(url('/closure'), { outcome: 'employment', closedOn: '2025-04-01' });
    expect(byOperator.statusCode).toBe(403);
  });

  it('a closed case shows its outcome and refuses new deliveries and a second closure with 409', async () => {
    const closed = await ops.post(url('/closure'), {
      outcome: 'dropOut',
      closedOn: '2025-04-01',
      dropOutReason: 'Wyjazd za granicę',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json<PackageView>()).toMatchObject({
      closure: { outcome: 'dropOut', dropOutReason: 'Wyjazd za granicę', closedOn: '2025-04-01' },
      abilities: { close: false },
    });
    expect((await auditRowsOf(t.database.db, personId, 'beneficiaries.case.close'))[0]?.personalData).toBe(
      true,
    );
    const late = await ngo.post(url('/deliveries'), delivery());
    expect(late.statusCode).toBe(409);
    expect(errorCode(late)).toBe('delivery.caseClosed');
    expect(
      (await ops.post(url('/deliveries'), delivery({ providerInstitutionId: service.ngo.id }))).statusCode,
    ).toBe(409);
    const again = await ops.post(url('/closure'), { outcome: 'employment', closedOn: '2025-04-02' });
    expect(again.statusCode).toBe(409);
    const list = (await ops.get(url('/deliveries'))).json<DeliveryPage>();
    expect(list.abilities.record).toBe(false);
    expect(list.items.every((d) => !d.abilities.edit)).toBe(true);
    expect((await ngo.get(url('/package'))).json<PackageView>().closure?.outcome).toBe('dropOut');
  });
});
