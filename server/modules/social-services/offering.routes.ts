import { z } from 'zod';
import {
  createOfferingBody,
  endOfferingBody,
  listOfferingsQuery,
  offeringListResponse,
  offeringView,
  updateOfferingBody,
} from '../../../common/contracts/service-offerings';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { presentOffering } from './offering.presenter';
import { createOffering, endOffering, getOffering, listOfferings, updateOffering } from './offering.service';

const idParams = z.object({ id: z.string() });
const tags = ['social services'];

/**
 * Which institution offers which service where. `socialServices.manageOfferings` opens the door;
 * the policy then admits only those who speak for the offering's institution.
 */
export const offeringRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/social-services/offerings',
    {
      schema: {
        tags,
        summary: 'Search the offerings of social services',
        querystring: listOfferingsQuery,
        response: { 200: offeringListResponse },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => {
      const { canCreate, ...page } = await listOfferings(contextOf(request, db), request.query);
      return {
        ...page,
        items: page.items.map((record) => presentOffering(record, request.actor)),
        abilities: { create: canCreate },
      };
    },
  );

  app.get(
    '/api/social-services/offerings/:id',
    {
      schema: { tags, summary: 'An offering', params: idParams, response: { 200: offeringView } },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) =>
      presentOffering(await getOffering(contextOf(request, db), request.params.id), request.actor),
  );

  app.post(
    '/api/social-services/offerings',
    {
      schema: {
        tags,
        summary: 'Start offering a service type in a territory',
        body: createOfferingBody,
        response: { 201: offeringView },
      },
      onRequest: requirePermission('socialServices.manageOfferings'),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentOffering(await createOffering(contextOf(request, db), request.body), request.actor)),
  );

  app.patch(
    '/api/social-services/offerings/:id',
    {
      schema: {
        tags,
        summary: 'Change, suspend or resume an offering (optimistic locking by version)',
        params: idParams,
        body: updateOfferingBody,
        response: { 200: offeringView },
      },
      onRequest: requirePermission('socialServices.manageOfferings'),
    },
    async (request) =>
      presentOffering(
        await updateOffering(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/social-services/offerings/:id/end',
    {
      schema: {
        tags,
        summary: 'End an offering for good, giving the reason',
        params: idParams,
        body: endOfferingBody,
        response: { 200: offeringView },
      },
      onRequest: requirePermission('socialServices.manageOfferings'),
    },
    async (request) =>
      presentOffering(
        await endOffering(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );
};
