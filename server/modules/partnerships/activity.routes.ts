import {
  attendanceBody,
  completeStepBody,
  createDecisionBody,
  createMeetingBody,
  decisionListResponse,
  decisionView,
  lifecycleView,
  meetingListResponse,
  meetingParams,
  meetingView,
  reopenStepBody,
  stepParams,
  updateMeetingBody,
} from '../../../common/contracts/partnership-activity';
import { partnershipParams } from '../../../common/contracts/partnerships';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { completeStep, getLifecycle, reopenStep } from './lifecycle.service';
import {
  createDecision,
  createMeeting,
  getMeeting,
  listDecisions,
  listMeetings,
  setAttendance,
  updateMeeting,
} from './meeting.service';
import { meetingCalendar } from './meeting-ics';
import { tags } from './partnership.routes';

/** The lifecycle, the decisions log and the meetings: all private to the partnership's members. */
export const activityRoutes: RoutesPlugin = async (app, { db, config }) => {
  const manage = requirePermission('partnerships.manage');
  const read = requirePermission('partnerships.read');

  app.get(
    '/api/partnerships/:id/lifecycle',
    {
      schema: {
        tags,
        summary: 'The eleven steps with their status, what each needs, and the history',
        params: partnershipParams,
        response: { 200: lifecycleView },
      },
      onRequest: read,
    },
    async (request) => getLifecycle(contextOf(request, db), request.params.id),
  );

  app.post(
    '/api/partnerships/:id/lifecycle/:step/complete',
    {
      schema: {
        tags,
        summary: 'Complete the current step with its artefact',
        params: stepParams,
        body: completeStepBody,
        response: { 200: lifecycleView },
      },
      onRequest: manage,
    },
    async (request) =>
      completeStep(contextOf(request, db), request.params.id, request.params.step, request.body),
  );

  app.post(
    '/api/partnerships/:id/lifecycle/:step/reopen',
    {
      schema: {
        tags,
        summary: 'Go back to a completed step, giving the reason',
        params: stepParams,
        body: reopenStepBody,
        response: { 200: lifecycleView },
      },
      onRequest: manage,
    },
    async (request) =>
      reopenStep(contextOf(request, db), request.params.id, request.params.step, request.body),
  );

  app.get(
    '/api/partnerships/:id/decisions',
    {
      schema: {
        tags,
        summary: 'The decisions log, newest first',
        params: partnershipParams,
        response: { 200: decisionListResponse },
      },
      onRequest: read,
    },
    async (request) => ({ items: await listDecisions(contextOf(request, db), request.params.id) }),
  );

  app.post(
    '/api/partnerships/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Record a decision',
        params: partnershipParams,
        body: createDecisionBody,
        response: { 201: decisionView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createDecision(contextOf(request, db), request.params.id, request.body)),
  );

  app.get(
    '/api/partnerships/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Meetings, newest first, with attendance and decisions',
        params: partnershipParams,
        response: { 200: meetingListResponse },
      },
      onRequest: read,
    },
    async (request) => ({ items: await listMeetings(contextOf(request, db), request.params.id) }),
  );

  app.post(
    '/api/partnerships/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Plan a meeting',
        params: partnershipParams,
        body: createMeetingBody,
        response: { 201: meetingView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createMeeting(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'Change a meeting or write its minutes (by version)',
        params: meetingParams,
        body: updateMeetingBody,
        response: { 200: meetingView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateMeeting(contextOf(request, db), request.params.id, request.params.meetingId, request.body),
  );

  app.put(
    '/api/partnerships/:id/meetings/:meetingId/attendance',
    {
      schema: {
        tags,
        summary: "Record the meeting's attendance (by the meeting's version)",
        params: meetingParams,
        body: attendanceBody,
        response: { 200: meetingView },
      },
      onRequest: manage,
    },
    async (request) =>
      setAttendance(contextOf(request, db), request.params.id, request.params.meetingId, request.body),
  );

  app.get(
    '/api/partnerships/:id/meetings/:meetingId/invitation.ics',
    {
      schema: { tags, summary: 'The meeting as a calendar invitation (.ics)', params: meetingParams },
      onRequest: read,
    },
    async (request, reply) => {
      const { partnership, meeting } = await getMeeting(
        contextOf(request, db),
        request.params.id,
        request.params.meetingId,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="meeting-${meeting.id}.ics"`)
        .send(meetingCalendar(partnership, meeting, new URL(config.publicUrl).host));
    },
  );
};
