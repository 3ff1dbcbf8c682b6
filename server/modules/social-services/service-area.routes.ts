import { z } from 'zod';
import {
  createServiceAreaBody,
  listServiceAreasQuery,
  serviceAreaListResponse,
  serviceAreaView,
  updateServiceAreaBody,
} from '../../../common/contracts/social-services';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { presentArea } from './catalogue.presenter';
import { createArea, getArea, listAreas, updateArea } from './service-area.service';

/** A malformed id names no record: it answers 404 like an unknown one, not 400. */
const idParams = z.object({ id: z.string() });
const tags = ['social services'];

/** The areas of social services with their legal basis; extended by the platform administrator. */
export const serviceAreaRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/social-services/areas',
    {
      schema: {
        tags,
        summary: 'Areas of social services',
        querystring: listServiceAreasQuery,
        response: { 200: serviceAreaListResponse },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => {
      const page = await listAreas(contextOf(request, db), request.query);
      return { ...page, items: page.items.map((row) => presentArea(row, request.actor)) };
    },
  );

  app.get(
    '/api/social-services/areas/:id',
    {
      schema: {
        tags,
        summary: 'An area of social services',
        params: idParams,
        response: { 200: serviceAreaView },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => presentArea(await getArea(contextOf(request, db), request.params.id), request.actor),
  );

  app.post(
    '/api/social-services/areas',
    {
      schema: {
        tags,
        summary: 'Add an area to the catalogue',
        body: createServiceAreaBody,
        response: { 201: serviceAreaView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentArea(await createArea(contextOf(request, db), request.body), request.actor)),
  );

  app.patch(
    '/api/social-services/areas/:id',
    {
      schema: {
        tags,
        summary: "Change an area's name, description or legal basis (optimistic locking by version)",
        params: idParams,
        body: updateServiceAreaBody,
        response: { 200: serviceAreaView },
      },
      onRequest: requirePermission('socialServices.manageCatalogue'),
    },
    async (request) =>
      presentArea(await updateArea(contextOf(request, db), request.params.id, request.body), request.actor),
  );
};
