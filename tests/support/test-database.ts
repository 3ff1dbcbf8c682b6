import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { createPglite, type Database, openPostgres, wrapPglite } from '../../server/platform/db';

/**
 * Which database the suites run on: the embedded PGlite by default, the PostgreSQL server of
 * TEST_DATABASE_URL in the `postgres` project. Either way each test file gets its own copy of
 * a template that global setup migrated (and loaded with TERYT) once.
 */
export const testDatabaseKind = (): 'pglite' | 'postgres' =>
  process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** Opens a fresh copy of the migrated template for one test file. */
export async function openTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'postgres') return openPostgresCopy();
  const dump = inject('pgliteTemplate');
  const client = await createPglite({ loadDataDir: new Blob([await readFile(dump)]) });
  return wrapPglite(client);
}

function serverUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Drops a test file's database once the pool's connections have really gone: the pool's `end()`
 * resolves while the server may still be closing them, and a forced drop at that moment kills
 * them with an error nobody listens for any more. Only a connection that never goes is forced.
 */
async function dropWhenReleased(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      return;
    } catch (err) {
      // 55006 object_in_use: "database is being accessed by other users"
      if ((err as { code?: string }).code !== '55006') throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function openPostgresCopy(): Promise<Database> {
  const template = inject('pgTemplate');
  if (!process.env.TEST_DATABASE_URL) throw new Error('The postgres suites need TEST_DATABASE_URL');
  const name = `koop_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const database = openPostgres(serverUrl(name), 4);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await cleanup.connect();
      try {
        await dropWhenReleased(cleanup, name);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export { serverUrl as testServerUrl };
