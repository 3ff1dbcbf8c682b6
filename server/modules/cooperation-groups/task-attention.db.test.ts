import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionItem, AttentionResponse } from '../../../common/contracts/attention';
import type { GroupView } from '../../../common/contracts/cooperation-groups';
import { buildCooperationSetting, buildGroup } from '../../../tests/support/factories/cooperation-groups';
import { buildInstitution } from '../../../tests/support/factories/institutions';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { changeTaskStatus, closeGroup, createTask } from '.';

/**
 * Overdue tasks of cooperation groups on the home page's worklist: each institution its own,
 * the convening OPS all of the groups it coordinates, each line linking to its group.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof buildCooperationSetting>>;
let opsCoordinator: Agent;
let pup: Agent;
let pcpr: Agent;
let outsider: Agent;

const signIn = async (institutionId: string, role: Parameters<typeof buildMember>[2]) => {
  const member = await buildMember(t.ctx, institutionId, role);
  return t.agent().signIn(member.email, DEFAULT_PASSWORD);
};

const groupItems = async (agent: Agent): Promise<AttentionItem[]> => {
  const response = await agent.get('/api/attention');
  expect(response.statusCode).toBe(200);
  return response
    .json<AttentionResponse>()
    .items.filter((i) => i.kind === 'cooperationTasksOverdue' || i.kind === 'cooperationGroupTasksOverdue');
};

const PAST = '2026-01-15';
const FUTURE = '2099-06-30';

beforeAll(async () => {
  t = await createTestApp();
  s = await buildCooperationSetting(t.ctx);
  opsCoordinator = await signIn(s.ops.id, 'coordinator');
  pup = await signIn(s.pup.id, 'caseWorker');
  pcpr = await signIn(s.pcpr.id, 'manager');
  outsider = await signIn((await buildInstitution(t.ctx)).id, 'institutionAdmin');
});
afterAll(() => t.close());

describe('overdue tasks of cooperation groups on the worklist', () => {
  let first: Awaited<ReturnType<typeof buildGroup>>;
  let second: Awaited<ReturnType<typeof buildGroup>>;
  let firstView: GroupView;
  let secondView: GroupView;

  it('each institution sees its own overdue tasks per group; the coordinating OPS all of them', async () => {
    first = await buildGroup(t.ctx, s);
    second = await buildGroup(t.ctx, s);
    await createTask(t.ctx, first.id, { memberId: first.pupMember.id, title: 'Oferta pracy', dueOn: PAST });
    await createTask(t.ctx, first.id, { memberId: first.pupMember.id, title: 'Szkolenie', dueOn: PAST });
    await createTask(t.ctx, first.id, { memberId: first.pupMember.id, title: 'Staż', dueOn: FUTURE });
    firstView = await createTask(t.ctx, first.id, {
      memberId: first.pcprMember.id,
      title: 'Asystent rodziny',
      dueOn: PAST,
    });
    secondView = await createTask(t.ctx, second.id, {
      memberId: second.pcprMember.id,
      title: 'Piecza zastępcza',
      dueOn: PAST,
    });

    expect(await groupItems(pup)).toEqual([
      {
        kind: 'cooperationTasksOverdue',
        count: 2,
        institutionId: s.pup.id,
        institutionName: s.pup.name,
        cooperationGroup: { id: first.id, name: first.group.label },
      },
    ]);
    const forPcpr = await groupItems(pcpr);
    expect(forPcpr.map((i) => [i.kind, i.count, i.institutionId, i.cooperationGroup?.id]).sort()).toEqual(
      [
        ['cooperationTasksOverdue', 1, s.pcpr.id, first.id],
        ['cooperationTasksOverdue', 1, s.pcpr.id, second.id],
      ].sort(),
    );
    const forOps = await groupItems(opsCoordinator);
    expect(forOps.map((i) => [i.kind, i.count, i.institutionId, i.cooperationGroup?.id]).sort()).toEqual(
      [
        ['cooperationGroupTasksOverdue', 3, s.ops.id, first.id],
        ['cooperationGroupTasksOverdue', 1, s.ops.id, second.id],
      ].sort(),
    );
    expect(forOps[0]?.institutionName).toBe(s.ops.name);
    expect(await groupItems(outsider)).toEqual([]);
  });

  it('a task done or cancelled leaves the list; a closed group takes its tasks off it', async () => {
    const taskId = (title: string) => firstView.tasks.find((x) => x.title === title)!.id;
    await changeTaskStatus(t.ctx, first.id, taskId('Oferta pracy'), { status: 'done', version: 1 });
    await changeTaskStatus(t.ctx, first.id, taskId('Szkolenie'), { status: 'cancelled', version: 1 });
    await changeTaskStatus(t.ctx, first.id, taskId('Asystent rodziny'), { status: 'inProgress', version: 1 });
    expect(await groupItems(pup)).toEqual([]);
    expect((await groupItems(opsCoordinator)).map((i) => [i.count, i.cooperationGroup?.id]).sort()).toEqual(
      [
        [1, first.id],
        [1, second.id],
      ].sort(),
    );

    await closeGroup(t.ctx, second.id, {
      version: secondView.version,
      outcome: 'resolved',
      resultSummary: 'Dzieci pozostały w rodzinie pod opieką asystenta.',
    });
    expect((await groupItems(pcpr)).map((i) => i.cooperationGroup?.id)).toEqual([first.id]);
    expect((await groupItems(opsCoordinator)).map((i) => i.cooperationGroup?.id)).toEqual([first.id]);
  });
});
