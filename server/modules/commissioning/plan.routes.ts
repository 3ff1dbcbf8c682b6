import {
  adoptPlanBody,
  createPlanBody,
  listPlansQuery,
  planListResponse,
  planParams,
  planTransitionBody,
  planView,
  updatePlanBody,
} from '../../../common/contracts/commissioning';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { presentPlan } from './plan.presenter';
import {
  adoptPlan,
  createPlan,
  getPlan,
  listPlans,
  reportPlan,
  startExecution,
  updatePlan,
} from './plan.service';
import { planPdf } from './plan-pdf';
import { planXlsx } from './plan-xlsx';

export const tags = ['commissioning'];

const fileName = (title: string, extension: string) =>
  `${title.replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 100)}.${extension}`;

/** Plans: the list, a draft's form, its steps from draft to reported, and its PDF and XLSX. */
export const planRoutes: RoutesPlugin = async (app, { db }) => {
  const read = requirePermission('commissioning.read');
  const manage = requirePermission('commissioning.managePlans');

  app.get(
    '/api/commissioning/plans',
    {
      schema: {
        tags,
        summary: 'Search commissioning plans (adopted ones of everyone, drafts of your own JST)',
        querystring: listPlansQuery,
        response: { 200: planListResponse },
      },
      onRequest: read,
    },
    async (request) => listPlans(contextOf(request, db), request.query),
  );

  app.post(
    '/api/commissioning/plans',
    {
      schema: {
        tags,
        summary: 'Start a draft plan of a gmina or powiat (covering at least one budget year)',
        body: createPlanBody,
        response: { 201: planView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentPlan(await createPlan(contextOf(request, db), request.body), request.actor)),
  );

  app.get(
    '/api/commissioning/plans/:id',
    {
      schema: {
        tags,
        summary: 'A plan with its commissions, contracts, progress and quality reviews',
        params: planParams,
        response: { 200: planView },
      },
      onRequest: read,
    },
    async (request) => presentPlan(await getPlan(contextOf(request, db), request.params.id), request.actor),
  );

  app.patch(
    '/api/commissioning/plans/:id',
    {
      schema: {
        tags,
        summary: "Rewrite a draft plan's form (optimistic locking by version)",
        params: planParams,
        body: updatePlanBody,
        response: { 200: planView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPlan(await updatePlan(contextOf(request, db), request.params.id, request.body), request.actor),
  );

  app.post(
    '/api/commissioning/plans/:id/adopt',
    {
      schema: {
        tags,
        summary: "Record the plan's adoption by the council's resolution (number and date)",
        params: planParams,
        body: adoptPlanBody,
        response: { 200: planView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPlan(await adoptPlan(contextOf(request, db), request.params.id, request.body), request.actor),
  );

  app.post(
    '/api/commissioning/plans/:id/start-execution',
    {
      schema: {
        tags,
        summary: 'Start executing an adopted plan',
        params: planParams,
        body: planTransitionBody,
        response: { 200: planView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPlan(
        await startExecution(contextOf(request, db), request.params.id, request.body),
        request.actor,
      ),
  );

  app.post(
    '/api/commissioning/plans/:id/report',
    {
      schema: {
        tags,
        summary: 'Close a plan in execution as reported',
        params: planParams,
        body: planTransitionBody,
        response: { 200: planView },
      },
      onRequest: manage,
    },
    async (request) =>
      presentPlan(await reportPlan(contextOf(request, db), request.params.id, request.body), request.actor),
  );

  app.get(
    '/api/commissioning/plans/:id/plan.pdf',
    {
      schema: { tags, summary: 'The plan as the annex to the resolution (PDF)', params: planParams },
      onRequest: read,
    },
    async (request, reply) => {
      const record = await getPlan(contextOf(request, db), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(fileName(record.row.title, 'pdf')))
        .send(await planPdf(record));
    },
  );

  app.get(
    '/api/commissioning/plans/:id/export.xlsx',
    {
      schema: { tags, summary: 'The plan with its execution as an Excel workbook', params: planParams },
      onRequest: read,
    },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const record = await getPlan(ctx, request.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentDisposition(fileName(record.row.title, 'xlsx')))
        .send(await planXlsx(record, ctx.locale));
    },
  );
};
