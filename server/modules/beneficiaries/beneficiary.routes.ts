import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CONSENT_SCAN_MAX_BYTES,
  consentParams,
  consentView,
  createConsentBody,
  intakeOptions as intakeOptionsView,
  listPersonsQuery,
  personPage,
  personParams,
  personView,
  registerPersonBody,
  updatePersonBody,
  withdrawConsentBody,
} from '../../../common/contracts/beneficiaries';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import { AppError } from '../../platform/errors';
import type { RoutesPlugin } from '../../platform/http';
import { vaultFor } from '../../platform/personal-data';
import {
  attachConsentScan,
  createConsent,
  getConsentScan,
  requireConsentScanUpload,
  withdrawConsent,
} from './consent.service';
import { getPerson, intakeOptions, listPersons, registerPerson, updatePerson } from './person.service';

const tags = ['beneficiaries'];
const scanField = (id: string) => ({ fields: [{ field: 'scan', id }] });

/** Reads the one uploaded file, refusing more than the limit with 413 on the `scan` field. */
async function readScan(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  const part = request.isMultipart() ? await request.file() : undefined;
  if (!part) throw new AppError('validation', 'validation', scanField('agreement.scanMissing'));
  try {
    return { fileName: part.filename, bytes: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('tooLarge', 'agreement.scanTooLarge', scanField('agreement.scanTooLarge'));
    throw error;
  }
}

/** People of partnerships' services, their intake, and their consents with the scans of signed forms. */
export const beneficiaryRoutes: RoutesPlugin = async (root, { db, config }) => {
  const vault = vaultFor(config.personalDataKeys);
  const read = requirePermission('beneficiaries.read');
  const register = requirePermission('beneficiaries.register');
  const app = root;

  app.get(
    '/api/beneficiaries',
    {
      schema: {
        tags,
        summary: 'People my institutions registered or may see under a consent; by name or exact PESEL',
        querystring: listPersonsQuery,
        response: { 200: personPage },
      },
      onRequest: read,
    },
    async (request) => listPersons(contextOf(request, db), vault, request.query),
  );

  app.get(
    '/api/beneficiaries/intake-options',
    {
      schema: {
        tags,
        summary: 'The services my institution registers people into, as their entry institution',
        response: { 200: intakeOptionsView },
      },
      onRequest: register,
    },
    async (request) => intakeOptions(contextOf(request, db)),
  );

  app.post(
    '/api/beneficiaries',
    {
      schema: {
        tags,
        summary:
          "Register a person into a partnership's service (its entry institution only; 409 on a duplicate)",
        body: registerPersonBody,
        response: { 201: personView },
      },
      onRequest: register,
    },
    async (request, reply) =>
      reply.status(201).send(await registerPerson(contextOf(request, db), vault, request.body)),
  );

  app.get(
    '/api/beneficiaries/:id',
    {
      schema: {
        tags,
        summary: 'A person, with what the reader may see (the read is logged)',
        params: personParams,
        response: { 200: personView },
      },
      onRequest: read,
    },
    async (request) => getPerson(contextOf(request, db), vault, request.params.id),
  );

  app.patch(
    '/api/beneficiaries/:id',
    {
      schema: {
        tags,
        summary: "Change a person's record (optimistic locking by version)",
        params: personParams,
        body: updatePersonBody,
        response: { 200: personView },
      },
      onRequest: register,
    },
    async (request) => updatePerson(contextOf(request, db), vault, request.params.id, request.body),
  );

  app.post(
    '/api/beneficiaries/:id/consents',
    {
      schema: {
        tags,
        summary: "Record the person's consent: purpose, term, and which partner receives which data",
        params: personParams,
        body: createConsentBody,
        response: { 201: consentView },
      },
      onRequest: register,
    },
    async (request, reply) =>
      reply.status(201).send(await createConsent(contextOf(request, db), request.params.id, request.body)),
  );

  app.post(
    '/api/beneficiaries/:id/consents/:consentId/withdraw',
    {
      schema: {
        tags,
        summary: 'Record the withdrawal of a consent: access it gave ends at once, the history stays',
        params: consentParams,
        body: withdrawConsentBody,
        response: { 200: consentView },
      },
      onRequest: register,
    },
    async (request) =>
      withdrawConsent(contextOf(request, db), request.params.id, request.params.consentId, request.body),
  );

  const scanUrl = '/api/beneficiaries/:id/consents/:consentId/scan';
  await root.register(async (scoped) => {
    const multipart = scoped.withTypeProvider<ZodTypeProvider>();
    await multipart.register(fastifyMultipart, {
      limits: { fileSize: CONSENT_SCAN_MAX_BYTES, files: 1, fields: 0, parts: 1 },
    });
    multipart.put(
      scanUrl,
      {
        schema: {
          tags,
          summary: 'Upload the scan of the signed consent form (PDF, JPEG or PNG, up to 10 MB; field "scan")',
          params: consentParams,
          response: { 200: consentView },
        },
        onRequest: register,
      },
      async (request) => {
        const ctx = contextOf(request, db);
        const { id, consentId } = request.params;
        await requireConsentScanUpload(ctx, id, consentId);
        return attachConsentScan(ctx, vault, id, consentId, await readScan(request));
      },
    );
  });

  app.get(
    scanUrl,
    {
      schema: {
        tags,
        summary: 'Download the scan of the signed consent form (logged)',
        params: consentParams,
      },
      onRequest: read,
    },
    async (request, reply) => {
      const file = await getConsentScan(
        contextOf(request, db),
        vault,
        request.params.id,
        request.params.consentId,
      );
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.content);
    },
  );
};
