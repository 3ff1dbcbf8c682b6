export {
  bundledTercFile,
  describeTercImport,
  ensureTerritoryLoaded,
  importTerc,
  importTercUnits,
  type TercImportResult,
} from './terc-import';
export { parseTerc, TercFileError, type TercUnit } from './terc-parse';
export { territoryRoutes } from './territory.routes';
export { gminaKind, territorialLevel, territorialUnits } from './territory.table';
