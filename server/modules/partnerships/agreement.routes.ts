import {
  agreementDiffResponse,
  agreementListQuery,
  agreementListResponse,
  agreementParams,
  agreementVersionParams,
  agreementVersionsResponse,
  agreementView,
  createAgreementBody,
  diffQuery,
  signAgreementBody,
  terminateAgreementBody,
  unsignedAgreementsResponse,
  updateAgreementBody,
  versionOnlyBody,
  withdrawFromSignatureBody,
} from '../../../common/contracts/partnership-agreements';
import { partnershipParams } from '../../../common/contracts/partnerships';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import {
  createAgreement,
  diffVersions,
  getAgreement,
  listAgreements,
  listVersions,
  sendToSignature,
  terminateAgreement,
  updateAgreement,
  withdrawFromSignature,
} from './agreement.service';
import { listUnsignedAgreements } from './agreement-attention';
import { signAgreement } from './agreement-signature.service';
import { agreementVersionPdf } from './documents.service';
import { tags } from './partnership.routes';

const base = '/api/partnerships/:id/agreements';

/** Agreements of a partnership: private to its members; drafted by those who govern it. */
export const agreementRoutes: RoutesPlugin = async (app, { db }) => {
  const manage = requirePermission('partnerships.manage');
  const read = requirePermission('partnerships.read');

  app.get(
    '/api/partnerships/unsigned-agreements',
    {
      schema: {
        tags,
        summary: 'Agreements in signature that my institutions have not signed yet',
        response: { 200: unsignedAgreementsResponse },
      },
      onRequest: read,
    },
    async (request) => ({ items: await listUnsignedAgreements(contextOf(request, db)) }),
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Agreements and declarations of the partnership, optionally of one state',
        params: partnershipParams,
        querystring: agreementListQuery,
        response: { 200: agreementListResponse },
      },
      onRequest: read,
    },
    async (request) => listAgreements(contextOf(request, db), request.params.id, request.query),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: "Draft an agreement from a template filled with the partnership's data",
        params: partnershipParams,
        body: createAgreementBody,
        response: { 201: agreementView },
      },
      onRequest: manage,
    },
    async (request, reply) =>
      reply.status(201).send(await createAgreement(contextOf(request, db), request.params.id, request.body)),
  );

  app.get(
    `${base}/:agreementId`,
    {
      schema: {
        tags,
        summary: 'An agreement with its current text, parties and signatures',
        params: agreementParams,
        response: { 200: agreementView },
      },
      onRequest: read,
    },
    async (request) => getAgreement(contextOf(request, db), request.params.id, request.params.agreementId),
  );

  app.patch(
    `${base}/:agreementId`,
    {
      schema: {
        tags,
        summary: 'Save a draft (a changed text makes a new version; by version)',
        params: agreementParams,
        body: updateAgreementBody,
        response: { 200: agreementView },
      },
      onRequest: manage,
    },
    async (request) =>
      updateAgreement(contextOf(request, db), request.params.id, request.params.agreementId, request.body),
  );

  app.post(
    `${base}/:agreementId/send-to-signature`,
    {
      schema: {
        tags,
        summary: 'Freeze the text and open it for signatures',
        params: agreementParams,
        body: versionOnlyBody,
        response: { 200: agreementView },
      },
      onRequest: manage,
    },
    async (request) =>
      sendToSignature(contextOf(request, db), request.params.id, request.params.agreementId, request.body),
  );

  app.post(
    `${base}/:agreementId/withdraw-from-signature`,
    {
      schema: {
        tags,
        summary: 'Take an agreement in signature back to a draft for corrections, voiding its signatures',
        params: agreementParams,
        body: withdrawFromSignatureBody,
        response: { 200: agreementView },
      },
      onRequest: manage,
    },
    async (request) =>
      withdrawFromSignature(
        contextOf(request, db),
        request.params.id,
        request.params.agreementId,
        request.body,
      ),
  );

  app.post(
    `${base}/:agreementId/terminate`,
    {
      schema: {
        tags,
        summary: 'Terminate the agreement (or abandon a draft), with reason and date',
        params: agreementParams,
        body: terminateAgreementBody,
        response: { 200: agreementView },
      },
      onRequest: manage,
    },
    async (request) =>
      terminateAgreement(contextOf(request, db), request.params.id, request.params.agreementId, request.body),
  );

  app.post(
    `${base}/:agreementId/signatures`,
    {
      schema: {
        tags,
        summary: "Record a member institution's signature (by the agreement's version)",
        params: agreementParams,
        body: signAgreementBody,
        response: { 200: agreementView },
      },
      onRequest: manage,
    },
    async (request) =>
      signAgreement(contextOf(request, db), request.params.id, request.params.agreementId, request.body),
  );

  app.get(
    `${base}/:agreementId/versions`,
    {
      schema: {
        tags,
        summary: 'Versions of the text, newest first',
        params: agreementParams,
        response: { 200: agreementVersionsResponse },
      },
      onRequest: read,
    },
    async (request) => ({
      items: await listVersions(contextOf(request, db), request.params.id, request.params.agreementId),
    }),
  );

  app.get(
    `${base}/:agreementId/diff`,
    {
      schema: {
        tags,
        summary: 'Word-level differences between two versions, per section',
        params: agreementParams,
        querystring: diffQuery,
        response: { 200: agreementDiffResponse },
      },
      onRequest: read,
    },
    async (request) =>
      diffVersions(
        contextOf(request, db),
        request.params.id,
        request.params.agreementId,
        request.query.from,
        request.query.to,
      ),
  );

  app.get(
    `${base}/:agreementId/versions/:n/pdf`,
    {
      schema: { tags, summary: 'One version of the agreement as a PDF', params: agreementVersionParams },
      onRequest: read,
    },
    async (request, reply) => {
      const { id, agreementId, n } = request.params;
      const { pdf: file, fileName } = await agreementVersionPdf(contextOf(request, db), id, agreementId, n);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(fileName))
        .send(file);
    },
  );
};
