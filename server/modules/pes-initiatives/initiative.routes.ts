import { z } from 'zod';
import {
  abandonInitiativeBody,
  commissionOptionsQuery,
  commissionOptionsResponse,
  createInitiativeBody,
  initiativeListResponse,
  initiativeView,
  listInitiativesQuery,
  registerInitiativeBody,
  updateInitiativeBody,
  versionBody,
} from '../../../common/contracts/pes-initiatives';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import {
  abandonInitiative,
  advanceInitiative,
  commissionOptions,
  createInitiative,
  getInitiative,
  listInitiatives,
  registerInitiative,
  updateInitiative,
} from './initiative.service';
import { initiativePdf } from './initiative-pdf';

const idParams = z.object({ id: z.string() });
const tags = ['PES initiatives'];

/** Initiative groups preparing to found a PES, supported by an OWES and the PUP (seed 001, sphere 2). */
export const pesInitiativeRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/pes-initiatives',
    {
      schema: {
        tags,
        summary: 'Search the initiative groups of the actor’s OWES, PUP or JST',
        querystring: listInitiativesQuery,
        response: { 200: initiativeListResponse },
      },
      onRequest: requirePermission('pesInitiatives.read'),
    },
    async (request) => listInitiatives(contextOf(request, db), request.query),
  );

  app.get(
    '/api/pes-initiatives/commission-options',
    {
      schema: {
        tags,
        summary: 'Commissions of the JST’s adopted commissioning plans a new PES may prepare for',
        querystring: commissionOptionsQuery,
        response: { 200: commissionOptionsResponse },
      },
      onRequest: requirePermission('pesInitiatives.manage'),
    },
    async (request) => commissionOptions(contextOf(request, db), request.query.jstInstitutionId),
  );

  app.get(
    '/api/pes-initiatives/:id/record.pdf',
    {
      schema: {
        tags,
        summary: 'The initiative group’s record as the OWES files it (PDF)',
        params: idParams,
      },
      onRequest: requirePermission('pesInitiatives.read'),
    },
    async (request, reply) => {
      const view = await getInitiative(contextOf(request, db), request.params.id);
      const name = view.name.replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 100);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(`Karta grupy inicjatywnej ${name}.pdf`))
        .send(await initiativePdf(view, new Date()));
    },
  );

  app.get(
    '/api/pes-initiatives/:id',
    {
      schema: {
        tags,
        summary: 'An initiative group with its founders, path, support and milestones',
        params: idParams,
        response: { 200: initiativeView },
      },
      onRequest: requirePermission('pesInitiatives.read'),
    },
    async (request) => getInitiative(contextOf(request, db), request.params.id),
  );

  app.post(
    '/api/pes-initiatives',
    {
      schema: {
        tags,
        summary: 'Start an initiative group',
        body: createInitiativeBody,
        response: { 201: initiativeView },
      },
      onRequest: requirePermission('pesInitiatives.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createInitiative(contextOf(request, db), request.body)),
  );

  app.patch(
    '/api/pes-initiatives/:id',
    {
      schema: {
        tags,
        summary: 'Change an initiative group (optimistic locking by version)',
        params: idParams,
        body: updateInitiativeBody,
        response: { 200: initiativeView },
      },
      onRequest: requirePermission('pesInitiatives.manage'),
    },
    async (request) => updateInitiative(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    '/api/pes-initiatives/:id/advance',
    {
      schema: {
        tags,
        summary: 'Move to the next stage: forming → preparing → registering',
        params: idParams,
        body: versionBody,
        response: { 200: initiativeView },
      },
      onRequest: requirePermission('pesInitiatives.manage'),
    },
    async (request) => advanceInitiative(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    '/api/pes-initiatives/:id/register',
    {
      schema: {
        tags,
        summary: 'Record the court entry; the new PES enters the institutions registry',
        params: idParams,
        body: registerInitiativeBody,
        response: { 200: initiativeView },
      },
      onRequest: requirePermission('pesInitiatives.manage'),
    },
    async (request) => registerInitiative(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    '/api/pes-initiatives/:id/abandon',
    {
      schema: {
        tags,
        summary: 'Abandon the initiative, with the reason',
        params: idParams,
        body: abandonInitiativeBody,
        response: { 200: initiativeView },
      },
      onRequest: requirePermission('pesInitiatives.manage'),
    },
    async (request) => abandonInitiative(contextOf(request, db), request.params.id, request.body),
  );
};
