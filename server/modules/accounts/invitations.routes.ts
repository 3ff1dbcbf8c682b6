import {
  acceptInvitationBody,
  createdInvitationResponse,
  createInvitationBody,
  idParams,
  invitationListResponse,
  invitationTokenParams,
  invitationView,
  listInvitationsQuery,
  publicInvitationView,
} from '../../../common/contracts/accounts';
import { meResponse } from '../../../common/contracts/auth';
import { contextOf, setSessionCookie } from '../../platform/auth';
import { requirePermission } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { presentInvitation, presentPublicInvitation } from './invitation.presenter';
import {
  acceptInvitation,
  createInvitation,
  getInvitationByToken,
  listInvitations,
  revokeInvitation,
} from './invitation.service';
import { presentMe } from './me.presenter';

const tags = ['invitations'];
/** The link holds a 256-bit random token, but acceptance hashes a password: keep the door narrow. */
const publicRateLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/**
 * Invitations: how people get accounts and memberships. The platform sends no e-mail yet, so
 * creating an invitation answers with the link, once, for the admin to pass on.
 */
export const invitationRoutes: RoutesPlugin = async (app, { db, config }) => {
  app.get(
    '/api/institutions/:id/invitations',
    {
      schema: {
        tags,
        summary: "An institution's open invitations (pending and expired)",
        params: idParams,
        querystring: listInvitationsQuery,
        response: { 200: invitationListResponse },
      },
      onRequest: requirePermission('users.invite'),
    },
    async (request) => {
      const page = await listInvitations(contextOf(request, db), request.params.id, request.query);
      return { ...page, items: page.items.map((item) => presentInvitation(item, request.actor)) };
    },
  );

  app.post(
    '/api/institutions/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a person; the answer holds the invitation link, shown only once',
        params: idParams,
        body: createInvitationBody,
        response: { 201: createdInvitationResponse },
      },
      onRequest: requirePermission('users.invite'),
    },
    async (request, reply) => {
      const { invitation, token } = await createInvitation(
        contextOf(request, db),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({
        invitation: presentInvitation(invitation, request.actor),
        link: new URL(`/invite/${token}`, config.publicUrl).toString(),
      });
    },
  );

  app.post(
    '/api/invitations/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an invitation: its link stops working',
        params: idParams,
        response: { 200: invitationView },
      },
      onRequest: requirePermission('users.invite'),
    },
    async (request) =>
      presentInvitation(await revokeInvitation(contextOf(request, db), request.params.id), request.actor),
  );

  app.get(
    '/api/invitations/by-token/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation link offers (public: the link is the secret)',
        params: invitationTokenParams,
        response: { 200: publicInvitationView },
      },
      config: publicRateLimit,
    },
    async (request) =>
      presentPublicInvitation(await getInvitationByToken(contextOf(request, db), request.params.token)),
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation: a new person sets a password and is signed in',
        body: acceptInvitationBody,
        response: { 200: meResponse },
      },
      config: publicRateLimit,
    },
    async (request, reply) => {
      const { user, session } = await acceptInvitation(
        contextOf(request, db),
        request.body,
        config.sessionTtlHours,
        request.headers['user-agent'],
      );
      if (session)
        setSessionCookie(reply, session.token, config.sessionTtlHours * 3600, config.secureCookies);
      return presentMe(db, user);
    },
  );
};
