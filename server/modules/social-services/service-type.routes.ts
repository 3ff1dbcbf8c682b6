import { z } from 'zod';
import {
  createServiceTypeBody,
  listServiceTypesQuery,
  retireCatalogueEntryBody,
  serviceTypeListResponse,
  serviceTypeView,
  updateServiceTypeBody,
  versionBody,
} from '../../../common/contracts/social-services';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { presentType, presentTypeSummary } from './catalogue.presenter';
import {
  createServiceType,
  getServiceType,
  listServiceTypes,
  reinstateServiceType,
  retireServiceType,
  updateServiceType,
} from './service-type.service';

const idParams = z.object({ id: z.string() });
const tags = ['social services'];

/** The service types' standard cards: read by everyone, written only by the platform administrator. */
export const serviceTypeRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/social-services/types',
    {
      schema: {
        tags,
        summary: 'Search the catalogue of service types',
        querystring: listServiceTypesQuery,
        response: { 200: serviceTypeListResponse },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => {
      const page = await listServiceTypes(contextOf(request, db), request.query);
      return { ...page, items: page.items.map(presentTypeSummary) };
    },
  );

  app.get(
    '/api/social-services/types/:id',
    {
      schema: {
        tags,
        summary: "A service type's standard card",
        params: idParams,
        response: { 200: serviceTypeView },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) =>
      presentType(await getServiceType(contextOf(request, db), request.params.id), request.actor),
  );

  app.post(
    '/api/social-services/types',
    {
      schema: {
        tags,
        summary: 'Add a service type to the catalogue',
        body: createServiceTypeBody,
        response: { 201: serviceTypeView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentType(await createServiceType(contextOf(request, db), request.body), request.actor)),
  );

  app.patch(
    '/api/social-services/types/:id',
    {
      schema: {
        tags,
        summary: "Change a service type's card (optimistic locking by version)",
        params: idParams,
        body: updateServiceTypeBody,
        response: { 200: serviceTypeView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request) =>
      presentType(
        await updateServiceType(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/social-services/types/:id/retire',
    {
      schema: {
        tags,
        summary: 'Retire a service type, giving the reason',
        params: idParams,
        body: retireCatalogueEntryBody,
        response: { 200: serviceTypeView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request) =>
      presentType(
        await retireServiceType(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/social-services/types/:id/reinstate',
    {
      schema: {
        tags,
        summary: 'Bring a retired service type back into use',
        params: idParams,
        body: versionBody,
        response: { 200: serviceTypeView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request) =>
      presentType(
        await reinstateServiceType(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );
};
