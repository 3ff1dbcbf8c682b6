import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../../common/contracts/attention';
import type { LifecycleView } from '../../../common/contracts/partnership-activity';
import type {
  BudgetLineView,
  BudgetResponse,
  PledgeView,
} from '../../../common/contracts/partnership-budget';
import type { PlanView, TaskView } from '../../../common/contracts/partnership-plan';
import { type LifecycleStep, lifecycleSteps } from '../../../common/enums';
import { standardPrinciples } from '../../../common/plan-catalogue';
import { buildPartnership } from '../../../tests/support/factories/partnerships';
import { buildMember, DEFAULT_PASSWORD } from '../../../tests/support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditEvents } from '../../platform/audit';
import { partnerships } from './partnership.table';
import { partnershipLifecycleEvents } from './partnership-activity.table';

let t: TestApp;
let p: Awaited<ReturnType<typeof buildPartnership>>;
/** The OPS leads, the NGO coordinates, the PUP implements. */
let leader: Agent;
let ngoManager: Agent;
let pupManager: Agent;
let outsider: Agent;

type ErrorBody = {
  error: { code: string; message: string; fields?: { field: string; code: string; message: string }[] };
};

const url = (path = '') => `/api/partnerships/${p.id}${path}`;
const lifecycle = async () => (await leader.get(url('/lifecycle'))).json<LifecycleView>();
const complete = async (step: LifecycleStep) =>
  leader.post(url(`/lifecycle/${step}/complete`), { version: (await lifecycle()).version });
const plan = async () => (await leader.get(url('/plan'))).json<PlanView>();

/** Steps 1–4 as done already (step 4, the signed agreement, is another part's artefact). */
async function firstFourStepsDone() {
  const done = lifecycleSteps.slice(0, 4);
  await t.database.db.insert(partnershipLifecycleEvents).values(
    done.map((step) => ({
      partnershipId: p.id,
      cycle: 1,
      step,
      action: 'completed' as const,
      note: 'Przygotowanie testu',
    })),
  );
  await t.database.db
    .update(partnerships)
    .set({ currentStep: 'targetGroupAssessed' })
    .where(eq(partnerships.id, p.id));
}

const auditOf = (action: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.institutionId, p.ops.id)));

beforeAll(async () => {
  t = await createTestApp();
  p = await buildPartnership(t.ctx);
  const sign = async (institutionId: string, role: 'coordinator' | 'manager') =>
    t.agent().signIn((await buildMember(t.ctx, institutionId, role)).email, DEFAULT_PASSWORD);
  leader = await sign(p.ops.id, 'coordinator');
  ngoManager = await sign(p.ngo.id, 'manager');
  pupManager = await sign(p.pup.id, 'manager');
  outsider = await sign((await buildPartnership(t.ctx)).ops.id, 'manager');
  await firstFourStepsDone();
});
afterAll(() => t.close());

