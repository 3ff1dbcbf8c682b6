import {
  advisoryListResponse,
  advisoryView,
  attendanceBody,
  createAdvisoryBody,
  createEditionBody,
  createStudyVisitBody,
  editionListResponse,
  editionParams,
  editionView,
  listAdvisoryQuery,
  programmeParams,
  removeAdvisoryQuery,
  sessionParams,
  studyVisitListResponse,
  studyVisitView,
} from '../../../common/contracts/training-programme';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { listAdvisory, recordAdvisory, removeAdvisory } from './advisory.service';
import { attendancePdf } from './attendance-pdf';
import { tags } from './programme.routes';
import { getProgramme } from './programme.service';
import { createEdition, getEdition, listEditions, recordAttendance } from './training.service';
import { listVisits, recordVisit } from './visit.service';

/** What the programme does with the JSTs: training editions and attendance, advisory, study visits. */
export const activityRoutes: RoutesPlugin = async (app, { db }) => {
  const read = requirePermission('trainingProgramme.read');
  const manage = requirePermission('trainingProgramme.manage');

  app.get(
    '/api/training-programmes/:id/editions',
    {
      schema: {
        tags,
        summary: 'Training editions with attendance',
        params: programmeParams,
        response: { 200: editionListResponse },
      },
      onRequest: read,
    },
    async (request) => listEditions(contextOf(request, db), request.params.id),
  );

  app.post(
    '/api/training-programmes/:id/editions',
    {
      schema: {
        tags,
        summary: 'Plan a 4-day edition (2 practical days) with its group of people',
        params: programmeParams,
        body: createEditionBody,
        response: { 201: editionView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createEdition(contextOf(request, db), request.params.id, request.body)),
  );

  app.put(
    '/api/training-programmes/:id/editions/:editionId/attendance',
    {
      schema: {
        tags,
        summary: "Record attendance per person per day (optimistic locking by the edition's version)",
        params: editionParams,
        body: attendanceBody,
        response: { 200: editionView },
      },
      onRequest: manage,
    },
    async (request) =>
      recordAttendance(contextOf(request, db), request.params.id, request.params.editionId, request.body),
  );

  app.get(
    '/api/training-programmes/:id/editions/:editionId/attendance.pdf',
    {
      schema: { tags, summary: "The edition's attendance list (PDF)", params: editionParams },
      onRequest: read,
    },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const { view } = await getEdition(ctx, request.params.id, request.params.editionId);
      const programme = await getProgramme(ctx, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition('lista-obecnosci.pdf'))
        .send(await attendancePdf(programme.name, view));
    },
  );

  app.get(
    '/api/training-programmes/:id/advisory',
    {
      schema: {
        tags,
        summary: 'Advisory sessions (a JST sees its own)',
        params: programmeParams,
        querystring: listAdvisoryQuery,
        response: { 200: advisoryListResponse },
      },
      onRequest: read,
    },
    async (request) => listAdvisory(contextOf(request, db), request.params.id, request.query),
  );

  app.post(
    '/api/training-programmes/:id/advisory',
    {
      schema: {
        tags,
        summary: 'Record an advisory session for a JST (hours above zero)',
        params: programmeParams,
        body: createAdvisoryBody,
        response: { 201: advisoryView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await recordAdvisory(contextOf(request, db), request.params.id, request.body)),
  );

  app.delete(
    '/api/training-programmes/:id/advisory/:sessionId',
    {
      schema: {
        tags,
        summary: 'Remove a session entered by mistake (by version, in the query)',
        params: sessionParams,
        querystring: removeAdvisoryQuery,
      },
      onRequest: manage,
    },
    async (request, reply) => {
      await removeAdvisory(
        contextOf(request, db),
        request.params.id,
        request.params.sessionId,
        request.query.version,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/training-programmes/:id/study-visits',
    {
      schema: {
        tags,
        summary: 'Study visits to PES',
        params: programmeParams,
        response: { 200: studyVisitListResponse },
      },
      onRequest: read,
    },
    async (request) => listVisits(contextOf(request, db), request.params.id),
  );

  app.post(
    '/api/training-programmes/:id/study-visits',
    {
      schema: {
        tags,
        summary: 'Record a 1-day study visit to a PES with the JSTs that attended',
        params: programmeParams,
        body: createStudyVisitBody,
        response: { 201: studyVisitView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await recordVisit(contextOf(request, db), request.params.id, request.body)),
  );
};
