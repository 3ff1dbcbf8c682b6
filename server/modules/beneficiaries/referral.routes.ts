import { z } from 'zod';
import { personParams } from '../../../common/contracts/beneficiaries';
import {
  completeReferralBody,
  issuedReferral,
  issueReferralBody,
  listReferralsQuery,
  type ReferralView,
  redeemReferralBody,
  referralCardBody,
  referralOptions as referralOptionsView,
  referralPage,
  referralParams,
  referralReasonBody,
  referralVersionBody,
  referralView,
} from '../../../common/contracts/referrals';
import { contextOf } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import { attachmentDisposition } from '../../platform/documents';
import type { RoutesPlugin } from '../../platform/http';
import { vaultFor } from '../../platform/personal-data';
import {
  acceptReferral,
  completeReferral,
  getReferral,
  issueReferral,
  listReferralQueue,
  personReferrals,
  redeemReferral,
  referralCard,
  referralOptions,
  rejectReferral,
  revokeReferral,
  startReferralService,
} from './referral.service';

const tags = ['beneficiaries'];

/** Referrals to the operator: issue and card (entry institution), redemption and service (operator). */
export const referralRoutes: RoutesPlugin = async (app, { db, config }) => {
  const vault = vaultFor(config.personalDataKeys);
  const read = requirePermission('beneficiaries.read');
  const work = requirePermission('beneficiaries.register');

  app.get(
    '/api/beneficiaries/:id/referral-options',
    {
      schema: {
        tags,
        summary: 'The operators and services the entry institution may refer the person to',
        params: personParams,
        response: { 200: referralOptionsView },
      },
      onRequest: work,
    },
    async (request) => referralOptions(contextOf(request, db), request.params.id),
  );

  app.get(
    '/api/beneficiaries/:id/referrals',
    {
      schema: {
        tags,
        summary: "The person's referrals the reader may see (logged)",
        params: personParams,
        response: { 200: z.array(referralView) },
      },
      onRequest: read,
    },
    async (request) => personReferrals(contextOf(request, db), request.params.id),
  );

  app.post(
    '/api/beneficiaries/:id/referrals',
    {
      schema: {
        tags,
        summary: 'Refer the person to an operator; the answer holds the one-time code, shown only this once',
        params: personParams,
        body: issueReferralBody,
        response: { 201: issuedReferral },
      },
      onRequest: work,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await issueReferral(contextOf(request, db), vault, request.params.id, request.body)),
  );

  app.get(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'A worklist: referrals waiting for the code, or accepted and awaiting service',
        querystring: listReferralsQuery,
        response: { 200: referralPage },
      },
      onRequest: read,
    },
    async (request) => listReferralQueue(contextOf(request, db), request.query),
  );

  app.post(
    '/api/referrals/redeem',
    {
      schema: {
        tags,
        summary:
          "The operator enters the code from the person's card (404 for any wrong code, 429 after several)",
        body: redeemReferralBody,
        response: { 200: referralView },
      },
      onRequest: read,
    },
    async (request) => redeemReferral(contextOf(request, db), vault, request.body),
  );

  app.get(
    '/api/referrals/:referralId',
    {
      schema: {
        tags,
        summary: 'A referral (logged)',
        params: referralParams,
        response: { 200: referralView },
      },
      onRequest: read,
    },
    async (request) => getReferral(contextOf(request, db), request.params.referralId),
  );

  app.post(
    '/api/referrals/:referralId/card',
    {
      schema: {
        tags,
        summary: 'The referral card (PDF) printed from the code just issued; the server keeps only its hash',
        params: referralParams,
        body: referralCardBody,
      },
      onRequest: work,
    },
    async (request, reply) => {
      const card = await referralCard(
        contextOf(request, db),
        vault,
        config.publicUrl,
        request.params.referralId,
        request.body,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(card.fileName))
        .header('cache-control', 'no-store')
        .send(card.content);
    },
  );

  const step = <B>(
    path: string,
    summary: string,
    body: z.ZodType<B>,
    run: (ctx: ReturnType<typeof contextOf>, id: string, input: B) => Promise<ReferralView>,
  ) =>
    app.post(
      `/api/referrals/:referralId/${path}`,
      {
        schema: { tags, summary, params: referralParams, body, response: { 200: referralView } },
        onRequest: work,
      },
      async (request) => run(contextOf(request, db), request.params.referralId, request.body as B),
    );

  step('accept', 'The operator accepts the referral', referralVersionBody, acceptReferral);
  step('reject', 'The operator rejects the referral, with the reason', referralReasonBody, rejectReferral);
  step('start', 'The operator starts the service', referralVersionBody, startReferralService);
  step(
    'complete',
    'The operator completes the service with its outcome',
    completeReferralBody,
    completeReferral,
  );
  step(
    'revoke',
    'The entry institution revokes the referral, with the reason',
    referralReasonBody,
    revokeReferral,
  );
};
