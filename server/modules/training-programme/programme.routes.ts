import {
  createProgrammeBody,
  enrolBody,
  jstStaffQuery,
  jstStaffResponse,
  linkOutcomeBody,
  listParticipantsQuery,
  listProgrammesQuery,
  participantListResponse,
  participantParams,
  participantView,
  programmeListResponse,
  programmeParams,
  programmeView,
  progressView,
  updatePeopleBody,
} from '../../../common/contracts/training-programme';
import { toSearchable } from '../../../common/text';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import {
  enrol,
  getParticipant,
  jstStaff,
  linkOutcome,
  listParticipants,
  updatePeople,
} from './participant.service';
import { createProgramme, getProgramme, listProgrammes } from './programme.service';
import { programmeProgress } from './progress';
import { progressXlsx } from './progress-xlsx';

export const tags = ['training programme'];

/** Programmes, their participating JSTs with people and outcome, and progress by voivodeship. */
export const programmeRoutes: RoutesPlugin = async (app, { db }) => {
  const read = requirePermission('trainingProgramme.read');
  const manage = requirePermission('trainingProgramme.manage');

  app.get(
    '/api/training-programmes',
    {
      schema: {
        tags,
        summary: 'Training programmes you run or take part in',
        querystring: listProgrammesQuery,
        response: { 200: programmeListResponse },
      },
      onRequest: read,
    },
    async (request) => listProgrammes(contextOf(request, db), request.query),
  );

  app.post(
    '/api/training-programmes',
    {
      schema: {
        tags,
        summary: 'Start a programme (platform administrator), naming its operator institution',
        body: createProgrammeBody,
        response: { 201: programmeView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createProgramme(contextOf(request, db), request.body)),
  );

  app.get(
    '/api/training-programmes/:id',
    {
      schema: {
        tags,
        summary: 'A programme with its targets',
        params: programmeParams,
        response: { 200: programmeView },
      },
      onRequest: read,
    },
    async (request) => getProgramme(contextOf(request, db), request.params.id),
  );

  app.get(
    '/api/training-programmes/:id/participants',
    {
      schema: {
        tags,
        summary: 'Participating JSTs in the recruitment order (the least commissioning first)',
        params: programmeParams,
        querystring: listParticipantsQuery,
        response: { 200: participantListResponse },
      },
      onRequest: read,
    },
    async (request) => listParticipants(contextOf(request, db), request.params.id, request.query),
  );

  app.post(
    '/api/training-programmes/:id/participants',
    {
      schema: {
        tags,
        summary: 'Enrol a gmina or powiat with at least two people',
        params: programmeParams,
        body: enrolBody,
        response: { 201: participantView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await enrol(contextOf(request, db), request.params.id, request.body)),
  );

  app.get(
    '/api/training-programmes/:id/jst-staff',
    {
      schema: {
        tags,
        summary: "A JST's active staff, to enrol people by their account",
        params: programmeParams,
        querystring: jstStaffQuery,
        response: { 200: jstStaffResponse },
      },
      onRequest: manage,
    },
    async (request) => jstStaff(contextOf(request, db), request.params.id, request.query.jstInstitutionId),
  );

  app.get(
    '/api/training-programmes/:id/participants/:participantId',
    {
      schema: {
        tags,
        summary: "A JST's participation: people, baseline, advisory progress, outcome",
        params: participantParams,
        response: { 200: participantView },
      },
      onRequest: read,
    },
    async (request) =>
      getParticipant(contextOf(request, db), request.params.id, request.params.participantId),
  );

  app.put(
    '/api/training-programmes/:id/participants/:participantId/people',
    {
      schema: {
        tags,
        summary: "Rewrite the JST's people (at least two; optimistic locking by version)",
        params: participantParams,
        body: updatePeopleBody,
        response: { 200: participantView },
      },
      onRequest: manage,
    },
    async (request) =>
      updatePeople(contextOf(request, db), request.params.id, request.params.participantId, request.body),
  );

  app.put(
    '/api/training-programmes/:id/participants/:participantId/outcome',
    {
      schema: {
        tags,
        summary: "Link the JST's adopted commissioning plan as the outcome (or unlink with null)",
        params: participantParams,
        body: linkOutcomeBody,
        response: { 200: participantView },
      },
      onRequest: manage,
    },
    async (request) =>
      linkOutcome(contextOf(request, db), request.params.id, request.params.participantId, request.body),
  );

  app.get(
    '/api/training-programmes/:id/progress',
    {
      schema: {
        tags,
        summary: 'Progress by voivodeship (all 16)',
        params: programmeParams,
        response: { 200: progressView },
      },
      onRequest: read,
    },
    async (request) => programmeProgress(contextOf(request, db), request.params.id),
  );

  app.get(
    '/api/training-programmes/:id/progress.xlsx',
    {
      schema: { tags, summary: 'Progress by voivodeship as an Excel workbook', params: programmeParams },
      onRequest: read,
    },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const [programme, progress] = await Promise.all([
        getProgramme(ctx, request.params.id),
        programmeProgress(ctx, request.params.id),
      ]);
      const name = toSearchable(programme.name)
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 60);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentDisposition(`postep-${name}.xlsx`))
        .send(await progressXlsx(programme.name, progress, ctx.locale));
    },
  );
};
