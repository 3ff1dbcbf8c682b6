import { z } from 'zod';
import {
  assessmentListResponse,
  assessmentView,
  confirmAssessmentBody,
  contractorListResponse,
  listAssessmentsQuery,
  listContractorsQuery,
  returnAssessmentBody,
  selfAssessmentBody,
  startAssessmentBody,
  submitAssessmentBody,
} from '../../../common/contracts/provider-readiness';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { listContractors } from './contractors.service';
import {
  confirmAssessment,
  getAssessment,
  listAssessments,
  returnAssessment,
  saveSelfAssessment,
  startAssessment,
  submitAssessment,
} from './readiness.service';

const idParams = z.object({ id: z.string() });
const tags = ['provider readiness'];
const base = '/api/provider-readiness/assessments';

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
};
