import { z } from 'zod';
import {
  assessmentParams,
  createGoalBody,
  createNeedsAssessmentBody,
  createOwnStandardBody,
  createScopeItemBody,
  createTaskBody,
  goalPage,
  goalParams,
  goalView,
  listTasksQuery,
  needsAssessmentView,
  ownStandardPage,
  ownStandardParams,
  planListQuery,
  planView,
  principleBody,
  principleParams,
  scopeItemPage,
  scopeItemParams,
  scopeItemView,
  standardsView,
  targetGroupBody,
  targetGroupView,
  taskPage,
  taskParams,
  taskStatusBody,
  taskView,
  updateGoalBody,
  updateNeedsAssessmentBody,
  updateOwnStandardBody,
  updateScopeItemBody,
  updateTaskBody,
} from '../../../common/contracts/partnership-plan';
import { partnershipParams } from '../../../common/contracts/partnerships';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { tags } from './partnership.routes';
import {
  createGoal,
  createNeedsAssessment,
  createOwnStandard,
  getPlan,
  listGoals,
  listOwnStandards,
  removeGoal,
  removeNeedsAssessment,
  removeOwnStandard,
  saveTargetGroup,
  setPrinciple,
  updateGoal,
  updateNeedsAssessment,
  updateOwnStandard,
} from './plan.service';
import {
  createScopeItem,
  createTask,
  listScopeItems,
  listTasks,
  removeScopeItem,
  removeTask,
  setTaskStatus,
  updateScopeItem,
  updateTask,
} from './plan-tasks.service';

const removed = { 204: z.null() };

