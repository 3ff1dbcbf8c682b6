import { performance } from 'node:perf_hooks';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '../server/platform/db';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * The SQL a repository function sends, taken from drizzle's query log while it runs once: the
 * raw side of the comparison then replays exactly what the API runs, not a hand-written twin.
 */
export async function captureQueries(
  pool: pg.Pool,
  run: (db: Db) => Promise<unknown>,
): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const db = drizzle(pool, {
    logger: { logQuery: (sql, params) => captured.push({ sql, params }) },
  }) as unknown as Db;
  await run(db);
  return captured;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/**
 * `connections` loops, each running one search after another for `seconds`: one search is the
 * captured queries of one variant, sent together as the repository sends them.
 */
export async function loadRawSql(
  pool: pg.Pool,
  variants: CapturedQuery[][],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async (offset: number) => {
    for (let i = offset; performance.now() < deadline; i++) {
      const variant = variants[i % variants.length]!;
      const t0 = performance.now();
      try {
        await Promise.all(variant.map((q) => pool.query(q.sql, q.params)));
        latencies.push(performance.now() - t0);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, c) => worker(c)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}
