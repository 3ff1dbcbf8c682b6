import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../../common/contracts/attention';
import type { LifecycleView } from '../../../common/contracts/partnership-activity';
import type { AgreementList, AgreementView } from '../../../common/contracts/partnership-agreements';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';
import { addDays, warsawToday } from './agreement-state';

/**
 * The states of an agreement beyond the happy path: withdrawing a text from signature back to
 * a draft (its signatures voided and kept), expiry past the term as every reader sees it, and
 * the reminder of an agreement running out for those who govern the partnership.
 */

let t: TestApp;
let outsider: Agent;

type ErrorBody = { error: { code: string; fields?: { field: string; code: string }[] } };

/** A model A partnership with a signed-in manager at each member: OPS leads, NGO coordinates, PUP implements. */
async function partnershipWithAgents() {
  const p = await buildPartnership(t.ctx);
  const signIn = async (institutionId: string) =>
    t.agent().signIn((await buildMember(t.ctx, institutionId, 'manager')).email, DEFAULT_PASSWORD);
  const agents = { ops: await signIn(p.ops.id), ngo: await signIn(p.ngo.id), pup: await signIn(p.pup.id) };
  const url = (path = '') => `/api/partnerships/${p.id}/agreements${path}`;
  /** A cooperation agreement of this term, sent to signature. */
  const inSignature = async (termFrom: string | null, termTo: string | null) => {
    const created = (
      await agents.ops.post(url(), { kind: 'cooperation', termFrom, termTo })
    ).json<AgreementView>();
    const filled = (
      await agents.ops.patch(url(`/${created.id}`), {
        version: created.version,
        sections: { resources: 'Każdy partner finansuje swoje zadania ze swojego budżetu.' },
      })
    ).json<AgreementView>();
    const sent = await agents.ops.post(url(`/${filled.id}/send-to-signature`), { version: filled.version });
    expect(sent.statusCode).toBe(200);
    return sent.json<AgreementView>();
  };
  const sign = async (a: AgreementView, who: 'ops' | 'ngo' | 'pup', signedOn: string) => {
    const response = await agents[who].post(url(`/${a.id}/signatures`), {
      version: a.version,
      memberId: p.members[who].id,
      signerName: 'Łucja Żółkiewska',
      signerPosition: 'Dyrektor',
      signedOn,
    });
    expect(response.statusCode).toBe(200);
    return response.json<AgreementView>();
  };
  const signedByAll = async (a: AgreementView, signedOn: string) =>
    sign(await sign(await sign(a, 'ops', signedOn), 'pup', signedOn), 'ngo', signedOn);
  return { p, ...agents, url, inSignature, sign, signedByAll };
}

const attentionOf = async (agent: Agent) =>
  (await agent.get('/api/attention')).json<{ items: AttentionItem[] }>().items;

beforeAll(async () => {
  t = await createTestApp();
  outsider = await t
    .agent()
    .signIn(
      (await buildMember(t.ctx, (await buildInstitution(t.ctx)).id, 'manager')).email,
      DEFAULT_PASSWORD,
    );
});
afterAll(() => t.close());

