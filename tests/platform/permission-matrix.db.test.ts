import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membershipRoles } from '../../common/enums';
import { rolePermissions } from '../../common/permissions';
import { buildInstitution } from '../support/factories/institutions';
import { buildMember, buildUser, DEFAULT_PASSWORD } from '../support/factories/users';
import { type Agent, createTestApp, type TestApp } from '../support/test-app';

/**
 * Routes anyone may call without signing in. A route missing from this list and carrying no
 * guard fails the matrix: a forgotten guard cannot slip through.
 */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/ready',
  'GET /api/auth/csrf',
  'GET /api/auth/config',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/oidc/start',
  'GET /api/auth/oidc/callback',
  'GET /api/invitations/by-token/:token',
  'POST /api/invitations/accept',
  // The HSDS directory of social services is open data: institutions publish there what they
  // offer (and themselves through it), for residents and referral tools that have no account.
  'GET /api/hsds',
  'GET /api/hsds/services',
  'GET /api/hsds/services/:id',
  'GET /api/hsds/service_at_locations',
  'GET /api/hsds/service_at_locations/:id',
  'GET /api/hsds/organizations',
  'GET /api/hsds/organizations/:id',
  'GET /api/hsds/taxonomies',
  'GET /api/hsds/taxonomies/:id',
  'GET /api/hsds/taxonomy_terms',
  'GET /api/hsds/taxonomy_terms/:id',
  // The person's survey: the beneficiary has no account; the one-time code on the slip the entry
  // institution printed is the only key (stored hashed, spent once answered, wrong codes from one
  // address locked out with 429 after five in 15 minutes), and the page shows no personal data.
  'POST /api/public/survey/open',
  'POST /api/public/survey/answer',
]);

const UNKNOWN_ID = '0190f3a4-0000-7000-8000-000000000000';
const concreteUrl = (url: string) => url.replace(/:[A-Za-z]+/g, UNKNOWN_ID);
const isGuarded = (status: number) => status === 401 || status === 403;

let t: TestApp;
const agents = new Map<string, Agent>();

beforeAll(async () => {
  t = await createTestApp();
  const institution = await buildInstitution(t.ctx);
  for (const role of membershipRoles) {
    const member = await buildMember(t.ctx, institution.id, role);
    agents.set(role, await t.agent().signIn(member.email, DEFAULT_PASSWORD));
  }
  const admin = await buildUser(t.ctx, { isPlatformAdmin: true });
  agents.set('platformAdmin', await t.agent().signIn(admin.email, DEFAULT_PASSWORD));
});
afterAll(() => t.close());

/** Signing out everywhere ends the agents' sessions, so it is called last. */
const endsSession = (url: string) => url === '/api/auth/logout-everywhere';
const guardedRoutes = () =>
  t.app.routeCatalog
    .filter((r) => r.access !== 'public' && r.method !== 'HEAD')
    .sort((a, b) => Number(endsSession(a.url)) - Number(endsSession(b.url)));

const call = (agent: Agent, method: string, url: string) =>
  agent.request({
    method: method as 'GET',
    url: concreteUrl(url),
    ...(method === 'GET' ? {} : { payload: {} }),
  });

describe('permission matrix: every API route × every role', () => {
  it('every unguarded route is on the public list', () => {
    const unguarded = t.app.routeCatalog
      .filter((r) => r.access === 'public' && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`);
    expect(unguarded.filter((r) => !PUBLIC_ROUTES.has(r))).toEqual([]);
  });

  it('a stranger gets 401 from every guarded route', async () => {
    const refusedWrongly: string[] = [];
    for (const route of guardedRoutes()) {
      const response = await call(t.agent(), route.method, route.url);
      if (response.statusCode !== 401)
        refusedWrongly.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(refusedWrongly).toEqual([]);
  });

  // Every route × every role is a few thousand requests: more than the default 30 s on a busy machine.
  it('each role reaches exactly the routes its permissions allow, and the platform admin all', {
    timeout: 180_000,
  }, async () => {
    const mismatches: string[] = [];
    for (const route of guardedRoutes()) {
      for (const [who, agent] of agents) {
        const allowed =
          who === 'platformAdmin' ||
          route.access === 'signedIn' ||
          rolePermissions[who as keyof typeof rolePermissions].includes(route.access as never);
        const response = await call(agent, route.method, route.url);
        const guarded = isGuarded(response.statusCode);
        if (allowed === guarded)
          mismatches.push(`${who} ${route.method} ${route.url} → ${response.statusCode}`);
        expect(response.statusCode, `${who} ${route.method} ${route.url}`).toBeLessThan(500);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
