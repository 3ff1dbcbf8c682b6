import { z } from 'zod';
import {
  createMatchBody,
  dropOutBody,
  enrollParticipantBody,
  graduateParticipantBody,
  listMatchesQuery,
  matchListResponse,
  matchProposalsResponse,
  matchResultBody,
  matchView,
  participantView,
  updateParticipantBody,
} from '../../../common/contracts/preparation-programmes';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { createMatch, listMatches, proposeNeeds, recordMatchResult } from './match.service';
import {
  dropOutParticipant,
  enrollParticipant,
  graduateParticipant,
  updateParticipant,
} from './participant.service';

const idParams = z.object({ id: z.string() });
const participantParams = z.object({ id: z.string(), participantId: z.string() });
const tags = ['preparation programmes'];
const manage = requirePermission('preparationProgrammes.manage');

/** Participants of a programme, their progress and graduation, and graduates' matches to needs. */
export const participantRoutes: RoutesPlugin = async (app, { db }) => {
  app.post(
    '/api/preparation-programmes/:id/participants',
    {
      schema: {
        tags,
        summary: 'Enrol a participant',
        params: idParams,
        body: enrollParticipantBody,
        response: { 201: participantView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await enrollParticipant(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/preparation-programmes/:id/participants/:participantId',
    {
      schema: {
        tags,
        summary: "Record a participant's progress per module (optimistic locking by version)",
        params: participantParams,
        body: updateParticipantBody,
        response: { 200: participantView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateParticipant(
        contextOf(request, db),
        request.params.id,
        request.params.participantId,
        request.body,
      ),
  );

  app.post(
    '/api/preparation-programmes/:id/participants/:participantId/graduate',
    {
      schema: {
        tags,
        summary: 'A participant graduates with the qualification obtained',
        params: participantParams,
        body: graduateParticipantBody,
        response: { 200: participantView },
      },
      onRequest: manage,
    },
    async (request) =>
      graduateParticipant(
        contextOf(request, db),
        request.params.id,
        request.params.participantId,
        request.body,
      ),
  );

  app.post(
    '/api/preparation-programmes/:id/participants/:participantId/drop-out',
    {
      schema: {
        tags,
        summary: 'A participant leaves the programme (with the reason)',
        params: participantParams,
        body: dropOutBody,
        response: { 200: participantView },
      },
      onRequest: manage,
    },
    async (request) =>
      dropOutParticipant(
        contextOf(request, db),
        request.params.id,
        request.params.participantId,
        request.body,
      ),
  );

  app.get(
    '/api/preparation-programmes/:id/participants/:participantId/proposals',
    {
      schema: {
        tags,
        summary: "Open needs for the graduate's qualification, the programme's territory first",
        params: participantParams,
        response: { 200: matchProposalsResponse },
      },
      onRequest: manage,
    },
    async (request) => proposeNeeds(contextOf(request, db), request.params.id, request.params.participantId),
  );

  app.post(
    '/api/preparation-programmes/:id/participants/:participantId/matches',
    {
      schema: {
        tags,
        summary: 'Match a graduate to an open staffing need',
        params: participantParams,
        body: createMatchBody,
        response: { 201: participantView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createMatch(
            contextOf(request, db),
            request.params.id,
            request.params.participantId,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/programme-matches',
    {
      schema: {
        tags,
        summary: "Matches to the actor's providers' needs and of the programmes it runs",
        querystring: listMatchesQuery,
        response: { 200: matchListResponse },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => listMatches(contextOf(request, db), request.query),
  );

  app.post(
    '/api/programme-matches/:id/result',
    {
      schema: {
        tags,
        summary: 'The provider records hired / not hired; either side a withdrawal',
        params: idParams,
        body: matchResultBody,
        response: { 200: matchView },
      },
      onRequest: requirePermission('staffingNeeds.declare'),
    },
    async (request) => recordMatchResult(contextOf(request, db), request.params.id, request.body),
  );
};