describe('withdrawing an agreement from signature', () => {
  let s: Awaited<ReturnType<typeof partnershipWithAgents>>;
  let a: AgreementView;
  const withdraw = (agent: Agent, body: object) =>
    agent.post(s.url(`/${a.id}/withdraw-from-signature`), body);

  beforeAll(async () => {
    s = await partnershipWithAgents();
    a = await s.sign(await s.inSignature('2025-01-01', null), 'ops', '2025-02-01');
  });

  it('is offered to those who govern, refused to an implementer (403) and hidden from an outsider (404)', async () => {
    expect(a.abilities.withdrawFromSignature).toBe(true);
    expect((await s.pup.get(s.url(`/${a.id}`))).json<AgreementView>().abilities.withdrawFromSignature).toBe(
      false,
    );
    expect((await withdraw(s.pup, { version: a.version, reason: 'Błąd w nazwie strony' })).statusCode).toBe(
      403,
    );
    expect((await withdraw(outsider, { version: a.version, reason: 'Intruz' })).statusCode).toBe(404);
  });

  it('needs a reason (a field error) and the version read (409 with the agreement as it is)', async () => {
    const blank = await withdraw(s.ops, { version: a.version, reason: '' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<ErrorBody>().error.fields?.[0]).toMatchObject({ field: 'reason' });
    const stale = await withdraw(s.ops, { version: a.version - 1, reason: 'Błąd w nazwie strony' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.code).toBe('versionConflict');
  });

  it('returns the text to a draft, voids the signatures given and keeps them with the reason, audited', async () => {
    const response = await withdraw(s.ngo, { version: a.version, reason: 'Błędny adres siedziby PUP' });
    expect(response.statusCode).toBe(200);
    a = response.json<AgreementView>();
    expect(a).toMatchObject({ state: 'draft', signedCount: 0, signatures: [], sentToSignatureAt: null });
    expect(a.abilities).toMatchObject({ edit: true, sendToSignature: true, withdrawFromSignature: false });
    expect(a.voidedSignatures).toEqual([
      expect.objectContaining({
        institutionName: s.p.ops.name,
        signerName: 'Łucja Żółkiewska',
        signedOn: '2025-02-01',
        voidReason: 'Błędny adres siedziby PUP',
      }),
    ]);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'partnership.agreement.withdrawFromSignature'),
          eq(auditEvents.entityId, a.id),
        ),
      );
    expect(event?.changes).toMatchObject({
      state: { before: 'inSignature', after: 'draft' },
      reason: 'Błędny adres siedziby PUP',
      voidedSignatures: [{ memberId: s.p.members.ops.id, signedOn: '2025-02-01' }],
    });
  });

  it('no longer asks anyone for a signature; a draft cannot be withdrawn again (409)', async () => {
    expect((await attentionOf(s.pup)).some((i) => i.kind === 'agreementsAwaitingSignature')).toBe(false);
    const again = await withdraw(s.ops, { version: a.version, reason: 'Jeszcze raz' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('agreement.notWithdrawable');
  });

  it('the corrected text goes to signature again and every member, the first signer too, signs anew', async () => {
    const corrected = (
      await s.ops.patch(s.url(`/${a.id}`), {
        version: a.version,
        sections: { parties: 'Strony z poprawionym adresem siedziby PUP.' },
      })
    ).json<AgreementView>();
    a = (
      await s.ops.post(s.url(`/${a.id}/send-to-signature`), { version: corrected.version })
    ).json<AgreementView>();
    expect(a).toMatchObject({ state: 'inSignature', signedCount: 0 });
    a = await s.signedByAll(a, '2025-03-03');
    expect(a).toMatchObject({ state: 'inForce', signedCount: 3, inForceSince: '2025-03-03' });
    expect(a.voidedSignatures).toHaveLength(1);
  });

  it('an agreement in force is not withdrawn: it changes by an annex (409)', async () => {
    const response = await withdraw(s.ops, { version: a.version, reason: 'Zmiana zakresu' });
    expect(response.json<ErrorBody>().error.code).toBe('agreement.notWithdrawable');
  });
});

describe('expiry, derived from the term when read', () => {
  let s: Awaited<ReturnType<typeof partnershipWithAgents>>;
  let expired: AgreementView;
  let current: AgreementView;
  const step4Missing = async () =>
    (await s.ops.get(`/api/partnerships/${s.p.id}/lifecycle`))
      .json<LifecycleView>()
      .steps.find((x) => x.step === 'agreementSigned')?.missing;

  beforeAll(async () => {
    s = await partnershipWithAgents();
    // Signed in the past for a term that has already ended: in force when signed, expired now.
    expired = await s.signedByAll(await s.inSignature('2024-01-01', '2024-12-31'), '2024-01-15');
  });

  it('an agreement in force past its term reads as expired; it cannot be signed or terminated', async () => {
    expect(expired).toMatchObject({ state: 'expired', inForceSince: '2024-01-15' });
    expect(expired.abilities).toMatchObject({ sign: false, terminate: false, withdrawFromSignature: false });
    expect((await s.ngo.get(s.url(`/${expired.id}`))).json<AgreementView>().state).toBe('expired');
  });

  it('is no evidence for step 4 and reminds nobody of its end', async () => {
    expect(await step4Missing()).toBe('lifecycle.noSignedAgreement');
    expect((await attentionOf(s.ops)).some((i) => i.kind === 'agreementsExpiringSoon')).toBe(false);
    current = await s.signedByAll(await s.inSignature('2025-01-01', null), '2025-01-10');
    expect(await step4Missing()).toBeNull();
  });

  it('the list shows each state as the agreement does, and its filter by state agrees', async () => {
    const list = (await s.ngo.get(s.url())).json<AgreementList>();
    expect(list.items.find((i) => i.id === expired.id)?.state).toBe('expired');
    expect(list.items.find((i) => i.id === current.id)?.state).toBe('inForce');
    const filtered = async (state: string) =>
      (await s.ngo.get(s.url(`?state=${state}`))).json<AgreementList>().items.map((i) => i.id);
    expect(await filtered('expired')).toEqual([expired.id]);
    expect(await filtered('inForce')).toEqual([current.id]);
    expect(await filtered('draft')).toEqual([]);
    expect((await s.ngo.get(s.url('?state=lapsed'))).statusCode).toBe(400);
  });
});

describe('the reminder of an agreement running out', () => {
  it('within 60 days, to the managers of the leader and the coordinators only', async () => {
    const s = await partnershipWithAgents();
    const today = warsawToday();
    await s.signedByAll(await s.inSignature('2025-01-01', addDays(today, 45)), today);
    const expiring = (items: AttentionItem[]) => items.filter((i) => i.kind === 'agreementsExpiringSoon');
    expect(expiring(await attentionOf(s.ops))).toEqual([
      {
        kind: 'agreementsExpiringSoon',
        count: 1,
        institutionId: s.p.ops.id,
        institutionName: s.p.ops.name,
        partnership: { id: s.p.id, name: s.p.partnership.row.name },
      },
    ]);
    expect(expiring(await attentionOf(s.ngo))).toHaveLength(1);
    expect(expiring(await attentionOf(s.pup))).toEqual([]);
  });

  it('not yet for an agreement ending in 61 days', async () => {
    const s = await partnershipWithAgents();
    const today = warsawToday();
    await s.signedByAll(await s.inSignature('2025-01-01', addDays(today, 61)), today);
    expect((await attentionOf(s.ops)).some((i) => i.kind === 'agreementsExpiringSoon')).toBe(false);
  });
});
