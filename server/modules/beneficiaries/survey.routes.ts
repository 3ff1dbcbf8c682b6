import { z } from 'zod';
import { personParams } from '../../../common/contracts/beneficiaries';
import {
  answerSurveyBody,
  issuedSurvey,
  issueSurveyBody,
  personVoiceView,
  publicSurveyView,
  surveyCodeBody,
  surveyInvitationView,
  surveyParams,
  surveyResultsView,
  surveyRevokeBody,
} from '../../../common/contracts/person-survey';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { vaultFor } from '../../platform/personal-data';
import {
  answerSurvey,
  issueSurvey,
  openSurvey,
  personVoice,
  revokeSurvey,
  surveySlip,
} from './survey.service';
import { surveyResults } from './survey-results.service';
import { surveyResultsXlsx } from './survey-results-xlsx';

const tags = ['beneficiaries'];

/** The public page: the slip's code is the only key, and wrong codes are counted per address. */
const publicRateLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/**
 * The person's voice: invitations to a short survey (entry institution), the public page where the
 * person answers by the code on the slip (no account), the answers on the record, and the
 * partnership's monitoring of the results without names.
 */
export const surveyRoutes: RoutesPlugin = async (app, { db, config }) => {
  const vault = vaultFor(config.personalDataKeys);
  const read = requirePermission('beneficiaries.read');
  const work = requirePermission('beneficiaries.register');
  const partnershipRead = requirePermission('partnerships.read');

  app.get(
    '/api/beneficiaries/:id/surveys',
    {
      schema: {
        tags,
        summary: "The person's survey invitations and answers (logged)",
        params: personParams,
        response: { 200: personVoiceView },
      },
      onRequest: read,
    },
    async (request) => personVoice(contextOf(request, db), vault, request.params.id),
  );

  app.post(
    '/api/beneficiaries/:id/surveys',
    {
      schema: {
        tags,
        summary:
          'Invite the person to the survey at a milestone; the answer holds the one-time code, shown once',
        params: personParams,
        body: issueSurveyBody,
        response: { 201: issuedSurvey },
      },
      onRequest: work,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await issueSurvey(contextOf(request, db), vault, request.params.id, request.body)),
  );

  app.post(
    '/api/surveys/:surveyId/slip',
    {
      schema: {
        tags,
        summary: 'The slip (PDF) printed from the code just issued; the server keeps only its hash',
        params: surveyParams,
        body: surveyCodeBody,
      },
      onRequest: work,
    },
    async (request, reply) => {
      const slip = await surveySlip(
        contextOf(request, db),
        vault,
        config.publicUrl,
        request.params.surveyId,
        request.body,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(slip.fileName))
        .header('cache-control', 'no-store')
        .send(slip.content);
    },
  );

  app.post(
    '/api/surveys/:surveyId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an unanswered invitation (a lost slip), with the reason',
        params: surveyParams,
        body: surveyRevokeBody,
        response: { 200: surveyInvitationView },
      },
      onRequest: work,
    },
    async (request) => revokeSurvey(contextOf(request, db), vault, request.params.surveyId, request.body),
  );

  app.post(
    '/api/public/survey/open',
    {
      schema: {
        tags,
        summary: 'Public: what survey a code opens (404 for any wrong code, 429 after several)',
        body: surveyCodeBody,
        response: { 200: publicSurveyView },
      },
      config: publicRateLimit,
    },
    async (request) => openSurvey(contextOf(request, db), vault, request.body),
  );

  app.post(
    '/api/public/survey/answer',
    {
      schema: {
        tags,
        summary: "Public: the person's answers; the code is spent",
        body: answerSurveyBody,
        response: { 200: z.object({ answered: z.literal(true) }) },
      },
      config: publicRateLimit,
    },
    async (request) => answerSurvey(contextOf(request, db), vault, request.body),
  );

  app.get(
    '/api/partnerships/:id/survey-results',
    {
      schema: {
        tags,
        summary: "The partnership's monitoring of the survey: counts, averages and proposals without names",
        params: personParams,
        response: { 200: surveyResultsView },
      },
      onRequest: partnershipRead,
    },
    async (request) => surveyResults(contextOf(request, db), vault, request.params.id),
  );

  app.get(
    '/api/partnerships/:id/survey-results.xlsx',
    {
      schema: { tags, summary: 'The monitoring of the survey as an Excel workbook', params: personParams },
      onRequest: partnershipRead,
    },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const results = await surveyResults(ctx, vault, request.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentDisposition('ankiety-wyniki.xlsx'))
        .send(await surveyResultsXlsx(results, ctx.locale));
    },
  );
};