describe('step 5: the target group and its needs assessment', () => {
  it('a non-member does not learn the plan exists (404), nor may it write to it', async () => {
    expect((await outsider.get(url('/plan'))).statusCode).toBe(404);
    const write = await outsider.post(url('/plan/goals'), { text: 'Cel', expectedResult: 'Rezultat' });
    expect(write.statusCode).toBe(404);
  });

  it('an implementer reads the plan but does not write the shared part (403)', async () => {
    expect((await pupManager.get(url('/plan'))).statusCode).toBe(200);
    const write = await pupManager.put(url('/plan/target-group'), {
      description: 'Bezrobotni',
      plannedSize: 12,
      selectionCriteria: 'x',
      version: 0,
    });
    expect(write.statusCode).toBe(403);
  });

  it('a goal carries its expected result and a measurable target; the audit row names the fields', async () => {
    const response = await leader.post(url('/plan/goals'), {
      text: 'Aktywizacja zawodowa osób długotrwale bezrobotnych',
      expectedResult: 'Podjęcie zatrudnienia przez uczestników',
      indicator: 'Liczba osób zatrudnionych',
      targetValue: 6,
      unit: 'osoby',
      baseline: 0,
    });
    expect(response.statusCode).toBe(201);
    const [event] = await auditOf('partnership.goal.create');
    expect(event?.changes).toMatchObject({ targetValue: { before: null, after: 6 } });
  });

  it('step 5 is refused until the group and a needs assessment are both recorded', async () => {
    expect((await complete('targetGroupAssessed')).json<ErrorBody>().error.code).toBe(
      'lifecycle.noNeedsAssessment',
    );
    const group = await leader.put(url('/plan/target-group'), {
      description: 'Samotne matki bezrobotne, korzystające z pomocy społecznej',
      plannedSize: 12,
      selectionCriteria: 'Status bezrobotnej w PUP i korzystanie ze świadczeń OPS',
      version: 0,
    });
    expect(group.statusCode).toBe(200);
    expect((await complete('targetGroupAssessed')).statusCode).toBe(409);
    const assessment = await leader.post(url('/plan/needs-assessments'), {
      assessedOn: '2025-03-10',
      method: 'Wywiady indywidualne i dane OPS',
      findings: 'Potrzeba opieki nad dziećmi w czasie szkoleń; niskie kwalifikacje.',
      memberId: p.members.ops.id,
    });
    expect(assessment.statusCode).toBe(201);
    const done = await complete('targetGroupAssessed');
    expect(done.statusCode).toBe(200);
    expect(done.json<LifecycleView>().currentStep).toBe('serviceScopeDefined');
  });

  it('a second write of the group at the version first read answers 409 with the group as it is', async () => {
    const stale = await leader.put(url('/plan/target-group'), {
      description: 'Inna grupa',
      plannedSize: 10,
      selectionCriteria: 'Inne',
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      stale.json<{ error: { details: { current: { plannedSize: number } } } }>().error.details.current
        .plannedSize,
    ).toBe(12);
  });
});

describe('step 6: the service scope', () => {
  it('an instrument needs a providing partner: the field is named in Polish', async () => {
    const response = await leader.post(url('/plan/scope'), {
      instrument: 'vocationalCounselling',
      providerMemberIds: [],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.fields?.[0]).toMatchObject({
      field: 'providerMemberIds',
      code: 'plan.providerRequired',
      message: expect.stringContaining('partnera'),
    });
  });

  it('with its provider and statutory basis the scope completes step 6', async () => {
    const response = await leader.post(url('/plan/scope'), {
      instrument: 'vocationalCounselling',
      statutoryBasis: 'art. 24 ust. 1 pkt 1 ustawy o promocji zatrudnienia',
      providerMemberIds: [p.members.pup.id],
    });
    expect(response.statusCode).toBe(201);
    expect((await complete('serviceScopeDefined')).statusCode).toBe(200);
  });
});

describe('step 7: the action plan with service standards', () => {
  let first: TaskView;
  let second: TaskView;

  it('tasks may wait for others, but a cycle is refused on the dependsOn field, naming the tasks', async () => {
    first = (
      await leader.post(url('/plan/tasks'), {
        title: 'Rekrutacja uczestniczek',
        responsibleMemberId: p.members.ops.id,
        dueOn: '2025-04-30',
      })
    ).json<TaskView>();
    const created = await leader.post(url('/plan/tasks'), {
      title: 'Poradnictwo zawodowe',
      responsibleMemberId: p.members.pup.id,
      startsOn: '2025-05-01',
      dueOn: '2099-06-30',
      dependsOn: [first.id],
    });
    expect(created.statusCode).toBe(201);
    second = created.json<TaskView>();
    expect(second.dependsOn).toEqual([first.id]);
    const cycle = await leader.patch(url(`/plan/tasks/${first.id}`), {
      dependsOn: [second.id],
      version: first.version,
    });
    expect(cycle.statusCode).toBe(400);
    const problem = cycle.json<ErrorBody>().error.fields?.[0];
    expect(problem).toMatchObject({ field: 'dependsOn', code: 'plan.dependencyCycle' });
    expect(problem?.message).toContain(
      'Rekrutacja uczestniczek → Poradnictwo zawodowe → Rekrutacja uczestniczek',
    );
  });

  it('a task others wait for cannot be removed', async () => {
    const response = await leader.delete(url(`/plan/tasks/${first.id}`));
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorBody>().error.code).toBe('plan.taskHasDependents');
  });

  it('an overdue task is marked in the plan', async () => {
    const tasks = (await plan()).tasks;
    expect(tasks.find((x) => x.id === first.id)?.overdue).toBe(true);
    expect(tasks.find((x) => x.id === second.id)?.overdue).toBe(false);
  });

  it('step 7 waits for every principle of the seed to be confirmed', async () => {
    for (const principle of standardPrinciples.slice(1))
      expect((await leader.put(url(`/plan/standards/${principle}`), { confirmed: true })).statusCode).toBe(
        200,
      );
    expect((await complete('actionPlanWritten')).json<ErrorBody>().error.code).toBe('lifecycle.noActionPlan');
    const last = await leader.put(url(`/plan/standards/${standardPrinciples[0]}`), { confirmed: true });
    expect(last.json<PlanView['standards']>().principles.every((x) => x.confirmed)).toBe(true);
    expect((await complete('actionPlanWritten')).statusCode).toBe(200);
  });
});

describe('step 8: resources and budget, each partner its own', () => {
  let pupLine: BudgetLineView;

  it('each partner pledges only for itself; the leader cannot pledge for the PUP (403)', async () => {
    const pledge = {
      memberId: p.members.pup.id,
      kind: 'staffTime',
      description: 'Doradca zawodowy',
      quantity: 40,
      unit: 'godz./mies.',
    };
    expect((await leader.post(url('/resources'), pledge)).statusCode).toBe(403);
    const own = await pupManager.post(url('/resources'), pledge);
    expect(own.statusCode).toBe(201);
    expect(own.json<PledgeView>().abilities.update).toBe(true);
  });

  it('amounts are typed as decimal text and kept as grosze; a malformed amount is a field error', async () => {
    const line = {
      memberId: p.members.pup.id,
      source: 'labourFund',
      legalBasis: 'art. 108 ustawy o promocji zatrudnienia',
      category: 'supportServices',
      year: 2025,
    };
    const bad = await pupManager.post(url('/budget'), { ...line, planned: '12,345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.fields?.[0]).toMatchObject({ field: 'planned', code: 'field.money' });
    const created = await pupManager.post(url('/budget'), { ...line, planned: '12 000,50', spent: '1000' });
    expect(created.statusCode).toBe(201);
    pupLine = created.json<BudgetLineView>();
    expect(pupLine).toMatchObject({ planned: 1_200_050, spent: 100_000 });
  });

  it("another member may not change the PUP's budget line (403), not even the leader", async () => {
    for (const agent of [leader, ngoManager]) {
      const response = await agent.patch(url(`/budget/${pupLine.id}`), {
        planned: '1',
        version: pupLine.version,
      });
      expect(response.statusCode).toBe(403);
    }
    expect(
      (await outsider.patch(url(`/budget/${pupLine.id}`), { planned: '1', version: 1 })).statusCode,
    ).toBe(404);
  });

  it('two people editing one line: the second gets 409 with the line as it is now', async () => {
    const firstEdit = await pupManager.patch(url(`/budget/${pupLine.id}`), {
      spent: '2000,00',
      version: pupLine.version,
    });
    expect(firstEdit.statusCode).toBe(200);
    const secondEdit = await pupManager.patch(url(`/budget/${pupLine.id}`), {
      spent: '3000',
      version: pupLine.version,
    });
    expect(secondEdit.statusCode).toBe(409);
    expect(
      secondEdit.json<{ error: { details: { current: BudgetLineView } } }>().error.details.current.spent,
    ).toBe(200_000);
    pupLine = firstEdit.json<BudgetLineView>();
  });

  it('step 8 is refused while a member brings nothing', async () => {
    const response = await complete('resourcesSecured');
    expect(response.json<ErrorBody>().error.code).toBe('lifecycle.noPledgedResources');
  });

  it('totals are per payer and per source, over every line the filters select', async () => {
    await leader.post(url('/budget'), {
      memberId: p.members.ops.id,
      source: 'socialAssistance',
      legalBasis: 'art. 17 ustawy o pomocy społecznej',
      category: 'materialAid',
      year: 2025,
      planned: '5000',
    });
    await leader.post(url('/budget'), {
      memberId: p.members.ops.id,
      source: 'socialAssistance',
      legalBasis: 'art. 17 ustawy o pomocy społecznej',
      category: 'coordination',
      year: 2026,
      planned: '0,99',
    });
    await ngoManager.post(url('/budget'), {
      memberId: p.members.ngo.id,
      source: 'project',
      legalBasis: 'Umowa o dofinansowanie projektu',
      category: 'coordination',
      year: 2025,
      planned: '2500,25',
    });
    const all = (await pupManager.get(url('/budget?pageSize=2'))).json<BudgetResponse>();
    expect(all.total).toBe(4);
    expect(all.items).toHaveLength(2);
    const byPayer = Object.fromEntries(all.totals.byPayer.map((x) => [x.memberId, x.planned]));
    expect(byPayer).toEqual({
      [p.members.pup.id]: 1_200_050,
      [p.members.ops.id]: 500_099,
      [p.members.ngo.id]: 250_025,
    });
    expect(all.totals.bySource.find((x) => x.source === 'socialAssistance')?.planned).toBe(500_099);
    expect(all.totals.ownCosts.planned).toBe(250_124);
    const only2025 = (await pupManager.get(url('/budget?year=2025'))).json<BudgetResponse>();
    expect(only2025.totals.byPayer.find((x) => x.memberId === p.members.ops.id)?.planned).toBe(500_000);
    expect(all.abilities.addFor).toEqual([p.members.pup.id]);
  });

  it('the budget exports as CSV for Polish Excel: BOM, semicolons, decimal commas', async () => {
    const response = await pupManager.get(url('/budget/export.csv?year=2025'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body.charCodeAt(0)).toBe(0xfeff);
    expect(response.body).toContain('Rok;Płatnik;Źródło finansowania');
    expect(response.body).toContain(
      'Fundusz Pracy;art. 108 ustawy o promocji zatrudnienia;Usługi wsparcia;;12000,50;2000,00',
    );
  });

  it('when every member brings something and every task has its partner, step 8 completes', async () => {
    expect((await complete('resourcesSecured')).statusCode).toBe(200);
  });
});

describe('step 9: joint actions and their monitoring', () => {
  it('without the pledges of every member there is no step 9', async () => {
    const ngoLines = (await ngoManager.get(url(`/budget?payer=${p.members.ngo.id}`))).json<BudgetResponse>();
    const line = ngoLines.items[0]!;
    expect((await ngoManager.delete(url(`/budget/${line.id}`))).statusCode).toBe(204);
    expect((await complete('jointActionsMonitored')).json<ErrorBody>().error.code).toBe(
      'lifecycle.noPlanOrResources',
    );
    await ngoManager.post(url('/resources'), {
      memberId: p.members.ngo.id,
      kind: 'premises',
      description: 'Sala szkoleniowa',
      quantity: 1,
      unit: 'sala',
    });
  });

  it('nor before a task is under way; the responsible partner moves it, another implementer may not', async () => {
    expect((await complete('jointActionsMonitored')).json<ErrorBody>().error.code).toBe(
      'lifecycle.noJointActions',
    );
    const tasks = (await pupManager.get(url('/plan'))).json<PlanView>().tasks;
    const pupTask = tasks.find((x) => x.responsibleMemberId === p.members.pup.id)!;
    const opsTask = tasks.find((x) => x.responsibleMemberId === p.members.ops.id)!;
    expect(pupTask.abilities).toEqual({ update: false, changeStatus: true });
    expect(opsTask.abilities).toEqual({ update: false, changeStatus: false });
    const foreign = await pupManager.put(url(`/plan/tasks/${opsTask.id}/status`), {
      status: 'done',
      version: opsTask.version,
    });
    expect(foreign.statusCode).toBe(403);
    const own = await pupManager.put(url(`/plan/tasks/${pupTask.id}/status`), {
      status: 'inProgress',
      version: pupTask.version,
    });
    expect(own.statusCode).toBe(200);
    expect((await complete('jointActionsMonitored')).statusCode).toBe(200);
    const [event] = await auditOf('partnership.task.status');
    expect(event?.changes).toMatchObject({ status: { before: 'todo', after: 'inProgress' } });
  });

  it("my institution's overdue tasks wait on the home page, linking to the partnership", async () => {
    const items = (await leader.get('/api/attention')).json<{ items: AttentionItem[] }>().items;
    expect(items.filter((i) => i.kind === 'partnershipTasksOverdue')).toEqual([
      {
        kind: 'partnershipTasksOverdue',
        count: 1,
        institutionId: p.ops.id,
        institutionName: p.ops.name,
        partnership: { id: p.id, name: p.partnership.row.name },
      },
    ]);
    const pupItems = (await pupManager.get('/api/attention')).json<{ items: AttentionItem[] }>().items;
    expect(pupItems.some((i) => i.kind === 'partnershipTasksOverdue')).toBe(false);
  });
});
