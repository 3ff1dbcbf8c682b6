import {
  createPartnershipBody,
  listPartnershipsQuery,
  partnershipListResponse,
  partnershipParams,
  partnershipView,
  updatePartnershipBody,
} from '../../../common/contracts/partnerships';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { presentCard, presentPartnership } from './partnership.presenter';
import {
  createPartnership,
  getPartnership,
  listPartnerships,
  updatePartnership,
} from './partnership.service';

export const tags = ['partnerships'];

/** Partnerships themselves: the list of public cards, founding one, its page and its basic facts. */
export const partnershipRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/partnerships',
    {
      schema: {
        tags,
        summary: 'Search partnerships (public cards)',
        querystring: listPartnershipsQuery,
        response: { 200: partnershipListResponse },
      },
      onRequest: requirePermission('partnerships.read'),
    },
    async (request) => {
      const page = await listPartnerships(contextOf(request, db), request.query);
      return { ...page, items: page.items.map((item) => presentCard(item, request.actor)) };
    },
  );

  app.post(
    '/api/partnerships',
    {
      schema: {
        tags,
        summary: 'Found a partnership with its first members',
        body: createPartnershipBody,
        response: { 201: partnershipView },
      },
      onRequest: requirePermission('partnerships.create'),
    },
    async (request, reply) => {
      const record = await createPartnership(contextOf(request, db), request.body);
      return reply.status(201).send(presentPartnership(record, request.actor));
    },
  );

  app.get(
    '/api/partnerships/:id',
    {
      schema: {
        tags,
        summary: "A partnership's page: the public card, and the rest for its members",
        params: partnershipParams,
        response: { 200: partnershipView },
      },
      onRequest: requirePermission('partnerships.read'),
    },
    async (request) =>
      presentPartnership(await getPartnership(contextOf(request, db), request.params.id), request.actor),
  );

  app.patch(
    '/api/partnerships/:id',
    {
      schema: {
        tags,
        summary: "Change a partnership's name, description or area (optimistic locking by version)",
        params: partnershipParams,
        body: updatePartnershipBody,
        response: { 200: partnershipView },
      },
      onRequest: requirePermission('partnerships.manage'),
    },
    async (request) =>
      presentPartnership(
        await updatePartnership(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );
};
