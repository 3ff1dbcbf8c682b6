import { z } from 'zod';
import {
  assessmentListResponse,
  assessmentView,
  confirmAssessmentBody,
  contractorListResponse,
  exportContractorsQuery,
  listAssessmentsQuery,
  listContractorsQuery,
  returnAssessmentBody,
  selfAssessmentBody,
  startAssessmentBody,
  submitAssessmentBody,
} from '../../../common/contracts/provider-readiness';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { t } from '../../platform/i18n';
import { exportContractors, listContractors } from './contractors.service';
import { contractorsXlsx } from './contractors-xlsx';
import {
  confirmAssessment,
  getAssessment,
  getAssessmentDocument,
  listAssessments,
  returnAssessment,
  saveSelfAssessment,
  startAssessment,
  submitAssessment,
} from './readiness.service';
import { readinessPdf } from './readiness-pdf';

const idParams = z.object({ id: z.string() });
const tags = ['provider readiness'];
const base = '/api/provider-readiness/assessments';

/** A file name from a record's names, without characters a file system refuses. */
const fileName = (name: string, extension: string) =>
  `${name.replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 120)}.${extension}`;

/**
 * Providers' readiness to deliver a service type: self-assessment by the provider
 * (`providerReadiness.assess`), verification by an OWES or the platform's expert
 * (`providerReadiness.verify`); the policy then admits only the provider's own people and the
 * verifiers of its voivodeship, and a record they may not see answers 404.
 */
export const readinessRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary: "My institutions' readiness assessments, or those awaiting my verification",
        querystring: listAssessmentsQuery,
        response: { 200: assessmentListResponse },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => listAssessments(contextOf(request, db), request.query),
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'A readiness assessment',
        params: idParams,
        response: { 200: assessmentView },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => getAssessment(contextOf(request, db), request.params.id),
  );

  app.get(
    `${base}/:id/readiness.pdf`,
    {
      schema: {
        tags,
        summary: 'The assessment as a PDF: a confirmation of readiness, or marked as not one',
        params: idParams,
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request, reply) => {
      const document = await getAssessmentDocument(contextOf(request, db), request.params.id);
      const { row } = document;
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          attachmentDisposition(
            fileName(`Gotowość — ${row.serviceType.name} — ${row.institution.name}`, 'pdf'),
          ),
        )
        .send(await readinessPdf(document));
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: "Start a provider's readiness assessment for a service type",
        body: startAssessmentBody,
        response: { 201: assessmentView },
      },
      onRequest: requirePermission('providerReadiness.assess'),
    },
    async (request, reply) =>
      reply.status(201).send(await startAssessment(contextOf(request, db), request.body)),
  );

  app.put(
    `${base}/:id/self-assessment`,
    {
      schema: {
        tags,
        summary: 'Save the self-assessment of every checklist item (optimistic locking by version)',
        params: idParams,
        body: selfAssessmentBody,
        response: { 200: assessmentView },
      },
      onRequest: requirePermission('providerReadiness.assess'),
    },
    async (request) => saveSelfAssessment(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    `${base}/:id/submit`,
    {
      schema: {
        tags,
        summary: 'Submit the assessment for verification',
        params: idParams,
        body: submitAssessmentBody,
        response: { 200: assessmentView },
      },
      onRequest: requirePermission('providerReadiness.assess'),
    },
    async (request) => submitAssessment(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    `${base}/:id/confirm`,
    {
      schema: {
        tags,
        summary: 'Confirm the provider ready for a period, every item verified as met',
        params: idParams,
        body: confirmAssessmentBody,
        response: { 200: assessmentView },
      },
      onRequest: requirePermission('providerReadiness.verify'),
    },
    async (request) => confirmAssessment(contextOf(request, db), request.params.id, request.body),
  );

  app.post(
    `${base}/:id/return`,
    {
      schema: {
        tags,
        summary: 'Return the assessment to the provider for corrections',
        params: idParams,
        body: returnAssessmentBody,
        response: { 200: assessmentView },
      },
      onRequest: requirePermission('providerReadiness.verify'),
    },
    async (request) => returnAssessment(contextOf(request, db), request.params.id, request.body),
  );

  app.get(
    '/api/social-services/types/:id/contractors',
    {
      schema: {
        tags,
        summary: 'Providers of a service type with their readiness; confirmed ones first',
        params: idParams,
        querystring: listContractorsQuery,
        response: { 200: contractorListResponse },
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request) => listContractors(contextOf(request, db), request.params.id, request.query),
  );

  app.get(
    '/api/social-services/types/:id/contractors.xlsx',
    {
      schema: {
        tags,
        summary:
          "The service type's providers with their readiness as an Excel workbook (the list's filters)",
        params: idParams,
        querystring: exportContractorsQuery,
      },
      onRequest: requirePermission('socialServices.read'),
    },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const data = await exportContractors(ctx, request.params.id, request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          attachmentDisposition(
            fileName(
              t(ctx.locale, 'providerReadiness:export.fileName', { name: data.serviceType.name }),
              'xlsx',
            ),
          ),
        )
        .send(await contractorsXlsx(data, request.query, ctx.locale));
    },
  );
};
