import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { auditEvents } from '../../server/platform/audit';
import { systemContext } from '../../server/platform/authz';
import type { Database } from '../../server/platform/db';
import { buildUser, DEFAULT_PASSWORD } from '../support/factories/users';
import { Agent, testConfig } from '../support/test-app';
import { openTestDatabase } from '../support/test-database';

let app: FastifyInstance;
let database: Database;
let admin: Agent;
let webDist: string;

/** A route that fails the way a bug does; registered on this test's app only, never in production. */
const BROKEN_ROUTE = '/api/test-only/broken';
const SECRET_DETAIL = 'select secret_column from secret_table';

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'koop-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><html lang="pl"><body>app</body></html>');
  database = await openTestDatabase();
  app = await buildApp({ config: testConfig({ webDist }), db: database.db, logger: false });
  app.get(BROKEN_ROUTE, async () => {
    throw new Error(`relation "secret_table" does not exist: ${SECRET_DETAIL}`);
  });
  await app.ready();
  const user = await buildUser(systemContext(database.db), { isPlatformAdmin: true });
  admin = await new Agent(app).signIn(user.email, DEFAULT_PASSWORD);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  await rm(webDist, { recursive: true, force: true });
});

const auditCount = async () => (await database.db.select({ n: count() }).from(auditEvents))[0]!.n;

const institutionBody = {
  name: 'Stowarzyszenie Testowe',
  type: 'ngo',
  territoryCode: '0605053',
};

describe('bad input is refused with a 4xx the user can act on, never a 5xx', () => {
  it('malformed JSON answers 400 malformedJson and stores nothing', async () => {
    const before = await auditCount();
    const response = await admin.post('/api/institutions', '{"name": "Stowarzyszenie', {
      'content-type': 'application/json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('malformedJson');
    expect(response.json().error.message).toBe('Treść żądania nie jest poprawnym JSON-em.');
    expect(await auditCount()).toBe(before);
  });

  it('a body that is not JSON answers 415', async () => {
    const response = await admin.post('/api/institutions', 'name=Stowarzyszenie', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupportedMediaType');
  });

  it('a body over 1 MiB answers 413 and stores nothing', async () => {
    const before = await auditCount();
    const response = await admin.post(
      '/api/institutions',
      JSON.stringify({ ...institutionBody, name: 'x'.repeat(1024 * 1024 + 10) }),
      { 'content-type': 'application/json' },
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('tooLarge');
    expect(await auditCount()).toBe(before);
  });

  it('unknown fields answer 400 naming each of them, and nothing is stored', async () => {
    const before = await auditCount();
    const response = await admin.post('/api/institutions', {
      ...institutionBody,
      isVerified: true,
      owner: 'x',
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['isVerified', 'owner']));
    expect(await auditCount()).toBe(before);
  });

  it('wrong types answer 400 with a message per field, in Polish by default', async () => {
    const agent = new Agent(app);
    const typed = await agent.post(
      '/api/auth/login',
      { email: 42, password: ['a'] },
      { 'accept-language': '' },
    );
    expect(typed.statusCode).toBe(400);
    const byField = Object.fromEntries(
      typed.json().error.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    expect(Object.keys(byField).sort()).toEqual(['email', 'password']);
    expect(byField.password).toMatch(/Nieprawidłow/);
    expect(typed.json().error.message).toBe('Popraw zaznaczone pola.');
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"Stowarzyszenie"'],
    ['a number', '42'],
    ['a prototype-polluting object', '{"__proto__": {"isPlatformAdmin": true}, "name": "x"}'],
    ['a constructor-polluting object', '{"constructor": {"prototype": {"x": 1}}}'],
  ])('a JSON body that is %s answers 400, not 5xx', async (_label, body) => {
    const before = await auditCount();
    const response = await admin.post('/api/institutions', body, { 'content-type': 'application/json' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.kind).toBe('validation');
    expect(await auditCount()).toBe(before);
  });

  it('odd query strings answer 400 naming the parameter, not 5xx', async () => {
    for (const query of ['page=1&page=2', 'page=abc', 'pageSize=100000', 'sort[]=x', 'status=%00']) {
      const response = await admin.get(`/api/institutions?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.fields.length, query).toBeGreaterThan(0);
    }
  });

  it('the same refusal is in English for Accept-Language: en and for x-locale: en', async () => {
    const requests: Record<string, string>[] = [
      { 'accept-language': 'en-GB,en;q=0.9' },
      { 'accept-language': 'pl', 'x-locale': 'en' },
    ];
    for (const headers of requests) {
      const response = await new Agent(app).post('/api/auth/login', { email: 42, password: ['a'] }, headers);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toBe('Correct the marked fields.');
      const password = response.json().error.fields.find((f: { field: string }) => f.field === 'password');
      expect(password.message).toMatch(/^Invalid input/);
    }
  });
});

describe('failures inside the server', () => {
  it('an unexpected error answers 500 with a generic message, no internals, and the request id', async () => {
    const response = await app.inject({
      method: 'GET',
      url: BROKEN_ROUTE,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        kind: 'internal',
        code: 'internal',
        message: 'An unexpected server error occurred. Try again later.',
      },
    });
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an unknown API route answers 404 JSON in the user language', async () => {
    const pl = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(pl.statusCode).toBe(404);
    expect(pl.headers['content-type']).toMatch(/^application\/json/);
    expect(pl.json().error.message).toBe('Nie znaleziono takiego zasobu.');
    const en = await admin.post('/api/no-such-thing', {}, { 'x-locale': 'en' });
    expect(en.statusCode).toBe(404);
    expect(en.json().error.message).toBe('No such resource was found.');
  });
});

describe('health, readiness and the API description', () => {
  it('answers liveness, and readiness with every migration applied', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    const { migrations } = ready.json();
    expect(migrations.expected).toBeGreaterThan(0);
    expect(migrations.applied).toBe(migrations.expected);
  });

  it('publishes an OpenAPI 3.1 document with the routes and their request schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const login = doc.paths['/api/auth/login'].post;
    const schema = login.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['email', 'password']));
    expect(schema.additionalProperties).toBe(false);
    expect(doc.paths['/api/institutions'].get.parameters.map((p: { name: string }) => p.name)).toContain('q');
  });

  it('serves the browsable API page', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
  });
});

describe('security headers', () => {
  it('API answers carry a content security policy and nosniff', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('the web app page carries them too', async () => {
    const response = await app.inject({ method: 'GET', url: '/institutions' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

/** The database's own message for a refused statement (drizzle wraps it in "Failed query"). */
async function refusal(statement: SQL): Promise<string> {
  try {
    await database.db.execute(statement);
  } catch (err) {
    return String((err as Error & { cause?: Error }).cause?.message ?? (err as Error).message);
  }
  return 'accepted';
}

describe('the audit log', () => {
  it('refuses UPDATE and DELETE at the database level', async () => {
    await admin.post('/api/auth/logout');
    const db = database.db;
    const [row] = await db.select({ id: auditEvents.id }).from(auditEvents).limit(1);
    expect(row).toBeDefined();
    expect(await refusal(sql`update audit_events set action = 'forged' where id = ${row!.id}`)).toMatch(
      /append-only/,
    );
    expect(await refusal(sql`delete from audit_events where id = ${row!.id}`)).toMatch(/append-only/);
    expect(await refusal(sql`truncate audit_events`)).toMatch(/append-only/);
    const [still] = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(sql`id = ${row!.id}`);
    expect(still?.action).not.toBe('forged');
  });
});
