import { personParams } from '../../../common/contracts/beneficiaries';
import {
  saveSupportPlanBody,
  supportPlanStepBody,
  supportPlanVersionParams,
  supportPlanView,
} from '../../../common/contracts/support-plan';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { vaultFor } from '../../platform/personal-data';
import {
  approveSupportPlan,
  getSupportPlan,
  planVersionForPrint,
  saveSupportPlan,
  submitSupportPlan,
} from './support-plan.service';
import { supportPlanPdf } from './support-plan-pdf';

const tags = ['beneficiaries'];

/** The person's individual support plan: drafting, submitting, approval, versions and the print. */
export const supportPlanRoutes: RoutesPlugin = async (app, { db, config }) => {
  const vault = vaultFor(config.personalDataKeys);
  const read = requirePermission('beneficiaries.read');
  const write = requirePermission('beneficiaries.register');
  const url = '/api/beneficiaries/:id/support-plan';

  app.get(
    url,
    {
      schema: {
        tags,
        summary: 'The plan, its newest version and the list of versions (logged)',
        params: personParams,
        response: { 200: supportPlanView },
      },
      onRequest: read,
    },
    async (request) => getSupportPlan(contextOf(request, db), vault, request.params.id),
  );

  app.put(
    url,
    {
      schema: {
        tags,
        summary:
          'Save the plan at the version read (0 for the first draft); an approved plan gets a new version',
        params: personParams,
        body: saveSupportPlanBody,
        response: { 200: supportPlanView },
      },
      onRequest: write,
    },
    async (request) => saveSupportPlan(contextOf(request, db), vault, request.params.id, request.body),
  );

  app.post(
    `${url}/submit`,
    {
      schema: {
        tags,
        summary: "Hand the draft to the coordinator (the person's signature must be recorded)",
        params: personParams,
        body: supportPlanStepBody,
        response: { 200: supportPlanView },
      },
      onRequest: write,
    },
    async (request) => submitSupportPlan(contextOf(request, db), vault, request.params.id, request.body),
  );

  app.post(
    `${url}/approve`,
    {
      schema: {
        tags,
        summary:
          "Approve the submitted version (the entry institution's coordinator or manager); it is frozen",
        params: personParams,
        body: supportPlanStepBody,
        response: { 200: supportPlanView },
      },
      onRequest: write,
    },
    async (request) => approveSupportPlan(contextOf(request, db), vault, request.params.id, request.body),
  );

  app.get(
    `${url}/versions/:number/plan.pdf`,
    {
      schema: {
        tags,
        summary: 'The printed plan of one version (logged)',
        params: supportPlanVersionParams,
      },
      onRequest: read,
    },
    async (request, reply) => {
      const print = await planVersionForPrint(
        contextOf(request, db),
        vault,
        request.params.id,
        request.params.number,
      );
      const pdf = await supportPlanPdf(print);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          attachmentDisposition(`plan-wsparcia-wersja-${print.version.number}.pdf`, true),
        )
        .send(pdf);
    },
  );
};
