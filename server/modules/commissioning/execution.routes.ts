import { z } from 'zod';
import {
  commissionParams,
  contractParams,
  createCommissionBody,
  createContractBody,
  createReviewBody,
  planParams,
  planView,
  reviewParams,
  updateCommissionBody,
  updateContractBody,
  updateReviewBody,
} from '../../../common/contracts/commissioning';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { createCommission, removeCommission, updateCommission } from './commission.service';
import { createContract, createReview, updateContract, updateReview } from './execution.service';
import { presentPlan } from './plan.presenter';
import { tags } from './plan.routes';

const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

/**
 * A plan's parts: the commissions of a draft, the contracts of an adopted plan (both by the JST),
 * and the quality reviews (by the OPS or PCPR of the territory). Each answers the whole plan, so
 * the page shows the progress the change made.
 */
export const executionRoutes: RoutesPlugin = async (app, { db }) => {
  const manage = requirePermission('commissioning.managePlans');
  const review = requirePermission('commissioning.reviewQuality');

  app.post(
    '/api/commissioning/plans/:id/commissions',
    {
      schema: {
        tags,
        summary: 'Plan a commission in a draft plan',
        params: planParams,
        body: createCommissionBody,
        response: { 201: planView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentPlan(
            await createCommission(contextOf(request, db), request.params.id, request.body),
            request.actor,
          ),
        ),
  );

  app.patch(
    '/api/commissioning/plans/:id/commissions/:commissionId',
    {
      schema: {
        tags,
        summary: 'Change a planned commission of a draft (by version)',
        params: commissionParams,
        body: updateCommissionBody,
        response: { 200: planView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPlan(
        await updateCommission(
          contextOf(request, db),
          request.params.id,
          request.params.commissionId,
          request.body,
        ),
        request.actor,
      ),
  );

  app.delete(
    '/api/commissioning/plans/:id/commissions/:commissionId',
    {
      schema: {
        tags,
        summary: 'Remove a planned commission from a draft (by version, in the query)',
        params: commissionParams,
        querystring: versionQuery,
        response: { 200: planView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPlan(
        await removeCommission(
          contextOf(request, db),
          request.params.id,
          request.params.commissionId,
          request.query.version,
        ),
        request.actor,
      ),
  );

  app.post(
    '/api/commissioning/plans/:id/contracts',
    {
      schema: {
        tags,
        summary: "Record a contract with a PES for one of an adopted plan's commissions",
        params: planParams,
        body: createContractBody,
        response: { 201: planView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentPlan(
            await createContract(contextOf(request, db), request.params.id, request.body),
            request.actor,
          ),
        ),
  );

  app.patch(
    '/api/commissioning/plans/:id/contracts/:contractId',
    {
      schema: {
        tags,
        summary: 'Change a contract, e.g. what its indicators reached (by version)',
        params: contractParams,
        body: updateContractBody,
        response: { 200: planView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPlan(
        await updateContract(
          contextOf(request, db),
          request.params.id,
          request.params.contractId,
          request.body,
        ),
        request.actor,
      ),
  );

  app.post(
    '/api/commissioning/plans/:id/reviews',
    {
      schema: {
        tags,
        summary: "Record a quality review of a contract's delivery (OPS or PCPR of the territory)",
        params: planParams,
        body: createReviewBody,
        response: { 201: planView },
      },
      onRequest: review,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentPlan(
            await createReview(contextOf(request, db), request.params.id, request.body),
            request.actor,
          ),
        ),
  );

  app.patch(
    '/api/commissioning/plans/:id/reviews/:reviewId',
    {
      schema: {
        tags,
        summary: 'Change a quality review: its follow-up and status (by version)',
        params: reviewParams,
        body: updateReviewBody,
        response: { 200: planView },
      },
      onRequest: review,
    },
    async (request) =>
      presentPlan(
        await updateReview(contextOf(request, db), request.params.id, request.params.reviewId, request.body),
        request.actor,
      ),
  );
};
