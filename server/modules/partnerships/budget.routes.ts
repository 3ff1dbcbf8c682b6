import { z } from 'zod';
import {
  budgetLineParams,
  budgetLineView,
  budgetResponse,
  createBudgetLineBody,
  createPledgeBody,
  exportBudgetQuery,
  listBudgetQuery,
  listPledgesQuery,
  pledgeListResponse,
  pledgeParams,
  pledgeView,
  updateBudgetLineBody,
  updatePledgeBody,
} from '../../../common/contracts/partnership-budget';
import { partnershipParams } from '../../../common/contracts/partnerships';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { t } from '../../platform/i18n';
import {
  createBudgetLine,
  createPledge,
  exportBudget,
  listBudget,
  listPledges,
  removeBudgetLine,
  removePledge,
  updateBudgetLine,
  updatePledge,
} from './budget.service';
import { budgetCsv } from './budget-csv';
import { tags } from './partnership.routes';

const removed = { 204: z.null() };

/** Resources pledged and budget lines (step 8): every member reads all, each changes its own. */
export const budgetRoutes: RoutesPlugin = async (app, { db }) => {
  const read = requirePermission('partnerships.read');
  const manage = requirePermission('partnerships.manage');

  app.get(
    '/api/partnerships/:id/resources',
    {
      schema: {
        tags,
        summary: 'Resources pledged by the partners',
        params: partnershipParams,
        querystring: listPledgesQuery,
        response: { 200: pledgeListResponse },
      },
      onRequest: read,
    },
    async (request) => listPledges(contextOf(request, db), request.params.id, request.query),
  );

  app.post(
    '/api/partnerships/:id/resources',
    {
      schema: {
        tags,
        summary: "Pledge a resource (for one's own member institution)",
        params: partnershipParams,
        body: createPledgeBody,
        response: { 201: pledgeView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createPledge(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/resources/:pledgeId',
    {
      schema: {
        tags,
        summary: 'Change a pledge or record its use (by version)',
        params: pledgeParams,
        body: updatePledgeBody,
        response: { 200: pledgeView },
      },
      onRequest: manage,
    },
    async (request) =>
      updatePledge(contextOf(request, db), request.params.id, request.params.pledgeId, request.body),
  );

  app.delete(
    '/api/partnerships/:id/resources/:pledgeId',
    {
      schema: { tags, summary: 'Remove a pledge', params: pledgeParams, response: removed },
      onRequest: manage,
    },
    async (request, reply) => {
      await removePledge(contextOf(request, db), request.params.id, request.params.pledgeId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/partnerships/:id/budget',
    {
      schema: {
        tags,
        summary: 'Budget lines (filtered, paginated) with totals per payer and per source; amounts in grosze',
        params: partnershipParams,
        querystring: listBudgetQuery,
        response: { 200: budgetResponse },
      },
      onRequest: read,
    },
    async (request) => listBudget(contextOf(request, db), request.params.id, request.query),
  );

  app.get(
    '/api/partnerships/:id/budget/export.csv',
    {
      schema: {
        tags,
        summary: 'The filtered budget lines as CSV (semicolons, UTF-8 with BOM, for Excel)',
        params: partnershipParams,
        querystring: exportBudgetQuery,
      },
      onRequest: read,
    },
    async (request, reply) => {
      const locale = request.query.lang ?? request.locale;
      const { lines } = await exportBudget(contextOf(request, db), request.params.id, request.query);
      const fileName = `${t(locale, 'partnershipPlan:budget.csv.fileName')}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(budgetCsv(lines, locale));
    },
  );

  app.post(
    '/api/partnerships/:id/budget',
    {
      schema: {
        tags,
        summary: "Add a budget line (paid by one's own member institution); amounts as decimal text",
        params: partnershipParams,
        body: createBudgetLineBody,
        response: { 201: budgetLineView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createBudgetLine(contextOf(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnerships/:id/budget/:lineId',
    {
      schema: {
        tags,
        summary: 'Change a budget line or record what was spent (by version)',
        params: budgetLineParams,
        body: updateBudgetLineBody,
        response: { 200: budgetLineView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateBudgetLine(contextOf(request, db), request.params.id, request.params.lineId, request.body),
  );

  app.delete(
    '/api/partnerships/:id/budget/:lineId',
    {
      schema: { tags, summary: 'Remove a budget line', params: budgetLineParams, response: removed },
      onRequest: manage,
    },
    async (request, reply) => {
      await removeBudgetLine(contextOf(request, db), request.params.id, request.params.lineId);
      return reply.status(204).send(null);
    },
  );
};
