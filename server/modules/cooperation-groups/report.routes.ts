import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  authorisationListResponse,
  authorisationParams,
  authorisationView,
  createAuthorisationBody,
  listAuthorisationsQuery,
  listNeedsReportsQuery,
  mayorSummary,
  needsReportListResponse,
  needsReportParams,
  needsReportView,
  submitNeedsReportBody,
  summaryQuery,
} from '../../../common/contracts/cooperation-groups';
import { SCAN_MAX_BYTES } from '../../../common/contracts/partnership-agreements';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import { AppError } from '../../platform/errors';
import type { RoutesPlugin } from '../../platform/http';
import {
  attachDocument,
  createAuthorisation,
  getAuthorisationDocument,
  listAuthorisations,
  requireDocumentUpload,
} from './authorisation.service';
import { tags } from './group.routes';
import {
  getNeedsReport,
  listNeedsReports,
  mayorSummary as loadSummary,
  mayorSummaryPdf,
  submitNeedsReport,
} from './report.service';

const documentField = (id: string) => ({ fields: [{ field: 'document', id }] });

/** Reads the one uploaded file (multipart field `document`), refusing more than the limit with 413. */
async function readDocument(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart())
    throw new AppError('validation', 'validation', documentField('agreement.scanMissing'));
  const part = await request.file();
  if (!part) throw new AppError('validation', 'validation', documentField('agreement.scanMissing'));
  try {
    return { fileName: part.filename, bytes: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('tooLarge', 'agreement.scanTooLarge', documentField('agreement.scanTooLarge'));
    throw error;
  }
}

/** The mayor's authorisation and its document, the mayor's summary and the record of needs for the ROPS. */
export const reportRoutes: RoutesPlugin = async (root, { db }) => {
  const read = requirePermission('cooperationGroups.read');
  const manage = requirePermission('cooperationGroups.manage');
  const documentUrl = '/api/cooperation-authorisations/:id/document';

  await root.register(async (scoped) => {
    const app = scoped.withTypeProvider<ZodTypeProvider>();
    await app.register(fastifyMultipart, {
      limits: { fileSize: SCAN_MAX_BYTES, files: 1, fields: 0, parts: 1 },
    });
    app.put(
      documentUrl,
      {
        schema: {
          tags,
          summary:
            'Upload the signed authorisation (PDF, JPEG or PNG, up to 10 MB; multipart field "document")',
          params: authorisationParams,
          response: { 200: authorisationView },
        },
        onRequest: manage,
      },
      async (request) => {
        const ctx = contextOf(request, db);
        // Checked before the upload is read, so an outsider's file is never taken in.
        await requireDocumentUpload(ctx, request.params.id);
        return attachDocument(ctx, request.params.id, await readDocument(request));
      },
    );
  });

  root.get(
    documentUrl,
    {
      schema: { tags, summary: 'Download the signed authorisation', params: authorisationParams },
      onRequest: read,
    },
    async (request, reply) => {
      const file = await getAuthorisationDocument(contextOf(request, db), request.params.id);
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.content);
    },
  );

  root.get(
    '/api/cooperation-authorisations',
    {
      schema: {
        tags,
        summary: "Authorisations of the actor's institutions (as the OPS or the granting gmina)",
        querystring: listAuthorisationsQuery,
        response: { 200: authorisationListResponse },
      },
      onRequest: read,
    },
    async (request) => listAuthorisations(contextOf(request, db), request.query),
  );

  root.post(
    '/api/cooperation-authorisations',
    {
      schema: {
        tags,
        summary: "Record the mayor's authorisation of the OPS to build cooperation",
        body: createAuthorisationBody,
        response: { 201: authorisationView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createAuthorisation(contextOf(request, db), request.body)),
  );

  root.get(
    '/api/cooperation-summary',
    {
      schema: {
        tags,
        summary: "The mayor's periodic summary: counts only",
        querystring: summaryQuery,
        response: { 200: mayorSummary },
      },
      onRequest: read,
    },
    async (request) => loadSummary(contextOf(request, db), request.query),
  );

  root.get(
    '/api/cooperation-summary.pdf',
    {
      schema: { tags, summary: "The mayor's periodic summary as a PDF", querystring: summaryQuery },
      onRequest: read,
    },
    async (request, reply) => {
      const { pdf, fileName } = await mayorSummaryPdf(contextOf(request, db), request.query);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(fileName))
        .send(pdf);
    },
  );

  root.get(
    '/api/cooperation-needs-reports',
    {
      schema: {
        tags,
        summary: 'Records of needs and problems sent by or to the actor’s institutions',
        querystring: listNeedsReportsQuery,
        response: { 200: needsReportListResponse },
      },
      onRequest: read,
    },
    async (request) => listNeedsReports(contextOf(request, db), request.query),
  );

  root.post(
    '/api/cooperation-needs-reports',
    {
      schema: {
        tags,
        summary: 'Send the ROPS a record of needs and problems',
        body: submitNeedsReportBody,
        response: { 201: needsReportView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await submitNeedsReport(contextOf(request, db), request.body)),
  );

  root.get(
    '/api/cooperation-needs-reports/:id',
    {
      schema: {
        tags,
        summary: 'One record of needs',
        params: needsReportParams,
        response: { 200: needsReportView },
      },
      onRequest: read,
    },
    async (request) => getNeedsReport(contextOf(request, db), request.params.id),
  );
};
