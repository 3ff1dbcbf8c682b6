import * as client from 'openid-client';
import type { OidcConfig } from '../../platform/config';

/** The claims the platform uses from a verified ID token. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

/** What must survive the round trip to the provider, kept in a signed short-lived cookie. */
export interface OidcChecks {
  state: string;
  nonce: string;
  verifier: string;
}

/**
 * openid-client refuses plain-HTTP issuers. That refusal is lifted (its documented
 * `allowInsecureRequests`) only for a provider on this machine, as in development and in the
 * tests' stub provider; any other http:// issuer still fails, so production always uses TLS.
 */
export function isLocalIssuer(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
}

const configurations = new Map<string, Promise<client.Configuration>>();

/**
 * The provider's metadata, discovered once per process and reused; a failed discovery is
 * forgotten, so the next sign-in tries again. ID token signatures are checked against the
 * provider's keys as well (`enableNonRepudiationChecks`), not only the claims.
 */
function configurationOf(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}\n${oidc.clientId}`;
  let configuration = configurations.get(key);
  if (!configuration) {
    const issuer = new URL(oidc.issuer);
    configuration = client.discovery(issuer, oidc.clientId, oidc.clientSecret, undefined, {
      execute: [
        ...(isLocalIssuer(issuer) ? [client.allowInsecureRequests] : []),
        client.enableNonRepudiationChecks,
      ],
      timeout: 10,
    });
    configuration.catch(() => configurations.delete(key));
    configurations.set(key, configuration);
  }
  return configuration;
}

/** The provider's authorization URL (code flow with PKCE, state and nonce) and the checks to keep. */
export async function authorizationRequest(
  oidc: OidcConfig,
  redirectUri: string,
): Promise<{ url: URL; checks: OidcChecks }> {
  const configuration = await configurationOf(oidc);
  const checks: OidcChecks = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    state: checks.state,
    nonce: checks.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
    code_challenge_method: 'S256',
  });
  return { url, checks };
}

/**
 * Exchanges the code from the provider's redirect for tokens and verifies the ID token (issuer,
 * audience, expiry, nonce, signature); any mismatch, including a wrong state, throws.
 */
export async function completeAuthorization(
  oidc: OidcConfig,
  callbackUrl: URL,
  checks: OidcChecks,
): Promise<OidcIdentity> {
  const configuration = await configurationOf(oidc);
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: checks.verifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The provider returned no ID token');
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: typeof claims.email === 'string' ? claims.email.toLowerCase() : null,
    emailVerified: claims.email_verified === true,
  };
}
