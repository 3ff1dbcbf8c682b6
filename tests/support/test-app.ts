import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../server/app';
import { type Ctx, systemContext } from '../../server/platform/authz';
import type { AppConfig } from '../../server/platform/config';
import type { Database } from '../../server/platform/db';
import { openTestDatabase } from './test-database';

/** A fixed key, so tests can decrypt what the app stored. */
export const TEST_PERSONAL_DATA_KEY = Buffer.alloc(32, 7);

export const testConfig = (overrides: Partial<AppConfig> = {}): AppConfig => ({
  port: 0,
  host: '127.0.0.1',
  dataDir: '/nonexistent',
  databaseUrl: undefined,
  sessionSecret: 'test-secret-that-is-long-enough-for-cookies-000',
  publicUrl: 'http://localhost',
  secureCookies: false,
  seedDemo: false,
  logLevel: 'silent',
  sessionTtlHours: 12,
  oidc: undefined,
  webDist: '/nonexistent',
  personalDataKeys: { current: TEST_PERSONAL_DATA_KEY, previous: [] },
  ...overrides,
});

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** A system context on the test database, for factories. */
  ctx: Ctx;
  /** A browser-like client: keeps cookies and sends the CSRF token on state-changing requests. */
  agent(): Agent;
  close(): Promise<void>;
}

/** One app on its own copy of the migrated database; build it once per test file. */
export async function createTestApp(config: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ config: testConfig(config), db: database.db, logger: false });
  await app.ready();
  return {
    app,
    database,
    ctx: systemContext(database.db, 'test'),
    agent: () => new Agent(app),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

type Body = InjectOptions['payload'];

export class Agent {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;
  locale = 'pl';

  constructor(private readonly app: FastifyInstance) {}

  private remember(response: LightMyRequestResponse) {
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {
      'accept-language': this.locale,
      ...(options.headers as Record<string, string>),
    };
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && !('x-csrf-token' in headers)) {
      headers['x-csrf-token'] = await this.csrfToken();
    }
    const response = await this.app.inject({
      ...options,
      headers,
      cookies: Object.fromEntries(this.cookies),
    });
    this.remember(response);
    return response;
  }

  async csrfToken(): Promise<string> {
    if (!this.csrf) {
      const response = await this.app.inject({
        method: 'GET',
        url: '/api/auth/csrf',
        cookies: Object.fromEntries(this.cookies),
      });
      this.remember(response);
      this.csrf = response.json<{ token: string }>().token;
    }
    return this.csrf;
  }

  get = (url: string, headers?: Record<string, string>) => this.request({ method: 'GET', url, headers });
  post = (url: string, payload?: Body, headers?: Record<string, string>) =>
    this.request({ method: 'POST', url, payload, headers });
  patch = (url: string, payload?: Body, headers?: Record<string, string>) =>
    this.request({ method: 'PATCH', url, payload, headers });
  put = (url: string, payload?: Body, headers?: Record<string, string>) =>
    this.request({ method: 'PUT', url, payload, headers });
  delete = (url: string, payload?: Body, headers?: Record<string, string>) =>
    this.request({ method: 'DELETE', url, payload, headers });

  /** Signs in; throws with the response body when the server refuses. */
  async signIn(email: string, password: string): Promise<this> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.statusCode !== 200)
      throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
    return this;
  }
}
