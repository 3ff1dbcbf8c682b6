import {
  createBudgetLine,
  createGoal,
  createNeedsAssessment,
  createOwnStandard,
  createPledge,
  createScopeItem,
  createTask,
} from '../../../server/modules/partnerships';
import type { Ctx } from '../../../server/platform/authz';
import type { buildPartnership } from './partnerships';

/**
 * One record of each kind the plan keeps (goal, needs assessment, scope item, task, own
 * standard, pledge, budget line), created through the real services, for tests that probe
 * every route of the plan.
 */
export async function buildPlanRecords(ctx: Ctx, p: Awaited<ReturnType<typeof buildPartnership>>) {
  const goal = await createGoal(ctx, p.id, { text: 'Aktywizacja', expectedResult: 'Zatrudnienie 6 osób' });
  const assessment = await createNeedsAssessment(ctx, p.id, {
    assessedOn: '2025-03-10',
    method: 'Wywiady',
    findings: 'Potrzeba szkoleń',
    memberId: p.members.ops.id,
  });
  const item = await createScopeItem(ctx, p.id, {
    instrument: 'socialWork',
    providerMemberIds: [p.members.ops.id],
  });
  const task = await createTask(ctx, p.id, {
    title: 'Rekrutacja',
    responsibleMemberId: p.members.ops.id,
    dueOn: '2025-04-30',
  });
  const standards = await createOwnStandard(ctx, p.id, { text: 'Odpowiedź na zgłoszenie w 3 dni' });
  const pledge = await createPledge(ctx, p.id, {
    memberId: p.members.ops.id,
    kind: 'premises',
    description: 'Sala',
    quantity: 1,
    unit: 'sala',
  });
  const line = await createBudgetLine(ctx, p.id, {
    memberId: p.members.ops.id,
    source: 'socialAssistance',
    legalBasis: 'art. 17 ustawy o pomocy społecznej',
    category: 'materialAid',
    year: 2025,
    planned: '1000',
  });
  return {
    goalId: goal.id,
    assessmentId: assessment.id,
    itemId: item.id,
    taskId: task.id,
    standardId: standards.own[0]!.id,
    pledgeId: pledge.id,
    lineId: line.id,
  };
}
