import { describeCatalogueLoad, ensureCatalogueLoaded } from '../modules/social-services';
import { describeTercImport, ensureTerritoryLoaded } from '../modules/territory';
import { type Database, migrateDatabase } from '../platform/db';
import { seedDemo } from './demo-seed';

export interface PrepareOptions {
  seedDemo: boolean;
  log?: (message: string) => void;
}

/**
 * Everything a database needs before the app serves it: migrations, the TERYT register, the
 * catalogue of social services, and on an empty database (when asked) the demo data.
 */
export async function prepareDatabase(database: Database, options: PrepareOptions): Promise<void> {
  await migrateDatabase(database);
  const territory = await ensureTerritoryLoaded(database.db);
  if (territory) options.log?.(describeTercImport(territory));
  const catalogue = await ensureCatalogueLoaded(database.db);
  if (catalogue) options.log?.(describeCatalogueLoad(catalogue));
  if (options.seedDemo && (await seedDemo(database.db))) options.log?.('Demo data loaded (see the README).');
}
