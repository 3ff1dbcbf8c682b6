import { attentionResponse } from '../../common/contracts/attention';
import { accountAttention } from '../modules/accounts';
import { beneficiaryAttention } from '../modules/beneficiaries';
import { groupTaskAttention, periodSummaryAttention } from '../modules/cooperation-groups';
import { agreementAttention, planAttention } from '../modules/partnerships';
import { contextOf } from '../platform/auth';
import { requireSignedIn } from '../platform/authz';
import type { RoutesPlugin } from '../platform/http';

/**
 * The home dashboard's "needs your attention": each module contributes what concerns the
 * signed-in user, as counts per institution; this route only gathers them.
 */
export const attentionRoutes: RoutesPlugin = async (app, { db }) => {
  app.get(
    '/api/attention',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'What needs the signed-in user’s attention',
        response: { 200: attentionResponse },
      },
      onRequest: requireSignedIn,
    },
    async (request) => {
      const ctx = contextOf(request, db);
      return {
        items: [
          ...(await accountAttention(ctx)),
          ...(await agreementAttention(ctx)),
          ...(await planAttention(ctx)),
          ...(await beneficiaryAttention(ctx)),
          ...(await groupTaskAttention(ctx)),
          ...(await periodSummaryAttention(ctx)),
        ],
      };
    },
  );
};
