import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { meetingParams } from '../../../common/contracts/partnership-activity';
import {
  agreementView,
  SCAN_MAX_BYTES,
  signatureParams,
} from '../../../common/contracts/partnership-agreements';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import { AppError } from '../../platform/errors';
import type { RoutesPlugin } from '../../platform/http';
import { attachScan, getScan, requireScanUpload } from './agreement-signature.service';
import { meetingMinutesPdf } from './documents.service';
import { tags } from './partnership.routes';

const scanField = (id: string) => ({ fields: [{ field: 'scan', id }] });

/**
 * Reads the one uploaded file into memory, refusing more than the limit with 413 on the `scan`
 * field. Called only after the access check, so no outsider's upload is ever read.
 */
async function readScan(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart())
    throw new AppError('validation', 'validation', scanField('agreement.scanMissing'));
  const part = await request.file();
  if (!part) throw new AppError('validation', 'validation', scanField('agreement.scanMissing'));
  try {
    const bytes = await part.toBuffer();
    return { fileName: part.filename, bytes };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('tooLarge', 'agreement.scanTooLarge', scanField('agreement.scanTooLarge'));
    throw error;
  }
}

/** Scans of signed copies (multipart, kept to this scope) and the minutes of a meeting as a PDF. */
export const documentRoutes: RoutesPlugin = async (root, { db }) => {
  const manage = requirePermission('partnerships.manage');
  const read = requirePermission('partnerships.read');
  const scanUrl = '/api/partnerships/:id/agreements/:agreementId/signatures/:signatureId/scan';

  await root.register(async (scoped) => {
    const app = scoped.withTypeProvider<ZodTypeProvider>();
    await app.register(fastifyMultipart, {
      limits: { fileSize: SCAN_MAX_BYTES, files: 1, fields: 0, parts: 1 },
    });

    app.put(
      scanUrl,
      {
        schema: {
          tags,
          summary:
            'Upload the scan of the signed copy (PDF, JPEG or PNG, up to 10 MB; multipart field "scan")',
          params: signatureParams,
          response: { 200: agreementView },
        },
        onRequest: manage,
      },
      async (request) => {
        const ctx = contextOf(request, db);
        const { id, agreementId, signatureId } = request.params;
        await requireScanUpload(ctx, id, agreementId, signatureId);
        return attachScan(ctx, id, agreementId, signatureId, await readScan(request));
      },
    );
  });

  root.get(
    scanUrl,
    {
      schema: { tags, summary: 'Download the scan of the signed copy', params: signatureParams },
      onRequest: read,
    },
    async (request, reply) => {
      const { id, agreementId, signatureId } = request.params;
      const file = await getScan(contextOf(request, db), id, agreementId, signatureId);
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('content-length', file.sizeBytes)
        .send(file.content);
    },
  );

  root.get(
    '/api/partnerships/:id/meetings/:meetingId/minutes.pdf',
    {
      schema: { tags, summary: 'The minutes of a meeting as a PDF', params: meetingParams },
      onRequest: read,
    },
    async (request, reply) => {
      const { pdf, fileName } = await meetingMinutesPdf(
        contextOf(request, db),
        request.params.id,
        request.params.meetingId,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(fileName))
        .send(pdf);
    },
  );
};
