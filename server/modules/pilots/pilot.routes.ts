import { z } from 'zod';
import {
  addCandidateBody,
  addExpertBody,
  assignCaretakerBody,
  attendanceBody,
  createPilotBody,
  listPilotsQuery,
  pilotListResponse,
  pilotView,
  rejectCandidateBody,
  updateCandidateBody,
  updatePilotBody,
  versionBody,
} from '../../../common/contracts/pilots';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { chooseSites, createPilot, getPilot, listPilots, updatePilot } from './pilot.service';
import {
  addCandidate,
  addExpert,
  assignCaretaker,
  recordAttendance,
  rejectCandidate,
  removeCaretaker,
  updateCandidate,
} from './site.service';

export const tags = ['pilots'];
const idParams = z.object({ id: z.string() });
const candidateParams = z.object({ id: z.string(), candidateId: z.string() });
const expertParams = z.object({ id: z.string(), expertId: z.string() });
const caretakerParams = z.object({ id: z.string(), caretakerId: z.string() });

/** Pilots (seed 001): the pilot, its candidates and ranking, the choice of sites, experts and caretakers. */
export const pilotRoutes: RoutesPlugin = async (app, { db }) => {
  const read = requirePermission('pilots.read');
  const manage = requirePermission('pilots.manage');

  app.get(
    '/api/pilots',
    {
      schema: {
        tags,
        summary: 'Search pilots',
        querystring: listPilotsQuery,
        response: { 200: pilotListResponse },
      },
      onRequest: read,
    },
    async (request) => listPilots(contextOf(request, db), request.query),
  );

  app.post(
    '/api/pilots',
    {
      schema: { tags, summary: 'Start a pilot', body: createPilotBody, response: { 201: pilotView } },
      onRequest: manage,
    },
    async (request, reply) => reply.status(201).send(await createPilot(contextOf(request, db), request.body)),
  );

  app.get(
    '/api/pilots/:id',
    {
      schema: {
        tags,
        summary: 'A pilot with its ranking of candidates, experts and caretakers',
        params: idParams,
        response: { 200: pilotView },
      },
      onRequest: read,
    },
    async (request) => getPilot(contextOf(request, db), request.params.id),
  );

  app.patch(
    '/api/pilots/:id',
    {
      schema: {
        tags,
        summary: 'Change a pilot (optimistic locking by version)',
        params: idParams,
        body: updatePilotBody,
        response: { 200: pilotView },
      },
      onRequest: manage,
    },
    async (request) => updatePilot(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    '/api/pilots/:id/choose',
    {
      schema: {
        tags,
        summary: 'Choose the top sites of the ranking; the rest go to the reserve list',
        params: idParams,
        body: versionBody,
        response: { 200: pilotView },
      },
      onRequest: manage,
    },
    async (request) => chooseSites(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    '/api/pilots/:id/candidates',
    {
      schema: {
        tags,
        summary: 'Add a candidate site with its criteria values',
        params: idParams,
        body: addCandidateBody,
        response: { 201: pilotView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await addCandidate(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/pilots/:id/candidates/:candidateId',
    {
      schema: {
        tags,
        summary: "Correct a candidate's criteria values",
        params: candidateParams,
        body: updateCandidateBody,
        response: { 200: pilotView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateCandidate(contextOf(request, db), request.params.id, request.params.candidateId, request.body),
  );

  app.post(
    '/api/pilots/:id/candidates/:candidateId/reject',
    {
      schema: {
        tags,
        summary: 'Reject a candidate, with the reason',
        params: candidateParams,
        body: rejectCandidateBody,
        response: { 200: pilotView },
      },
      onRequest: manage,
    },
    async (request) =>
      rejectCandidate(contextOf(request, db), request.params.id, request.params.candidateId, request.body),
  );

  app.post(
    '/api/pilots/:id/experts',
    {
      schema: {
        tags,
        summary: 'Add an expert caretaker by name and e-mail',
        params: idParams,
        body: addExpertBody,
        response: { 201: pilotView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await addExpert(contextOf(request, db), request.params.id, request.body)),
  );

  app.put(
    '/api/pilots/:id/experts/:expertId/attendance',
    {
      schema: {
        tags,
        summary: "Record the expert's attendance on the 9 training days",
        params: expertParams,
        body: attendanceBody,
        response: { 200: pilotView },
      },
      onRequest: manage,
    },
    async (request) =>
      recordAttendance(contextOf(request, db), request.params.id, request.params.expertId, request.body),
  );

  app.post(
    '/api/pilots/:id/caretakers',
    {
      schema: {
        tags,
        summary: 'Assign a trained expert as a caretaker of a chosen site (two per site)',
        params: idParams,
        body: assignCaretakerBody,
        response: { 201: pilotView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await assignCaretaker(contextOf(request, db), request.params.id, request.body)),
  );

  app.delete(
    '/api/pilots/:id/caretakers/:caretakerId',
    {
      schema: {
        tags,
        summary: "End an expert's care of a site",
        params: caretakerParams,
        response: { 200: pilotView },
      },
      onRequest: manage,
    },
    async (request) => removeCaretaker(contextOf(request, db), request.params.id, request.params.caretakerId),
  );
};
