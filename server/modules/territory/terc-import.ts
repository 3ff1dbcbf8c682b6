import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TerritorialLevel } from '../../../common/enums';
import { recordAudit } from '../../platform/audit';
import { type Ctx, inTransaction, systemContext } from '../../platform/authz';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newestStateOf, parseTerc, type TercUnit } from './terc-parse';
import { canImportTerritory } from './territory.policy';
import { countUnits, findNewestValidOn, upsertUnits } from './territory.repository';

/** The register shipped with the app (GUS TERC, state 2024-01-01), loaded into an empty database. */
export const bundledTercFile = fileURLToPath(new URL('../../seed-data/terc.csv', import.meta.url));

export interface TercImportResult {
  /** Units of each level in the file. */
  levels: Record<TerritorialLevel, number>;
  inserted: number;
  updated: number;
  /** Units already as the file gives them: all of them when the same file is imported again. */
  unchanged: number;
  /**
   * Units the database keeps although the file no longer lists them (merged or renamed
   * gminas): institutions and cases still point at them, so they are never deleted.
   */
  notInFile: number;
  /** The newest STAN_NA of the file. */
  validOn: string;
}

const newestDate = (units: TercUnit[]) => units.reduce((max, u) => (u.validOn > max ? u.validOn : max), '');

/**
 * Writes units read by {@link parseTerc} in one transaction: every unit of the file or none. Inserts new units,
 * updates those whose name, kind or place changed, and leaves the rest alone; the audit log
 * records an import only when it changed something.
 */
export async function importTercUnits(ctx: Ctx, units: TercUnit[]): Promise<TercImportResult> {
  if (!canImportTerritory(ctx)) throw new AppError('forbidden', 'forbidden');
  return inTransaction(ctx, async (tctx) => {
    const { inserted, updated } = await upsertUnits(tctx.db, units);
    const levels: Record<TerritorialLevel, number> = { voivodeship: 0, powiat: 0, gmina: 0, gminaPart: 0 };
    for (const unit of units) levels[unit.level] += 1;
    const result: TercImportResult = {
      levels,
      inserted,
      updated,
      unchanged: units.length - inserted - updated,
      notInFile: (await countUnits(tctx.db)) - units.length,
      validOn: newestDate(units),
    };
    if (inserted + updated > 0)
      await recordAudit(tctx, {
        action: 'territory.import',
        entityType: 'territorialRegister',
        entityId: result.validOn,
        changes: result,
      });
    return result;
  });
}

/**
 * Imports a TERC register file (see {@link parseTerc} for its format). Idempotent: the same file
 * twice changes nothing; a newer file renames and re-kinds units in place, keeping their codes,
 * which is what institutions refer to. A bad file throws `TercFileError` naming the line.
 */
export async function importTerc(ctx: Ctx, input: string | Uint8Array): Promise<TercImportResult> {
  if (!canImportTerritory(ctx)) throw new AppError('forbidden', 'forbidden');
  return importTercUnits(ctx, parseTerc(input));
}

/**
 * Loads the bundled register into an empty database, and again when the app ships a newer one
 * than the database holds; otherwise does nothing. Returns what it imported, or null.
 */
export async function ensureTerritoryLoaded(
  db: Executor,
  file = bundledTercFile,
): Promise<TercImportResult | null> {
  const text = await readFile(file, 'utf8');
  const newest = await findNewestValidOn(db);
  if (newest !== null && newest >= newestStateOf(text)) return null;
  return importTercUnits(systemContext(db, 'terc-import'), parseTerc(text));
}

/** One line for the start-up log and the command line. */
export const describeTercImport = (r: TercImportResult): string =>
  `TERYT register, state ${r.validOn}: voivodeships ${r.levels.voivodeship}, powiats ${r.levels.powiat}, ` +
  `gminas ${r.levels.gmina}, parts of gminas ${r.levels.gminaPart}; ` +
  `added ${r.inserted}, updated ${r.updated}, unchanged ${r.unchanged}` +
  (r.notInFile > 0 ? `; kept though no longer in the file ${r.notInFile}` : '');
