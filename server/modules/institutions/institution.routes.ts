import { z } from 'zod';
import {
  createInstitutionBody,
  deactivateInstitutionBody,
  institutionListResponse,
  institutionView,
  listInstitutionsQuery,
  updateInstitutionBody,
} from '../../../common/contracts/institutions';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { presentInstitution, presentInstitutionSummary } from './institution.presenter';
import {
  createInstitution,
  deactivateInstitution,
  getInstitution,
  listInstitutions,
  reactivateInstitution,
  updateInstitution,
} from './institution.service';

/** A malformed id names no institution: it answers 404 like an unknown one, not 400. */
const idParams = z.object({ id: z.string() });
const tags = ['institutions'];

/**
 * The shared registry of institutions. Deactivation and reactivation need `institutions.update`
 * at the door; the policy then admits only the institution's administrator (or a platform admin).
 */
export const institutionRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/institutions',
    {
      schema: {
        tags,
        summary: 'Search the registry of institutions',
        querystring: listInstitutionsQuery,
        response: { 200: institutionListResponse },
      },
      onRequest: requirePermission('institutions.read'),
    },
    async (request) => {
      const page = await listInstitutions(contextOf(request, db), request.query);
      return { ...page, items: page.items.map((item) => presentInstitutionSummary(item, request.actor)) };
    },
  );

  app.get(
    '/api/institutions/:id',
    {
      schema: {
        tags,
        summary: "An institution's card",
        params: idParams,
        response: { 200: institutionView },
      },
      onRequest: requirePermission('institutions.read'),
    },
    async (request) =>
      presentInstitution(await getInstitution(contextOf(request, db), request.params.id), request.actor),
  );

  app.post(
    '/api/institutions',
    {
      schema: {
        tags,
        summary: 'Add an institution to the registry',
        body: createInstitutionBody,
        response: { 201: institutionView },
      },
      onRequest: requirePermission('institutions.create'),
    },
    async (request, reply) => {
      const record = await createInstitution(contextOf(request, db), request.body);
      return reply.status(201).send(presentInstitution(record, request.actor));
    },
  );

  app.patch(
    '/api/institutions/:id',
    {
      schema: {
        tags,
        summary: "Change an institution's facts (optimistic locking by version)",
        params: idParams,
        body: updateInstitutionBody,
        response: { 200: institutionView },
      },
      onRequest: requirePermission('institutions.update'),
    },
    async (request) =>
      presentInstitution(
        await updateInstitution(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/institutions/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'Deactivate an institution, giving the reason',
        params: idParams,
        body: deactivateInstitutionBody,
        response: { 200: institutionView },
      },
      onRequest: requirePermission('institutions.update'),
    },
    async (request) =>
      presentInstitution(
        await deactivateInstitution(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/institutions/:id/reactivate',
    {
      schema: {
        tags,
        summary: 'Reactivate an institution',
        params: idParams,
        response: { 200: institutionView },
      },
      onRequest: requirePermission('institutions.update'),
    },
    async (request) =>
      presentInstitution(
        await reactivateInstitution(contextOf(request, db), request.params.id),
        request.actor,
      ),
  );
};
