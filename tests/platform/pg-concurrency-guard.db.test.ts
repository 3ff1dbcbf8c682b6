import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/platform/db';
import { takeConcurrentQueries } from '../support/pg-concurrency-guard';
import { openTestDatabase } from '../support/test-database';

/**
 * The guard of tests/support/pg-concurrency-guard.ts watches pg's clients from the outside; this
 * proves it still sees a second query sent on a busy client (and not queries spread over the
 * pool), so a quiet guard means quiet code. Only the `postgres` project runs it and has the guard
 * (PGlite serialises queries itself; vitest.config.ts keeps this file out of the `pglite` project).
 */
describe('the guard against queries at once on one connection', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(async () => {
    await database?.close();
  });

  it('leaves reads side by side on the pool alone', async () => {
    await Promise.all([database.db.execute(sql`select 1`), database.db.execute(sql`select 2`)]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(takeConcurrentQueries()).toEqual([]);
  });

  it('catches Promise.all over queries of one transaction', async () => {
    await database.db.transaction(async (tx) => {
      await Promise.all([tx.execute(sql`select 1`), tx.execute(sql`select 2`)]);
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(takeConcurrentQueries()).toEqual([expect.stringContaining('still running when sent: select 2')]);
  });
});
