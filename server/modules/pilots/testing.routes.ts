import { z } from 'zod';
import {
  outcomeAssessmentBody,
  qualityReviewBody,
  siteReportBody,
  testingView,
} from '../../../common/contracts/pilots';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import { notFound } from '../../platform/errors';
import type { RoutesPlugin } from '../../platform/http';
import { siteName } from './pilot.presenter';
import { tags } from './pilot.routes';
import { overallReportPdf, rankingXlsx, siteReportPdf } from './pilot-documents';
import { loadPilot, loadRecord } from './pilot-record';
import {
  addOutcomeAssessment,
  addQualityReview,
  fileSiteReport,
  loadTesting,
  presentTesting,
} from './testing.service';

const idParams = z.object({ id: z.string() });
const siteParams = z.object({ id: z.string(), candidateId: z.string() });
const fileName = (title: string, extension: string) =>
  `${title.replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 100)}.${extension}`;

/**
 * The testing period: monthly site reports, quality reviews, learning-outcomes assessments, the
 * testing reports as PDFs and the ranking as XLSX. Anyone signed in reaches the routes; who may
 * see or write what is the policy's business (the organiser, the sites, the two pilot-level roles).
 */
export const testingRoutes: RoutesPlugin = async (app, { db }) => {
  const read = requirePermission('pilots.read');
  const manage = requirePermission('pilots.manage');

  app.get(
    '/api/pilots/:id/testing',
    {
      schema: {
        tags,
        summary: 'Monthly reports grid, reports, quality reviews and assessments',
        params: idParams,
        response: { 200: testingView },
      },
      onRequest: read,
    },
    async (request) => presentTesting(await loadTesting(contextOf(request, db), request.params.id)),
  );

  app.post(
    '/api/pilots/:id/reports',
    {
      schema: {
        tags,
        summary: "File a site's report on one month of the testing period",
        params: idParams,
        body: siteReportBody,
        response: { 201: testingView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await fileSiteReport(contextOf(request, db), request.params.id, request.body)),
  );

  app.post(
    '/api/pilots/:id/reviews',
    {
      schema: {
        tags,
        summary: "The quality specialist's review of an expert's work",
        params: idParams,
        body: qualityReviewBody,
        response: { 201: testingView },
      },
      onRequest: read,
    },
    async (request, reply) =>
      reply.status(201).send(await addQualityReview(contextOf(request, db), request.params.id, request.body)),
  );

  app.post(
    '/api/pilots/:id/assessments',
    {
      schema: {
        tags,
        summary: "The learning-outcomes expert's assessment of a site",
        params: idParams,
        body: outcomeAssessmentBody,
        response: { 201: testingView },
      },
      onRequest: read,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addOutcomeAssessment(contextOf(request, db), request.params.id, request.body)),
  );

  app.get(
    '/api/pilots/:id/sites/:candidateId/report.pdf',
    {
      schema: { tags, summary: 'The testing report of one site (PDF)', params: siteParams },
      onRequest: read,
    },
    async (request, reply) => {
      const testing = await loadTesting(contextOf(request, db), request.params.id);
      const site = testing.record.candidates.find(
        (c) => c.id === request.params.candidateId && c.state === 'chosen',
      );
      if (!site) throw notFound();
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          attachmentDisposition(
            fileName(`Raport z testowania – ${siteName(testing.record, site.id)}`, 'pdf'),
          ),
        )
        .send(await siteReportPdf(testing.record, presentTesting(testing), site.id));
    },
  );

  app.get(
    '/api/pilots/:id/report.pdf',
    {
      schema: { tags, summary: 'The overall testing report (PDF)', params: idParams },
      onRequest: read,
    },
    async (request, reply) => {
      const testing = await loadTesting(contextOf(request, db), request.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          attachmentDisposition(fileName(`Raport z testowania – ${testing.record.pilot.name}`, 'pdf')),
        )
        .send(await overallReportPdf(testing.record, presentTesting(testing)));
    },
  );

  app.get(
    '/api/pilots/:id/ranking.xlsx',
    {
      schema: { tags, summary: 'The ranking of candidate sites (XLSX)', params: idParams },
      onRequest: read,
    },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const record = await loadRecord(ctx, await loadPilot(ctx, request.params.id));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          attachmentDisposition(fileName(`Ranking – ${record.pilot.name}`, 'xlsx')),
        )
        .send(await rankingXlsx(record, ctx.locale));
    },
  );
};
