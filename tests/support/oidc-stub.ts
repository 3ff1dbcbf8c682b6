import { createHash, randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** Who the stub says signs in next: what a real provider would learn from its login form. */
export interface StubPerson {
  sub: string;
  email?: string;
  emailVerified?: boolean;
}

export interface OidcStub {
  /** The issuer URL (http://127.0.0.1:<port>), as OIDC_ISSUER would name it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Sets who the next authorization signs in as. */
  signInAs(person: StubPerson): void;
  close(): Promise<void>;
}

interface PendingCode {
  person: StubPerson;
  nonce: string | undefined;
  codeChallenge: string | undefined;
  redirectUri: string;
}

/**
 * A tiny OpenID Connect provider for tests, on 127.0.0.1 and a free port: discovery, JWKS, an
 * authorize endpoint that redirects straight back with a code (no login form), and a token
 * endpoint that checks the client's secret and the PKCE verifier and issues an RS256 ID token.
 */
export async function startOidcStub(): Promise<OidcStub> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = 'stub-key-1';
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const clientId = 'kooperacja-test';
  const clientSecret = randomBytes(16).toString('hex');
  const codes = new Map<string, PendingCode>();
  let next: StubPerson = { sub: 'nobody' };

  const app = Fastify({ logger: false });
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  /** Known once the server listens; the handlers read it per request. */
  let issuer = '';

  app.get('/.well-known/openid-configuration', async () => ({
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    scopes_supported: ['openid', 'email', 'profile'],
  }));

  app.get('/jwks', async () => ({ keys: [jwk] }));

  app.get('/authorize', async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    if (q.client_id !== clientId || !q.redirect_uri || q.response_type !== 'code')
      return reply.status(400).send({ error: 'invalid_request' });
    const code = randomBytes(16).toString('hex');
    codes.set(code, {
      person: next,
      nonce: q.nonce,
      codeChallenge: q.code_challenge,
      redirectUri: q.redirect_uri,
    });
    const target = new URL(q.redirect_uri);
    target.searchParams.set('code', code);
    if (q.state) target.searchParams.set('state', q.state);
    return reply.redirect(target.href);
  });

  app.post('/token', async (request, reply) => {
    const body = request.body as Record<string, string | undefined>;
    const basic = request.headers.authorization?.startsWith('Basic ')
      ? Buffer.from(request.headers.authorization.slice(6), 'base64')
          .toString()
          .split(':')
          .map(decodeURIComponent)
      : [];
    const [id, secret] = basic.length ? basic : [body.client_id, body.client_secret];
    if (id !== clientId || secret !== clientSecret)
      return reply.status(401).send({ error: 'invalid_client' });
    const pending = body.code ? codes.get(body.code) : undefined;
    if (body.code) codes.delete(body.code);
    const challenge = body.code_verifier
      ? createHash('sha256').update(body.code_verifier).digest('base64url')
      : undefined;
    if (!pending || pending.redirectUri !== body.redirect_uri || pending.codeChallenge !== challenge)
      return reply.status(400).send({ error: 'invalid_grant' });
    const idToken = await new SignJWT({
      ...(pending.nonce && { nonce: pending.nonce }),
      ...(pending.person.email && { email: pending.person.email }),
      email_verified: pending.person.emailVerified ?? false,
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(issuer)
      .setAudience(clientId)
      .setSubject(pending.person.sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    return {
      access_token: randomBytes(16).toString('hex'),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: idToken,
    };
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The OIDC stub did not get a port');
  issuer = `http://127.0.0.1:${address.port}`;

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (person) => {
      next = person;
    },
    close: () => app.close(),
  };
}
