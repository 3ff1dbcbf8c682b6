import {
  listPeriodSummariesQuery,
  periodSummaryListResponse,
  periodSummaryParams,
  periodSummaryView,
} from '../../../common/contracts/cooperation-summaries';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { tags } from './group.routes';
import { getPeriodSummary, listPeriodSummaries, periodSummaryPdf } from './period-summary.service';

/** The mayor's quarterly summaries of the cooperation groups, kept per closed quarter, and their PDF. */
export const periodSummaryRoutes: RoutesPlugin = async (app, { db }) => {
  const read = requirePermission('cooperationGroups.read');

  app.get(
    '/api/cooperation-summaries',
    {
      schema: {
        tags,
        summary: "The gmina's quarterly summaries (counts only), latest first",
        querystring: listPeriodSummariesQuery,
        response: { 200: periodSummaryListResponse },
      },
      onRequest: read,
    },
    async (request) => listPeriodSummaries(contextOf(request, db), request.query),
  );

  app.get(
    '/api/cooperation-summaries/:id',
    {
      schema: {
        tags,
        summary: 'One quarterly summary; opening it takes it off the home page',
        params: periodSummaryParams,
        response: { 200: periodSummaryView },
      },
      onRequest: read,
    },
    async (request) => getPeriodSummary(contextOf(request, db), request.params.id),
  );

  app.get(
    '/api/cooperation-summaries/:id/summary.pdf',
    {
      schema: { tags, summary: 'One quarterly summary as a PDF', params: periodSummaryParams },
      onRequest: read,
    },
    async (request, reply) => {
      const { pdf, fileName } = await periodSummaryPdf(contextOf(request, db), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(fileName))
        .send(pdf);
    },
  );
};
