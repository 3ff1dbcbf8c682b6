import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../tests/support/factories/users';
import { type OidcStub, startOidcStub } from '../../../tests/support/oidc-stub';
import { type Agent, createTestApp, type TestApp } from '../../../tests/support/test-app';
import { externalIdentities, users } from './accounts.table';
import { isLocalIssuer } from './oidc-client';
import { accountsFixtures } from './test-helpers';

let stub: OidcStub;
let t: TestApp;
let f: ReturnType<typeof accountsFixtures>;

beforeAll(async () => {
  stub = await startOidcStub();
  t = await createTestApp({
    oidc: {
      issuer: stub.issuer,
      clientId: stub.clientId,
      clientSecret: stub.clientSecret,
      label: 'Test IdP',
    },
  });
  f = accountsFixtures(t);
});
afterAll(async () => {
  await t.close();
  await stub.close();
});

/** The browser's round trip: our start route, the provider's redirect, and our callback. */
async function roundTrip(agent: Agent, tamper: (callback: URL) => void = () => {}) {
  const start = await agent.get('/api/auth/oidc/start');
  expect(start.statusCode).toBe(302);
  const authorize = new URL(start.headers.location as string);
  expect(authorize.origin).toBe(stub.issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  const provider = await fetch(authorize, { redirect: 'manual' });
  const callback = new URL(provider.headers.get('location')!);
  tamper(callback);
  const done = await agent.get(`${callback.pathname}${callback.search}`);
  expect(done.statusCode).toBe(302);
  return done.headers.location as string;
}

describe('signing in through the OIDC provider', () => {
  it('the configuration tells the web app to offer the provider, under its label', async () => {
    expect((await t.agent().get('/api/auth/config')).json()).toEqual({
      oidc: { enabled: true, label: 'Test IdP' },
    });
  });

  it('a person with an account and a verified e-mail signs in, and their identity is linked for next time', async () => {
    const user = await buildUser(t.ctx);
    stub.signInAs({ sub: 'sub-happy', email: user.email, emailVerified: true });
    const agent = t.agent();
    expect(await roundTrip(agent)).toBe('/');
    expect((await agent.get('/api/auth/me')).json().user.id).toBe(user.id);
    const [link] = await t.ctx.db
      .select()
      .from(externalIdentities)
      .where(eq(externalIdentities.userId, user.id));
    expect(link).toMatchObject({ issuer: stub.issuer, subject: 'sub-happy' });
    expect(await f.auditOf(user.id, 'auth.oidcLinked')).toHaveLength(1);

    // Next time the provider's subject alone finds them, whatever e-mail it reports.
    stub.signInAs({ sub: 'sub-happy', email: 'changed@elsewhere.pl', emailVerified: true });
    const again = t.agent();
    expect(await roundTrip(again)).toBe('/');
    expect((await again.get('/api/auth/me')).json().user.id).toBe(user.id);
  });

  it('a wrong state is refused: back to the sign-in page with an error, and no session', async () => {
    const user = await buildUser(t.ctx);
    stub.signInAs({ sub: 'sub-state', email: user.email, emailVerified: true });
    const agent = t.agent();
    const target = await roundTrip(agent, (callback) => callback.searchParams.set('state', 'forged'));
    expect(target).toBe('/sign-in?error=oidc');
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('a callback without the browser’s signed cookie is refused', async () => {
    const user = await buildUser(t.ctx);
    stub.signInAs({ sub: 'sub-cookie', email: user.email, emailVerified: true });
    const start = await t.agent().get('/api/auth/oidc/start');
    const provider = await fetch(start.headers.location as string, { redirect: 'manual' });
    const callback = new URL(provider.headers.get('location')!);
    const stranger = t.agent();
    const done = await stranger.get(`${callback.pathname}${callback.search}`);
    expect(done.headers.location).toBe('/sign-in?error=oidc');
    expect((await stranger.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('an unknown person is not given an account: accounts come from invitations', async () => {
    stub.signInAs({ sub: 'sub-unknown', email: 'nobody-here@example.pl', emailVerified: true });
    const agent = t.agent();
    expect(await roundTrip(agent)).toBe('/sign-in?error=oidc');
    expect(await t.ctx.db.select().from(users).where(eq(users.email, 'nobody-here@example.pl'))).toEqual([]);
    expect(
      await t.ctx.db.select().from(externalIdentities).where(eq(externalIdentities.subject, 'sub-unknown')),
    ).toEqual([]);
  });

  it('an e-mail the provider has not verified does not link to an existing account', async () => {
    const user = await buildUser(t.ctx);
    stub.signInAs({ sub: 'sub-unverified', email: user.email, emailVerified: false });
    expect(await roundTrip(t.agent())).toBe('/sign-in?error=oidc');
  });

  it('a blocked account cannot sign in through the provider either', async () => {
    const user = await buildUser(t.ctx);
    await t.ctx.db.update(users).set({ status: 'inactive' }).where(eq(users.id, user.id));
    stub.signInAs({ sub: 'sub-blocked', email: user.email, emailVerified: true });
    expect(await roundTrip(t.agent())).toBe('/sign-in?error=oidc');
  });
});

describe('plain-HTTP issuers', () => {
  it('are allowed only on this machine', () => {
    expect(isLocalIssuer(new URL('http://127.0.0.1:8080'))).toBe(true);
    expect(isLocalIssuer(new URL('http://localhost/realms/x'))).toBe(true);
    expect(isLocalIssuer(new URL('http://idp.example.pl'))).toBe(false);
    expect(isLocalIssuer(new URL('https://localhost'))).toBe(false);
  });
});
