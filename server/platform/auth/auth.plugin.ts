import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { defaultLocale, type Locale, locales } from '../../../common/i18n';
import type { Actor, Ctx } from '../authz';
import type { Db } from '../db';
import { localeFromHeader } from '../i18n';
import { hashToken } from './tokens';

export const SESSION_COOKIE = 'kooperacja_session';

export interface ResolvedSession {
  sessionId: string;
  actor: Actor;
  locale: string;
}

export interface AuthPluginOptions {
  db: Db;
  cookieSecret: string;
  secureCookies: boolean;
  /** Looks a session up by its token's hash; null when unknown, expired or its user deactivated. */
  resolveSession: (db: Db, sessionId: string) => Promise<ResolvedSession | null>;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    locale: Locale;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const asLocale = (value: string | undefined): Locale | undefined =>
  (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : undefined;

/**
 * Reads the session cookie into `request.actor`, and refuses any state-changing request
 * without a CSRF token bound to the browser's secret cookie (double submit, signed).
 */
export const authPlugin = fp(async (app: FastifyInstance, options: AuthPluginOptions) => {
  await app.register(fastifyCookie, { secret: options.cookieSecret });
  await app.register(fastifyCsrf, {
    cookieKey: 'kooperacja_csrf',
    cookieOpts: { httpOnly: true, sameSite: 'lax', path: '/', secure: options.secureCookies, signed: true },
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('locale', defaultLocale);

  app.addHook('onRequest', async (request, reply) => {
    request.locale =
      asLocale(request.headers['x-locale'] as string | undefined) ??
      localeFromHeader(request.headers['accept-language']);
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const resolved = await options.resolveSession(options.db, hashToken(token));
      if (resolved) {
        request.actor = resolved.actor;
        request.sessionId = resolved.sessionId;
        request.locale =
          asLocale(request.headers['x-locale'] as string | undefined) ??
          asLocale(resolved.locale) ??
          request.locale;
      } else {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    if (!SAFE_METHODS.has(request.method) && request.url.startsWith('/api/')) {
      await new Promise<void>((resolve, reject) =>
        app.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve())),
      );
    }
  });
});

/** Sets the session cookie after sign-in. */
export function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The service context of a request. */
export function contextOf(request: FastifyRequest, db: Db): Ctx {
  return { db, actor: request.actor, requestId: request.id, locale: request.locale, ip: request.ip };
}
