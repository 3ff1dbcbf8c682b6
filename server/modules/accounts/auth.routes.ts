import { z } from 'zod';
import { authConfigResponse, csrfResponse, loginBody, meResponse } from '../../../common/contracts/auth';
import { clearSessionCookie, contextOf, setSessionCookie } from '../../platform/auth';
import { requireSignedIn } from '../../platform/authz';
import type { RoutesPlugin } from '../../platform/http';
import { findUserByEmail, findUserById } from './accounts.repository';
import { presentMe } from './me.presenter';
import { signInWithPassword, signOut, signOutEverywhere } from './session.service';

const okResponse = z.object({ ok: z.literal(true) });

/** Sign-in, sign-out and the current user. */
export const authRoutes: RoutesPlugin = async (app, { db, config }) => {
  app.get(
    '/api/auth/csrf',
    {
      schema: {
        tags: ['auth'],
        summary: 'CSRF token for state-changing requests',
        response: { 200: csrfResponse },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.get(
    '/api/auth/config',
    { schema: { tags: ['auth'], summary: 'Sign-in options', response: { 200: authConfigResponse } } },
    async () => ({ oidc: { enabled: Boolean(config.oidc), label: config.oidc?.label ?? null } }),
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        body: loginBody,
        response: { 200: meResponse },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const session = await signInWithPassword(
        ctx,
        request.body,
        config.sessionTtlHours,
        request.headers['user-agent'],
      );
      setSessionCookie(reply, session.token, config.sessionTtlHours * 3600, config.secureCookies);
      const user = await findUserByEmail(db, request.body.email);
      return presentMe(db, user!);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out of this browser', response: { 200: okResponse } } },
    async (request, reply) => {
      if (request.sessionId) await signOut(contextOf(request, db), request.sessionId);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout-everywhere',
    {
      schema: { tags: ['auth'], summary: 'Sign out of every device', response: { 200: okResponse } },
      onRequest: requireSignedIn,
    },
    async (request, reply) => {
      await signOutEverywhere(contextOf(request, db), request.actor!.userId);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: meResponse } },
      onRequest: requireSignedIn,
    },
    async (request) => presentMe(db, (await findUserById(db, request.actor!.userId))!),
  );
};
