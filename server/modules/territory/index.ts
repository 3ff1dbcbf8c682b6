import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import type { Executor } from '../../platform/db';
import { presentUnitSummary } from './territory.presenter';
import { findUnitsWithPath } from './territory.repository';

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

/**
 * Units by code with their paths, as the register's own API presents them; for other modules
 * that show or check the areas they cover. No access check: the register is public to members.
 * Unknown codes are simply absent from the map.
 */
export async function findUnitSummaries(
  db: Executor,
  codes: readonly string[],
): Promise<Map<string, TerritorialUnitSummary>> {
  const rows = await findUnitsWithPath(db, codes);
  return new Map(rows.map((path) => [path.unit.code, presentUnitSummary(path)]));
}
