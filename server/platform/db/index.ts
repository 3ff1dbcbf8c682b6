export { bytea, idColumn, mutableColumns, newId } from './columns';
export { DataDirLockedError, lockDataDir } from './data-dir-lock';
export {
  createPglite,
  type Database,
  type Db,
  type Executor,
  migrateDatabase,
  migrationsFolder,
  openPglite,
  openPostgres,
  type Tx,
  wrapPglite,
} from './database';
export { qualified } from './sql-columns';
