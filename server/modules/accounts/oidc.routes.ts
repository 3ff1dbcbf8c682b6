import type { FastifyReply, FastifyRequest } from 'fastify';
import { contextOf, setSessionCookie } from '../../platform/auth';
import type { RoutesPlugin } from '../../platform/http';
import { signInWithOidc } from './oidc.service';
import { authorizationRequest, completeAuthorization, type OidcChecks } from './oidc-client';

/** Holds state, nonce and PKCE verifier between the redirect to the provider and its answer. */
const OIDC_COOKIE = 'kooperacja_oidc';
const OIDC_COOKIE_PATH = '/api/auth/oidc';
const OIDC_COOKIE_SECONDS = 600;
const FAILED = '/sign-in?error=oidc';

const readChecks = (request: FastifyRequest): OidcChecks | null => {
  const raw = request.cookies[OIDC_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const parsed = JSON.parse(
      Buffer.from(unsigned.value, 'base64url').toString('utf8'),
    ) as Partial<OidcChecks>;
    return parsed.state && parsed.nonce && parsed.verifier
      ? { state: parsed.state, nonce: parsed.nonce, verifier: parsed.verifier }
      : null;
  } catch {
    return null;
  }
};

const clearChecks = (reply: FastifyReply) => reply.clearCookie(OIDC_COOKIE, { path: OIDC_COOKIE_PATH });

/**
 * Sign-in through the configured OpenID Connect provider (Keycloak, login.gov.pl, Entra ID…):
 * the authorization code flow with PKCE, state and nonce. Both routes are browser navigations,
 * so they answer with redirects: to the provider, then home, or to the sign-in page on failure.
 */
export const oidcRoutes: RoutesPlugin = async (app, { db, config }) => {
  const redirectUri = new URL('/api/auth/oidc/callback', config.publicUrl).toString();

  app.get(
    '/api/auth/oidc/start',
    {
      schema: { tags: ['auth'], summary: 'Start signing in through the OIDC provider (redirects)' },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      if (!config.oidc) return reply.redirect(FAILED);
      try {
        const { url, checks } = await authorizationRequest(config.oidc, redirectUri);
        reply.setCookie(OIDC_COOKIE, Buffer.from(JSON.stringify(checks)).toString('base64url'), {
          signed: true,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level navigation that must carry it.
          sameSite: 'lax',
          secure: config.secureCookies,
          path: OIDC_COOKIE_PATH,
          maxAge: OIDC_COOKIE_SECONDS,
        });
        return reply.redirect(url.href);
      } catch (err) {
        request.log.warn({ err }, 'OIDC: the provider could not be reached');
        return reply.redirect(FAILED);
      }
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      schema: { tags: ['auth'], summary: "The OIDC provider's redirect back (redirects)" },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const checks = readChecks(request);
      clearChecks(reply);
      if (!config.oidc || !checks) return reply.redirect(FAILED);
      try {
        const callbackUrl = new URL(request.url, config.publicUrl);
        const identity = await completeAuthorization(config.oidc, callbackUrl, checks);
        const session = await signInWithOidc(
          contextOf(request, db),
          identity,
          config.sessionTtlHours,
          request.headers['user-agent'],
        );
        setSessionCookie(reply, session.token, config.sessionTtlHours * 3600, config.secureCookies);
        return reply.redirect('/');
      } catch (err) {
        request.log.warn({ err }, 'OIDC sign-in refused');
        return reply.redirect(FAILED);
      }
    },
  );
};
