import { fileURLToPath } from 'node:url';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';

/** The one database type services and repositories see, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<PgQueryResultHKT>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The server's pool, for work that needs one connection of its own (advisory locks). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Extensions the migrations use (pg_trgm: indexed substring search of names); a server has them in contrib. */
export const pgliteOptions = { extensions: { pg_trgm } } satisfies PGliteOptions;

/** Opens an embedded database with the extensions the schema needs. */
export const createPglite = (options: PGliteOptions = {}) => PGlite.create({ ...pgliteOptions, ...options });

/** Arbitrary but fixed key: instances starting together take turns at migrating. */
const MIGRATION_LOCK_KEY = 727_001;

/** Opens a real PostgreSQL server through a connection pool. */
export function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzlePg(pool) as unknown as Db;
  return { db, kind: 'postgres', pool, close: () => pool.end() };
}

/**
 * Opens the embedded database in `dataDir` (or in memory when it is undefined). The folder is
 * locked for this process, see {@link lockDataDir}.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const client = await createPglite(dataDir ? { dataDir } : {});
    return wrapPglite(client, unlock);
  } catch (err) {
    unlock();
    throw err;
  }
}

export function wrapPglite(client: PGlite, onClose: () => void = () => {}): Database {
  const db = drizzlePglite(client) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      onClose();
    },
  };
}

/** Applies the committed migrations; on a server, under an advisory lock so instances don't race. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  if (!database.pool) throw new Error('A server database needs its pool to migrate');
  const client = await database.pool.connect();
  try {
    const db = drizzlePg(client);
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await migratePg(db, { migrationsFolder });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  } finally {
    client.release();
  }
}
