import { z } from 'zod';
import {
  closeGroupBody,
  conveneGroupBody,
  conveningOptions,
  createMeetingBody,
  createTaskBody,
  delegateCandidatesResponse,
  groupListResponse,
  groupMeetingParams,
  groupMemberParams,
  groupParams,
  groupTaskParams,
  groupView,
  inviteInstitutionBody,
  listGroupsQuery,
  respondBody,
  taskStatusBody,
  updateGroupBody,
  updateMeetingBody,
} from '../../../common/contracts/cooperation-groups';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { conveningOptions as loadConveningOptions } from './authorisation.service';
import {
  closeGroup,
  conveneGroup,
  delegateCandidates,
  getGroup,
  inviteInstitution,
  listGroups,
  respond,
  updateGroup,
} from './group.service';
import {
  changeTaskStatus,
  createMeeting,
  createTask,
  meetingMinutesPdf,
  updateMeeting,
} from './meeting-task.service';

export const tags = ['cooperation groups'];

/** Cooperation groups (GGK): convening, delegates, meetings with minutes, tasks, closing. */
export const groupRoutes: RoutesPlugin = async (app, { db }) => {
  const read = requirePermission('cooperationGroups.read');
  const participate = requirePermission('cooperationGroups.participate');
  const manage = requirePermission('cooperationGroups.manage');

  app.get(
    '/api/cooperation-groups/options',
    {
      schema: {
        tags,
        summary: 'What the convening forms offer: the OPS, its authorisation, PZKs, gminas and ROPS',
        response: { 200: conveningOptions },
      },
      onRequest: manage,
    },
    async (request) => loadConveningOptions(contextOf(request, db)),
  );

  app.get(
    '/api/cooperation-groups',
    {
      schema: {
        tags,
        summary: "Groups the actor's institutions coordinate or take part in",
        querystring: listGroupsQuery,
        response: { 200: groupListResponse },
      },
      onRequest: read,
    },
    async (request) => listGroups(contextOf(request, db), request.query),
  );

  app.post(
    '/api/cooperation-groups',
    {
      schema: {
        tags,
        summary: 'Convene a group for one problem situation (an OPS with a valid authorisation)',
        body: conveneGroupBody,
        response: { 201: groupView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await conveneGroup(contextOf(request, db), request.body)),
  );

  app.get(
    '/api/cooperation-groups/:id',
    {
      schema: {
        tags,
        summary: 'A group as the viewer may see it (the OPS all; a member its part)',
        params: groupParams,
        response: { 200: groupView },
      },
      onRequest: read,
    },
    async (request) => getGroup(contextOf(request, db), request.params.id),
  );

  app.patch(
    '/api/cooperation-groups/:id',
    {
      schema: {
        tags,
        summary: 'Change the label, description or internal notes (optimistic locking by version)',
        params: groupParams,
        body: updateGroupBody,
        response: { 200: groupView },
      },
      onRequest: manage,
    },
    async (request) => updateGroup(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    '/api/cooperation-groups/:id/members',
    {
      schema: {
        tags,
        summary: 'Ask one more PZK institution to delegate a representative',
        params: groupParams,
        body: inviteInstitutionBody,
        response: { 200: groupView },
      },
      onRequest: manage,
    },
    async (request) => inviteInstitution(contextOf(request, db), request.params.id, request.body),
  );

  app.get(
    '/api/cooperation-groups/:id/members/:memberId/candidates',
    {
      schema: {
        tags,
        summary: 'People of the asked institution who may be named its delegate',
        params: groupMemberParams,
        response: { 200: delegateCandidatesResponse },
      },
      onRequest: participate,
    },
    async (request) => delegateCandidates(contextOf(request, db), request.params.id, request.params.memberId),
  );

  app.post(
    '/api/cooperation-groups/:id/members/:memberId/response',
    {
      schema: {
        tags,
        summary:
          'The asked institution names its delegate or declines (204 when declining leaves the actor outside the group)',
        params: groupMemberParams,
        body: respondBody,
        response: { 200: groupView, 204: z.null() },
      },
      onRequest: participate,
    },
    async (request, reply) => {
      const view = await respond(
        contextOf(request, db),
        request.params.id,
        request.params.memberId,
        request.body,
      );
      return view ?? reply.status(204).send(null);
    },
  );

  app.post(
    '/api/cooperation-groups/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Record a meeting: agenda, attendance, minutes, decisions',
        params: groupParams,
        body: createMeetingBody,
        response: { 200: groupView },
      },
      onRequest: manage,
    },
    async (request) => createMeeting(contextOf(request, db), request.params.id, request.body),
  );

  app.patch(
    '/api/cooperation-groups/:id/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'Change a meeting (optimistic locking by version)',
        params: groupMeetingParams,
        body: updateMeetingBody,
        response: { 200: groupView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateMeeting(contextOf(request, db), request.params.id, request.params.meetingId, request.body),
  );

  app.get(
    '/api/cooperation-groups/:id/meetings/:meetingId/minutes.pdf',
    {
      schema: { tags, summary: 'The minutes of a meeting as a PDF', params: groupMeetingParams },
      onRequest: read,
    },
    async (request, reply) => {
      const { pdf, fileName } = await meetingMinutesPdf(
        contextOf(request, db),
        request.params.id,
        request.params.meetingId,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(fileName))
        .send(pdf);
    },
  );

  app.post(
    '/api/cooperation-groups/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Give a member institution a task with a deadline',
        params: groupParams,
        body: createTaskBody,
        response: { 200: groupView },
      },
      onRequest: manage,
    },
    async (request) => createTask(contextOf(request, db), request.params.id, request.body),
  );

  app.put(
    '/api/cooperation-groups/:id/tasks/:taskId/status',
    {
      schema: {
        tags,
        summary: "Report a task's status (its institution or the OPS)",
        params: groupTaskParams,
        body: taskStatusBody,
        response: { 200: groupView },
      },
      onRequest: participate,
    },
    async (request) =>
      changeTaskStatus(contextOf(request, db), request.params.id, request.params.taskId, request.body),
  );

  app.post(
    '/api/cooperation-groups/:id/close',
    {
      schema: {
        tags,
        summary: 'Close the group with its result; it becomes read-only',
        params: groupParams,
        body: closeGroupBody,
        response: { 200: groupView },
      },
      onRequest: manage,
    },
    async (request) => closeGroup(contextOf(request, db), request.params.id, request.body),
  );
};
