import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnershipCard, PartnershipView } from '../../../common/contracts/partnerships';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { buildIntegrationPartners, buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';

let t: TestApp;
let p: Awaited<ReturnType<typeof buildPartnership>>;
/** The leader's manager, the implementer's manager, a case worker of the coordinator, and an outsider's admin. */
let leader: Agent;
let implementer: Agent;
let worker: Agent;
let outsider: Agent;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) =>
  t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);

beforeAll(async () => {
  t = await createTestApp();
  p = await buildPartnership(t.ctx);
  leader = await signIn(p.ops.id, 'manager');
  implementer = await signIn(p.pup.id, 'manager');
  worker = await signIn(p.ngo.id, 'caseWorker');
  outsider = await signIn((await buildInstitution(t.ctx)).id, 'institutionAdmin');
});
afterAll(() => t.close());

type ErrorBody = {
  error: { code: string; message: string; fields?: { field: string; code: string; message: string }[] };
};

describe('founding a partnership', () => {
  it('is refused when the members do not satisfy the kind, naming what is missing in the user’s language', async () => {
    const { ops } = await buildIntegrationPartners(t.ctx);
    const agent = await signIn(ops.id, 'coordinator');
    const body = {
      name: 'Partnerstwo bez PUP',
      kind: 'integrationPartnership',
      area: [JANOW.gmina],
      members: [{ institutionId: ops.id, role: 'leader' }],
    };
    const pl = await agent.post('/api/partnerships', body);
    expect(pl.statusCode).toBe(400);
    const field = pl.json<ErrorBody>().error.fields?.find((f) => f.field === 'members');
    expect(field).toMatchObject({ code: 'partnership.membersMissing' });
    expect(field?.message).toContain('PUP');
    expect(field?.message).toContain('organizacja pozarządowa lub PES');
    const en = await agent.post('/api/partnerships', body, { 'x-locale': 'en' });
    expect(en.json<ErrorBody>().error.fields?.find((f) => f.field === 'members')?.message).toContain(
      'NGO or social economy entity',
    );
  });

  it('is refused to an institution that would not be a member, and answers 201 with the audit row otherwise', async () => {
    const partners = await buildIntegrationPartners(t.ctx);
    const body = {
      name: 'Partnerstwo Razem dla Janowa',
      kind: 'integrationPartnership',
      area: [JANOW.gmina],
      members: [
        { institutionId: partners.ops.id, role: 'leader' },
        { institutionId: partners.pup.id, role: 'member' },
        { institutionId: partners.ngo.id, role: 'coordinator' },
      ],
    };
    expect((await outsider.post('/api/partnerships', body)).statusCode).toBe(403);
    const agent = await signIn(partners.ngo.id, 'institutionAdmin');
    const created = await agent.post('/api/partnerships', body);
    expect(created.statusCode).toBe(201);
    const view = created.json<PartnershipView>();
    expect(view).toMatchObject({ currentStep: 'leaderEmerged', cycle: 1, status: 'active', isMember: true });
    expect(view.area[0]?.code).toBe(JANOW.gmina);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'partnership.create'), eq(auditEvents.entityId, view.id)));
    expect(event).toMatchObject({ institutionId: partners.ops.id });
  });

  it('a coalition member must play a role of seed 000 that fits its type', async () => {
    const [jst, owes, cis, pes] = await Promise.all(
      (['jstGmina', 'owes', 'cis', 'pes'] as const).map((type) => buildInstitution(t.ctx, { type })),
    );
    const agent = await signIn(owes!.id, 'manager');
    const response = await agent.post('/api/partnerships', {
      name: 'Koalicja TMW',
      kind: 'socialEmploymentCoalition',
      area: [JANOW.gmina],
      members: [
        { institutionId: jst!.id, role: 'member', coalitionRole: 'jst1' },
        { institutionId: owes!.id, role: 'leader', coalitionRole: 'owes' },
        { institutionId: cis!.id, role: 'implementer', coalitionRole: 'owes' },
        { institutionId: pes!.id, role: 'implementer', coalitionRole: 'pes2' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<ErrorBody>().error.fields?.map((f) => `${f.field} ${f.code}`);
    expect(fields).toEqual([
      'members partnership.membersMissing',
      'members.2.coalitionRole partnership.coalitionRoleForType',
    ]);
  });
});

describe('who sees what of a partnership', () => {
  it('an outsider sees the public card only: name, kind, area, members', async () => {
    const response = await outsider.get(`/api/partnerships/${p.id}`);
    expect(response.statusCode).toBe(200);
    const view = response.json<PartnershipView>();
    expect(view.private).toBeNull();
    expect(view.isMember).toBe(false);
    expect(view.members.map((m) => m.institution.id).sort()).toEqual([p.ops.id, p.ngo.id, p.pup.id].sort());
    expect(view.abilities).toMatchObject({ viewPrivate: false, update: false, manageMembers: false });
  });

  it.each(['lifecycle', 'meetings', 'decisions', 'contacts', 'leaders'])(
    'an outsider gets 404 from the private %s',
    async (part) => {
      const response = await outsider.get(`/api/partnerships/${p.id}/${part}`);
      expect(response.statusCode).toBe(404);
    },
  );

  it('any role at a member institution reads the private parts', async () => {
    const view = (await worker.get(`/api/partnerships/${p.id}`)).json<PartnershipView>();
    expect(view.private).not.toBeNull();
    expect(view.abilities).toMatchObject({ viewPrivate: true, update: false });
    expect((await worker.get(`/api/partnerships/${p.id}/lifecycle`)).statusCode).toBe(200);
  });

  it('an outsider cannot change the card it sees (403), and the list marks and filters my partnerships', async () => {
    expect(
      (await outsider.patch(`/api/partnerships/${p.id}`, { name: 'Przejęte', version: 1 })).statusCode,
    ).toBe(403);
    const mine = await outsider.get('/api/partnerships?mine=true');
    expect(mine.json<{ total: number }>().total).toBe(0);
    const all = (await outsider.get(`/api/partnerships?territory=${JANOW.powiat}&pageSize=100`)).json<{
      items: PartnershipCard[];
    }>();
    expect(all.items.find((c) => c.id === p.id)).toMatchObject({ isMember: false });
    const ours = (await leader.get('/api/partnerships?mine=true')).json<{ items: PartnershipCard[] }>();
    expect(ours.items.map((c) => c.id)).toEqual([p.id]);
  });

  it('an implementer reads but does not govern: changing the partnership is 403', async () => {
    expect(
      (await implementer.patch(`/api/partnerships/${p.id}`, { name: 'Nowa nazwa', version: 1 })).statusCode,
    ).toBe(403);
  });
});

describe('changing a partnership', () => {
  it('a stale version answers 409 with the partnership as it is now', async () => {
    const first = await leader.patch(`/api/partnerships/${p.id}`, {
      name: 'Partnerstwo Aktywny Janów',
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    const second = await leader.patch(`/api/partnerships/${p.id}`, { description: 'Opis', version: 1 });
    expect(second.statusCode).toBe(409);
    const body = second.json<{ error: { code: string; details: { current: PartnershipView } } }>();
    expect(body.error.code).toBe('versionConflict');
    expect(body.error.details.current).toMatchObject({ name: 'Partnerstwo Aktywny Janów', version: 2 });
  });

  it('the leader changes hands with the history kept, and the old leader may then leave', async () => {
    const { version } = (await leader.get(`/api/partnerships/${p.id}`)).json<PartnershipView>();
    const refused = await leader.post(`/api/partnerships/${p.id}/members/${p.members.ops.id}/leave`, {
      reason: 'Odchodzimy',
      version: 1,
    });
    expect(refused.json<ErrorBody>().error.code).toBe('partnership.leaderCannotLeave');
    const changed = await leader.post(`/api/partnerships/${p.id}/leader`, {
      memberId: p.members.ngo.id,
      previousLeaderRole: 'implementer',
      reason: 'Organizacja przejmuje wdrażanie',
      version,
    });
    expect(changed.statusCode).toBe(200);
    const roles = Object.fromEntries(
      changed.json<PartnershipView>().members.map((m) => [m.institution.id, m.role]),
    );
    expect(roles).toMatchObject({ [p.ngo.id]: 'leader', [p.ops.id]: 'implementer' });
    const history = (await worker.get(`/api/partnerships/${p.id}/leaders`)).json<{
      items: { institutionName: string; endedAt: string | null; reason: string | null }[];
    }>().items;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      institutionName: p.ngo.name,
      endedAt: null,
      reason: 'Organizacja przejmuje wdrażanie',
    });
    expect(history[1]?.endedAt).not.toBeNull();
  });

  it('a member withdraws with the reason kept; the kind then shows what is missing', async () => {
    const view = (await implementer.get(`/api/partnerships/${p.id}`)).json<PartnershipView>();
    const pup = view.members.find((m) => m.institution.id === p.pup.id)!;
    expect(pup.abilities.leave).toBe(true);
    const left = await implementer.post(`/api/partnerships/${p.id}/members/${pup.id}/leave`, {
      reason: 'Zmiana priorytetów urzędu',
      version: pup.version,
    });
    expect(left.statusCode).toBe(200);
    // The PUP is no longer a member: its people now see the public card only.
    expect(left.json<PartnershipView>().private).toBeNull();
    const after = (await worker.get(`/api/partnerships/${p.id}`)).json<PartnershipView>();
    expect(after.members.map((m) => m.institution.id)).not.toContain(p.pup.id);
    expect(after.private?.formerMembers[0]).toMatchObject({ leaveReason: 'Zmiana priorytetów urzędu' });
    expect(after.private?.missingRequirements).toEqual(['pup']);
  });
});
