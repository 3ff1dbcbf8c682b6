import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { loadConfig } from './platform/config';
import { type Database, DataDirLockedError, openPglite, openPostgres } from './platform/db';
import { demoSignInsText } from './workflows/demo-data';
import { hasDemoAccounts } from './workflows/demo-seed';
import { prepareDatabase } from './workflows/prepare-database';

/** Entry point: read config, open and prepare the database, serve, and shut down gracefully. */
async function main() {
  const config = loadConfig();
  let database: Database;
  try {
    database = config.databaseUrl ? openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  console.log(
    database.kind === 'pglite'
      ? `Embedded database (PGlite) in ${config.dataDir}`
      : 'PostgreSQL server from DATABASE_URL',
  );
  await prepareDatabase(database, { seedDemo: config.seedDemo, log: (m) => console.log(m) });
  const demo = config.seedDemo && (await hasDemoAccounts(database.db));

  const app = await buildApp({ config, db: database.db });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close();
    await database.close();
  });
  await app.listen({ port: config.port, host: config.host });
  console.log(`\nKooperacja is running at ${config.publicUrl}\n`);
  if (demo) console.log(demoSignInsText());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