/** The plan (steps 5–7): read by every member; changed by those who govern, task status also by its responsible partner. */
export const planRoutes: RoutesPlugin = async (app, { db }) => {
  const read = requirePermission('partnerships.read');
  const manage = requirePermission('partnerships.manage');

  app.get(
    '/api/partnerships/:id/plan',
    {
      schema: {
        tags,
        summary: 'The plan: goals, target group, needs assessments, scope, tasks, standards',
        params: partnershipParams,
        response: { 200: planView },
      },
      onRequest: read,
    },
    async (request) => getPlan(contextOf(request, db), request.params.id),
  );

  app.get(
    '/api/partnerships/:id/plan/goals',
    {
      schema: {
        tags,
        summary: 'One page of the goals',
        params: partnershipParams,
        querystring: planListQuery,
        response: { 200: goalPage },
      },
      onRequest: read,
    },
    async (request) => listGoals(contextOf(request, db), request.params.id, request.query),
  );

  app.post(
    '/api/partnerships/:id/plan/goals',
    {
      schema: {
        tags,
        summary: 'Add a goal',
        params: partnershipParams,
        body: createGoalBody,
        response: { 201: goalView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createGoal(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/plan/goals/:goalId',
    {
      schema: {
        tags,
        summary: 'Change a goal (by version)',
        params: goalParams,
        body: updateGoalBody,
        response: { 200: goalView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateGoal(contextOf(request, db), request.params.id, request.params.goalId, request.body),
  );

  app.delete(
    '/api/partnerships/:id/plan/goals/:goalId',
    { schema: { tags, summary: 'Remove a goal', params: goalParams, response: removed }, onRequest: manage },
    async (request, reply) => {
      await removeGoal(contextOf(request, db), request.params.id, request.params.goalId);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/partnerships/:id/plan/target-group',
    {
      schema: {
        tags,
        summary: 'Record or change the target group (version 0 the first time)',
        params: partnershipParams,
        body: targetGroupBody,
        response: { 200: targetGroupView },
      },
      onRequest: manage,
    },
    async (request) => saveTargetGroup(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    '/api/partnerships/:id/plan/needs-assessments',
    {
      schema: {
        tags,
        summary: 'Record a needs assessment of the target group',
        params: partnershipParams,
        body: createNeedsAssessmentBody,
        response: { 201: needsAssessmentView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createNeedsAssessment(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/plan/needs-assessments/:assessmentId',
    {
      schema: {
        tags,
        summary: 'Change a needs assessment record (by version)',
        params: assessmentParams,
        body: updateNeedsAssessmentBody,
        response: { 200: needsAssessmentView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateNeedsAssessment(
        contextOf(request, db),
        request.params.id,
        request.params.assessmentId,
        request.body,
      ),
  );

  app.delete(
    '/api/partnerships/:id/plan/needs-assessments/:assessmentId',
    {
      schema: {
        tags,
        summary: 'Remove a needs assessment record',
        params: assessmentParams,
        response: removed,
      },
      onRequest: manage,
    },
    async (request, reply) => {
      await removeNeedsAssessment(contextOf(request, db), request.params.id, request.params.assessmentId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/partnerships/:id/plan/scope',
    {
      schema: {
        tags,
        summary: 'One page of the service scope, with the providing partners',
        params: partnershipParams,
        querystring: planListQuery,
        response: { 200: scopeItemPage },
      },
      onRequest: read,
    },
    async (request) => listScopeItems(contextOf(request, db), request.params.id, request.query),
  );

  app.post(
    '/api/partnerships/:id/plan/scope',
    {
      schema: {
        tags,
        summary: 'Add a support instrument to the service scope, with its providing partners',
        params: partnershipParams,
        body: createScopeItemBody,
        response: { 201: scopeItemView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createScopeItem(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/plan/scope/:itemId',
    {
      schema: {
        tags,
        summary: 'Change a service scope item (by version)',
        params: scopeItemParams,
        body: updateScopeItemBody,
        response: { 200: scopeItemView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateScopeItem(contextOf(request, db), request.params.id, request.params.itemId, request.body),
  );

  app.delete(
    '/api/partnerships/:id/plan/scope/:itemId',
    {
      schema: { tags, summary: 'Remove a service scope item', params: scopeItemParams, response: removed },
      onRequest: manage,
    },
    async (request, reply) => {
      await removeScopeItem(contextOf(request, db), request.params.id, request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/partnerships/:id/plan/tasks',
    {
      schema: {
        tags,
        summary: 'One page of the action plan: sorted by deadline, status or responsible partner, filtered',
        params: partnershipParams,
        querystring: listTasksQuery,
        response: { 200: taskPage },
      },
      onRequest: read,
    },
    async (request) => listTasks(contextOf(request, db), request.params.id, request.query),
  );

  app.post(
    '/api/partnerships/:id/plan/tasks',
    {
      schema: {
        tags,
        summary: 'Add a task to the action plan',
        params: partnershipParams,
        body: createTaskBody,
        response: { 201: taskView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createTask(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/plan/tasks/:taskId',
    {
      schema: {
        tags,
        summary: 'Change a task (by version); a dependency cycle is refused',
        params: taskParams,
        body: updateTaskBody,
        response: { 200: taskView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateTask(contextOf(request, db), request.params.id, request.params.taskId, request.body),
  );

  app.put(
    '/api/partnerships/:id/plan/tasks/:taskId/status',
    {
      schema: {
        tags,
        summary: "Move a task's status (its responsible partner or those who govern)",
        params: taskParams,
        body: taskStatusBody,
        response: { 200: taskView },
      },
      onRequest: manage,
    },
    async (request) =>
      setTaskStatus(contextOf(request, db), request.params.id, request.params.taskId, request.body),
  );

  app.delete(
    '/api/partnerships/:id/plan/tasks/:taskId',
    {
      schema: {
        tags,
        summary: 'Remove a task no other task waits for',
        params: taskParams,
        response: removed,
      },
      onRequest: manage,
    },
    async (request, reply) => {
      await removeTask(contextOf(request, db), request.params.id, request.params.taskId);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/partnerships/:id/plan/standards/:principle',
    {
      schema: {
        tags,
        summary: "Confirm or withdraw one of the seed's principles of the service standards",
        params: principleParams,
        body: principleBody,
        response: { 200: standardsView },
      },
      onRequest: manage,
    },
    async (request) =>
      setPrinciple(contextOf(request, db), request.params.id, request.params.principle, request.body),
  );

  app.get(
    '/api/partnerships/:id/plan/own-standards',
    {
      schema: {
        tags,
        summary: "One page of the partnership's own standards",
        params: partnershipParams,
        querystring: planListQuery,
        response: { 200: ownStandardPage },
      },
      onRequest: read,
    },
    async (request) => listOwnStandards(contextOf(request, db), request.params.id, request.query),
  );

  app.post(
    '/api/partnerships/:id/plan/own-standards',
    {
      schema: {
        tags,
        summary: "Add one of the partnership's own standards",
        params: partnershipParams,
        body: createOwnStandardBody,
        response: { 201: standardsView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createOwnStandard(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/plan/own-standards/:standardId',
    {
      schema: {
        tags,
        summary: 'Change an own standard (by version)',
        params: ownStandardParams,
        body: updateOwnStandardBody,
        response: { 200: standardsView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateOwnStandard(contextOf(request, db), request.params.id, request.params.standardId, request.body),
  );

  app.delete(
    '/api/partnerships/:id/plan/own-standards/:standardId',
    {
      schema: { tags, summary: 'Remove an own standard', params: ownStandardParams, response: removed },
      onRequest: manage,
    },
    async (request, reply) => {
      await removeOwnStandard(contextOf(request, db), request.params.id, request.params.standardId);
      return reply.status(204).send(null);
    },
  );
};
