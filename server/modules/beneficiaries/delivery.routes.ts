import { personParams } from '../../../common/contracts/beneficiaries';
import {
  closeCaseBody,
  deliveryPage,
  deliveryParams,
  deliveryView,
  listDeliveriesQuery,
  packageView,
  recordDeliveryBody,
  updateDeliveryBody,
} from '../../../common/contracts/service-delivery';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { vaultFor } from '../../platform/personal-data';
import { closeCase, getPackage, listDeliveries, recordDelivery, updateDelivery } from './delivery.service';

const tags = ['beneficiaries'];

/** Deliveries of services to a person, the package (planned against delivered) and the case closure. */
export const deliveryRoutes: RoutesPlugin = async (app, { db, config }) => {
  const vault = vaultFor(config.personalDataKeys);
  const read = requirePermission('beneficiaries.read');
  const work = requirePermission('beneficiaries.register');

  app.get(
    '/api/beneficiaries/:id/deliveries',
    {
      schema: {
        tags,
        summary: "The person's delivered services, newest first (logged)",
        params: personParams,
        querystring: listDeliveriesQuery,
        response: { 200: deliveryPage },
      },
      onRequest: read,
    },
    async (request) => listDeliveries(contextOf(request, db), vault, request.params.id, request.query),
  );

  app.post(
    '/api/beneficiaries/:id/deliveries',
    {
      schema: {
        tags,
        summary:
          'Record a delivered service (the entry institution, or the operator while its referral is in service)',
        params: personParams,
        body: recordDeliveryBody,
        response: { 201: deliveryView },
      },
      onRequest: work,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordDelivery(contextOf(request, db), vault, request.params.id, request.body)),
  );

  app.put(
    '/api/beneficiaries/:id/deliveries/:deliveryId',
    {
      schema: {
        tags,
        summary: 'Correct a delivery at the version read',
        params: deliveryParams,
        body: updateDeliveryBody,
        response: { 200: deliveryView },
      },
      onRequest: work,
    },
    async (request) =>
      updateDelivery(
        contextOf(request, db),
        vault,
        request.params.id,
        request.params.deliveryId,
        request.body,
      ),
  );

  app.get(
    '/api/beneficiaries/:id/package',
    {
      schema: {
        tags,
        summary:
          'Planned against delivered per plan action and instrument, totals per paying partner (logged)',
        params: personParams,
        response: { 200: packageView },
      },
      onRequest: read,
    },
    async (request) => getPackage(contextOf(request, db), vault, request.params.id),
  );

  app.post(
    '/api/beneficiaries/:id/closure',
    {
      schema: {
        tags,
        summary: 'Close the case with its outcome (the entry institution); it takes no more deliveries',
        params: personParams,
        body: closeCaseBody,
        response: { 200: packageView },
      },
      onRequest: work,
    },
    async (request) => closeCase(contextOf(request, db), vault, request.params.id, request.body),
  );
};
