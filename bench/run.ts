/**
 * `npm run bench`: how fast the institutions registry answers a search under concurrent load
 * through the whole API (HTTP, session, validation, service, presenter), against the same SQL
 * sent straight to PostgreSQL at the same concurrency. The ratio says how much the application
 * costs on top of the database. Runs on loopback, in a database of its own that it drops.
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_INSTITUTIONS
 * (50000), BENCH_SECONDS per run (10), BENCH_CONNECTIONS (10).
 */
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { type ListInstitutionsQuery, listInstitutionsQuery } from '../common/contracts/institutions';
import { addMembership, createUser } from '../server/modules/accounts';
import { institutions } from '../server/modules/institutions';
import { searchInstitutions } from '../server/modules/institutions/institution.repository';
import { systemContext } from '../server/platform/authz';
import { type Database, openPostgres } from '../server/platform/db';
import { prepareDatabase } from '../server/workflows/prepare-database';
import { loadInstitutions } from './load-institutions';
import { type CapturedQuery, captureQueries, type LoadResult, loadRawSql } from './raw-sql';
import { type RunningServer, signIn, startServer } from './server';

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const total = Number(process.env.BENCH_INSTITUTIONS ?? 50_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const databaseName = 'koop_bench';
const benchEmail = 'bench@bench.kooperacja.example';
const benchPassword = 'Obciazenie-testowe-2024';

/** Searches people make: a word, a voivodeship, a type, and a page further on. */
const searches: Record<string, string>[] = [
  { q: 'pomocy', voivodeship: '06', type: 'ops', page: '1' },
  { q: 'spoldzielnia', voivodeship: '12', type: 'pes', page: '2' },
  { q: 'szkola', voivodeship: '14', page: '3' },
  { voivodeship: '24', type: 'ngo', page: '5' },
];

const databaseUrl = () => {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
};

async function time<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** A caseWorker at one of the loaded institutions: the registry is read by ordinary members. */
async function createBenchUser(database: Database) {
  const [institution] = await database.db
    .select({ id: institutions.id })
    .from(institutions)
    .where(eq(institutions.status, 'active'))
    .limit(1);
  if (!institution) throw new Error('No institution to join');
  const ctx = systemContext(database.db, 'bench');
  const user = await createUser(ctx, {
    email: benchEmail,
    displayName: 'Benchmark',
    password: benchPassword,
  });
  await addMembership(ctx, { userId: user.id, institutionId: institution.id, role: 'caseWorker' });
}

async function loadApi(server: RunningServer, cookie: string, duration: number): Promise<LoadResult> {
  const result = await autocannon({
    url: server.baseUrl,
    connections,
    duration,
    headers: { cookie, accept: 'application/json' },
    requests: searches.map((s) => ({ method: 'GET', path: `/api/institutions?${new URLSearchParams(s)}` })),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(
      `The API answered ${result.non2xx} non-2xx responses and ${result.errors} errors: ${JSON.stringify(result.statusCodeStats)}`,
    );
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
  };
}

const row = (label: string, r: LoadResult) =>
  `${label.padEnd(10)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   (${r.requests} searches)`;

async function main() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  let server: RunningServer | undefined;
  const pool = new pg.Pool({ connectionString: databaseUrl(), max: connections });
  // pool.end() resolves before the last sockets close; dropping the database then ends them.
  pool.on('error', (err: Error & { code?: string }) => {
    if (err.code !== '57P01') throw err;
  });
  try {
    const database = openPostgres(databaseUrl(), 4);
    try {
      await time('Migrations and TERYT', () => prepareDatabase(database, { seedDemo: false }));
      const loaded = await time(`Loading ${total} institutions`, () => loadInstitutions(database.db, total));
      console.log(`Institutions in the registry: ${loaded}`);
      await database.pool?.query('ANALYZE');
      await createBenchUser(database);
    } finally {
      await database.close();
    }

    const variants: CapturedQuery[][] = [];
    for (const search of searches) {
      const query: ListInstitutionsQuery = listInstitutionsQuery.parse(search);
      variants.push(await captureQueries(pool, (db) => searchInstitutions(db, query)));
    }

    server = await startServer(databaseUrl());
    const cookie = await signIn(server.baseUrl, benchEmail, benchPassword);
    const rssAtStart = server.peakRssMiB();

    console.log(
      `\nWarming up (2 s each), then ${seconds} s per run at ${connections} concurrent connections.`,
    );
    await loadApi(server, cookie, 2);
    await loadRawSql(pool, variants, connections, 2);
    const cpuBefore = server.cpuSeconds();
    const api = await loadApi(server, cookie, seconds);
    const cpuAfter = server.cpuSeconds();
    const raw = await loadRawSql(pool, variants, connections, seconds);
    if (raw.errors > 0) throw new Error(`${raw.errors} raw SQL searches failed`);

    console.log(
      `\nGET /api/institutions?q=…&voivodeship=…&type=…&page=… (${searches.length} searches in turn)`,
    );
    console.log(row('API', api));
    console.log(row('raw SQL', raw));
    console.log(
      `API / raw SQL throughput: ${((api.requestsPerSecond / raw.requestsPerSecond) * 100).toFixed(0)} %`,
    );
    console.log(`API / raw SQL p50 latency: ${(api.p50 / raw.p50).toFixed(1)} ×`);
    if (cpuBefore !== undefined && cpuAfter !== undefined)
      console.log(
        `Server CPU per API search: ${(((cpuAfter - cpuBefore) * 1000) / api.requests).toFixed(1)} ms (${(((cpuAfter - cpuBefore) / seconds) * 100).toFixed(0)} % of one core)`,
      );
    console.log(
      `Server peak RSS: ${server.peakRssMiB()?.toFixed(0) ?? '?'} MiB (${rssAtStart?.toFixed(0) ?? '?'} MiB after start)`,
    );
  } finally {
    await server?.stop();
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
