import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInstitution, JANOW } from '../../../tests/support/factories/institutions';
import { buildIntegrationPartners } from '../../../tests/support/factories/partnerships';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createPledge } from './budget.service';
import { getLifecycle } from './lifecycle.service';
import { leaveMember } from './member.service';
import { createPartnership } from './partnership.service';
import { createTask, updateTask } from './plan-tasks.service';

/**
 * Step 8 (resources secured and tasks divided) counts only current members: a partner that has
 * left neither owes a pledge any more nor covers, as the responsible partner, the tasks it had.
 */

let t: TestApp;
let id: string;
/** Member ids by institution: the OPS leads, the NGO coordinates, the PUP implements, a volunteers' club is a member. */
let members: Record<'ops' | 'ngo' | 'pup' | 'club', { id: string; version: number }>;

const step8Missing = async () =>
  (await getLifecycle(t.ctx, id)).steps.find((s) => s.step === 'resourcesSecured')?.missing;

beforeAll(async () => {
  t = await createTestApp();
  const partners = await buildIntegrationPartners(t.ctx);
  const club = await buildInstitution(t.ctx, { type: 'ngo', name: 'Klub Wolontariusza (test)' });
  const created = await createPartnership(t.ctx, {
    name: 'Partnerstwo z klubem wolontariusza',
    kind: 'integrationPartnership',
    area: [JANOW.gmina],
    members: [
      { institutionId: partners.ops.id, role: 'leader' },
      { institutionId: partners.ngo.id, role: 'coordinator' },
      { institutionId: partners.pup.id, role: 'implementer' },
      { institutionId: club.id, role: 'member' },
    ],
  });
  id = created.row.id;
  const memberOf = (institutionId: string) => created.members.find((m) => m.institutionId === institutionId)!;
  members = {
    ops: memberOf(partners.ops.id),
    ngo: memberOf(partners.ngo.id),
    pup: memberOf(partners.pup.id),
    club: memberOf(club.id),
  };
  for (const member of Object.values(members))
    await createPledge(t.ctx, id, {
      memberId: member.id,
      kind: 'staffTime',
      description: 'Czas pracy',
      quantity: 10,
      unit: 'godz./mies.',
    });
  await createTask(t.ctx, id, {
    title: 'Rekrutacja uczestników',
    responsibleMemberId: members.ops.id,
    dueOn: '2099-03-31',
  });
});
afterAll(() => t.close());

describe('step 8 and a member who left', () => {
  let task: Awaited<ReturnType<typeof createTask>>;

  it('is evidenced while every member pledges and every task has its current partner', async () => {
    task = await createTask(t.ctx, id, {
      title: 'Dyżury wolontariuszy',
      responsibleMemberId: members.club.id,
      dueOn: '2099-06-30',
    });
    expect(await step8Missing()).toBeNull();
  });

  it("is refused once the task's responsible partner leaves: a departed member covers no task", async () => {
    await leaveMember(t.ctx, id, members.club.id, {
      version: members.club.version,
      reason: 'Rozwiązanie klubu',
    });
    expect(await step8Missing()).toBe('lifecycle.noPledgedResources');
  });

  it('is evidenced again when a current member takes the task over', async () => {
    await updateTask(t.ctx, id, task.id, {
      responsibleMemberId: members.ops.id,
      version: task.version,
    });
    expect(await step8Missing()).toBeNull();
  });
});
