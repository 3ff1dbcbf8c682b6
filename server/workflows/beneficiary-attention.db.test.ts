import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../common/contracts/attention';
import type { PersonListItem } from '../../common/contracts/beneficiaries';
import type { Page } from '../../common/contracts/pagination';
import type { IssuedReferral } from '../../common/contracts/referrals';
import { buildPerson } from '../../tests/support/factories/beneficiaries';
import { buildInstitution } from '../../tests/support/factories/institutions';
import { buildPartnership } from '../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../tests/support/test-app';
import { supportPlans, supportPlanVersions } from '../modules/beneficiaries/support-plan.table';
import { createScopeItem } from '../modules/partnerships';

let t: TestApp;
let service: Awaited<ReturnType<typeof buildPartnership>>;
let scopeItemId: string;
let opsWorker: Agent;
let opsCoordinator: Agent;
let ngoWorker: Agent;
let planPersonId: string;

type Role = 'caseWorker' | 'coordinator' | 'official' | 'institutionAdmin';
const signIn = async (institutionId: string, role: Role) => {
  const member = await buildMember(t.ctx, institutionId, role);
  return t.agent().signIn(member.email, DEFAULT_PASSWORD);
};

const attentionOf = async (agent: Agent) => {
  const response = await agent.get('/api/attention');
  expect(response.statusCode).toBe(200);
  return response.json<{ items: AttentionItem[] }>().items;
};

const inDays = (days: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A referral from the OPS to the NGO, for a person whose consent opens identification to the NGO. */
async function issueReferral(personId: string) {
  const consent = await opsWorker.post(`/api/beneficiaries/${personId}/consents`, {
    purpose: 'Usługi operatora partnerstwa',
    givenOn: '2025-01-10',
    form: 'inPerson',
    grants: [{ institutionId: service.ngo.id, categories: ['identification'] }],
  });
  expect(consent.statusCode).toBe(201);
  const response = await opsWorker.post(`/api/beneficiaries/${personId}/referrals`, {
    operatorInstitutionId: service.ngo.id,
    scopeItemIds: [scopeItemId],
    brief: 'Doradztwo zawodowe, preferuje spotkania rano.',
    useBy: inDays(14),
  });
  expect(response.statusCode).toBe(201);
  return response.json<IssuedReferral>();
}

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
  opsWorker = await signIn(service.ops.id, 'caseWorker');
  opsCoordinator = await signIn(service.ops.id, 'coordinator');
  ngoWorker = await signIn(service.ngo.id, 'caseWorker');

  // One referral still waiting for its code, two redeemed by the NGO of which one is past its date.
  const waiting = await buildPerson(t.ctx, service.id, { lastName: 'Czekająca' });
  await issueReferral(waiting.id);
  for (const lastName of ['Przyjmowana', 'Spóźniona']) {
    const person = await buildPerson(t.ctx, service.id, { lastName });
    const issued = await issueReferral(person.id);
    expect((await ngoWorker.post('/api/referrals/redeem', { code: issued.code })).statusCode).toBe(200);
    if (lastName === 'Spóźniona')
      await t.database.db.execute(
        sql`update referrals set use_by = '2024-01-01' where id = ${issued.referral.id}`,
      );
  }
  // A support plan submitted for approval (its content does not matter to the counts).
  planPersonId = (await buildPerson(t.ctx, service.id, { lastName: 'Planowana' })).id;
  const [plan] = await t.database.db.insert(supportPlans).values({ personId: planPersonId }).returning();
  await t.database.db.insert(supportPlanVersions).values({
    planId: plan!.id,
    number: 1,
    status: 'submitted',
    contentEnc: 'test',
    submittedAt: new Date(),
  });
});
afterAll(() => t.close());

const ops = () => ({ institutionId: service.ops.id, institutionName: service.ops.name });
const ngo = () => ({ institutionId: service.ngo.id, institutionName: service.ngo.name });

describe('the caseworker’s worklist on the home page', () => {
  it('the entry institution’s case worker: own cases and codes still waiting, but no approvals', async () => {
    expect(await attentionOf(opsWorker)).toEqual([
      { kind: 'beneficiariesRegistered', count: 4, ...ops() },
      { kind: 'referralsWaitingForCode', count: 1, ...ops() },
    ]);
  });

  it('its coordinator also has the submitted plan to approve', async () => {
    expect(await attentionOf(opsCoordinator)).toEqual([
      { kind: 'beneficiariesRegistered', count: 4, ...ops() },
      { kind: 'referralsWaitingForCode', count: 1, ...ops() },
      { kind: 'supportPlansAwaitingApproval', count: 1, ...ops() },
    ]);
  });

  it('the operator: redeemed referrals to accept or start, and the overdue ones; counts only, no names', async () => {
    const items = await attentionOf(ngoWorker);
    expect(items).toEqual([
      { kind: 'referralsAwaitingService', count: 2, ...ngo() },
      { kind: 'referralsOverdue', count: 1, ...ngo() },
    ]);
    expect(JSON.stringify(items)).not.toMatch(/Przyjmowana|Spóźniona/);
  });

  it('nothing for the staff who do not work with people, other partners, or another institution', async () => {
    expect(await attentionOf(await signIn(service.ops.id, 'official'))).toEqual([]);
    expect(await attentionOf(await signIn(service.pup.id, 'coordinator'))).toEqual([]);
    const other = await buildInstitution(t.ctx);
    expect(await attentionOf(await signIn(other.id, 'institutionAdmin'))).toEqual([]);
  });

  it('the approval link’s list shows only the people whose plan awaits approval', async () => {
    const response = await opsCoordinator.get('/api/beneficiaries?planAwaitingApproval=true');
    expect(response.statusCode).toBe(200);
    const page = response.json<Page<PersonListItem>>();
    expect(page.total).toBe(1);
    expect(page.items.map((p) => p.id)).toEqual([planPersonId]);
    const ngoPage = (await ngoWorker.get('/api/beneficiaries?planAwaitingApproval=true')).json<
      Page<PersonListItem>
    >();
    expect(ngoPage.total).toBe(0);
  });
});
