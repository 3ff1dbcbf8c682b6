import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const KEY_BYTES = 32;
const KEY_MESSAGE = `${KEY_BYTES} bytes in base64 (openssl rand -base64 ${KEY_BYTES})`;
const decodeKey = (value: string) => Buffer.from(value.trim(), 'base64');
const isKey = (value: string) => decodeKey(value).length === KEY_BYTES;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  PUBLIC_URL: z.string().url().optional(),
  SECURE_COOKIES: booleanFromEnv,
  SEED_DEMO: booleanFromEnv,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_LABEL: z.string().default('Zaloguj przez dostawcę tożsamości'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  WEB_DIST: z.string().default('dist/web'),
  PERSONAL_DATA_KEY: z.string().refine(isKey, KEY_MESSAGE).optional(),
  PERSONAL_DATA_PREVIOUS_KEYS: z
    .string()
    .refine((v) => v.split(',').every((k) => isKey(k.trim())), KEY_MESSAGE)
    .optional(),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  label: string;
}

export interface AppConfig {
  port: number;
  host: string;
  /** Folder of the embedded database; unused when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  publicUrl: string;
  secureCookies: boolean;
  seedDemo: boolean;
  logLevel: string;
  sessionTtlHours: number;
  oidc: OidcConfig | undefined;
  /** Serve the built web app from this folder when it exists. */
  webDist: string;
  /** Keys that encrypt personal data at rest: `current` writes, `previous` (after a rotation) still read. */
  personalDataKeys: PersonalDataKeys;
}

export interface PersonalDataKeys {
  current: Buffer;
  previous: Buffer[];
}

/**
 * Reads configuration from the environment once, at start-up, so a typo in a variable stops the
 * process with the variable's name instead of surfacing later as odd behaviour.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const oidcParts = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    throw new Error(
      'Invalid configuration: OIDC needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? persistentSecret(dataDir),
    publicUrl,
    secureCookies: e.SECURE_COOKIES ?? publicUrl.startsWith('https://'),
    seedDemo: e.SEED_DEMO ?? true,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            label: e.OIDC_LABEL,
          }
        : undefined,
    webDist: resolve(e.WEB_DIST),
    personalDataKeys: {
      current: e.PERSONAL_DATA_KEY ? decodeKey(e.PERSONAL_DATA_KEY) : persistentKey(dataDir),
      previous: e.PERSONAL_DATA_PREVIOUS_KEYS?.split(',').map(decodeKey) ?? [],
    },
  };
}

/**
 * Without SESSION_SECRET a secret is made once and kept beside the data, so a restart keeps
 * everyone signed in. Several instances must share SESSION_SECRET instead.
 */
function persistentSecret(dataDir: string): string {
  return persistentValue(join(dataDir, 'session-secret'), () => randomBytes(32).toString('base64url'));
}

/**
 * Without PERSONAL_DATA_KEY a key is made once and kept beside the data (readable by the owner
 * only): losing it loses every encrypted field, so it belongs in the backups, kept apart from the
 * database's. Several instances must share PERSONAL_DATA_KEY instead.
 */
function persistentKey(dataDir: string): Buffer {
  const file = join(dataDir, 'personal-data-key');
  const key = decodeKey(persistentValue(file, () => randomBytes(KEY_BYTES).toString('base64')));
  if (key.length !== KEY_BYTES) throw new Error(`Invalid configuration: ${file} is not a ${KEY_MESSAGE} key`);
  return key;
}

function persistentValue(file: string, make: () => string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const value = make();
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}
