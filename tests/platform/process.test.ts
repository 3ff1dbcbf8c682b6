import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemContext } from '../../server/platform/authz';
import { wrapPglite } from '../../server/platform/db';
import { buildUser, DEFAULT_PASSWORD } from '../support/factories/users';
import { freePort } from '../support/free-port';

/**
 * The real process, as `npm start` runs it: one data folder, one process at a time, graceful
 * shutdown, and data that survives a restart. Slow (each start opens PGlite), so few and lean.
 */

interface Server {
  child: ChildProcess;
  port: number;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

const started: ChildProcess[] = [];
let dataDir: string;
let email: string;

/** Starts `server/main.ts` on the test's data folder; resolves once it prints its address (or exits). */
async function start(): Promise<Server> {
  const port = await freePort();
  const { DATABASE_URL: _db, SESSION_SECRET: _secret, PUBLIC_URL: _url, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await Promise.race([exited, waitFor(() => output.includes('Kooperacja is running at'), 60_000)]);
  return { child, port, base: `http://127.0.0.1:${port}`, output: () => output, exited };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const cookieHeader = (response: Response, jar: Map<string, string>) => {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, value] = pair!.split('=');
    jar.set(name!, value ?? '');
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
};

/** A browser's first steps: a CSRF token with its cookie, then the sign-in. */
async function signIn(base: string, jar: Map<string, string>): Promise<{ token: string; cookies: string }> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { token } = (await csrf.json()) as { token: string };
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: cookieHeader(csrf, jar) },
    body: JSON.stringify({ email, password: DEFAULT_PASSWORD }),
  });
  expect(login.status).toBe(200);
  return { token, cookies: cookieHeader(login, jar) };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'koop-process-'));
  // The run's migrated template (with TERYT) unpacked into the folder: much faster than migrating anew.
  const template = new Blob([await readFile(inject('pgliteTemplate'))]);
  const database = wrapPglite(await PGlite.create({ dataDir, loadDataDir: template }));
  email = (await buildUser(systemContext(database.db))).email;
  await database.close();
}, 120_000);

afterAll(async () => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('the server process', () => {
  const jar = new Map<string, string>();
  let first: Server;
  let csrfToken: string;

  it('starts, prints its address, is ready with every migration, and logs JSON with request ids', async () => {
    first = await start();
    expect(first.output()).toContain(`Kooperacja is running at http://localhost:${first.port}`);
    const ready = await fetch(`${first.base}/api/ready`);
    expect(ready.status).toBe(200);
    const { migrations } = (await ready.json()) as { migrations: { applied: number; expected: number } };
    expect(migrations.applied).toBe(migrations.expected);
    const logged = first
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { reqId?: string; req?: { url?: string } });
    expect(logged.some((l) => typeof l.reqId === 'string' && l.req?.url === '/api/ready')).toBe(true);
  }, 90_000);

  it('a second process on the same data folder refuses to start, and the first keeps serving', async () => {
    const second = await start();
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toContain('is already in use by another Kooperacja process');
    expect((await fetch(`${first.base}/api/health`)).status).toBe(200);
  }, 90_000);

  it('on SIGTERM finishes a request already in flight, says it is shutting down, and exits 0', async () => {
    ({ token: csrfToken } = await signIn(first.base, jar));
    const body = JSON.stringify({ email, password: 'not-the-password-000' });
    const answer = new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${first.base}/api/auth/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-csrf-token': csrfToken,
          'x-request-id': 'in-flight-during-shutdown',
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      // The rest of the body follows only after the signal, so the request is surely in flight.
      void waitFor(() => first.output().includes('"reqId":"in-flight-during-shutdown"'), 10_000).then(
        async () => {
          first.child.kill('SIGTERM');
          await waitFor(() => first.output().includes('shutting down'), 10_000);
          req.end(body.slice(10));
        },
        reject,
      );
    });
    expect(await answer).toBe(401);
    expect(await first.exited).toBe(0);
  }, 60_000);

  it('a restart on the same folder keeps the data, the sign-in secret and the sessions', async () => {
    const secret = readFileSync(join(dataDir, 'session-secret'), 'utf8');
    const again = await start();
    expect((await fetch(`${again.base}/api/ready`)).status).toBe(200);
    expect(readFileSync(join(dataDir, 'session-secret'), 'utf8')).toBe(secret);
    const cookies = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const me = await fetch(`${again.base}/api/auth/me`, { headers: { cookie: cookies } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(email);
    // The CSRF cookie is signed with the secret: it still works only because the secret was kept.
    const logout = await fetch(`${again.base}/api/auth/logout`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken, cookie: cookies },
    });
    expect(logout.status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 90_000);
});
