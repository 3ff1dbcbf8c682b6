import type {
  TerritorialUnitRef,
  TerritorialUnitSummary,
  TerritorialUnitView,
} from '../../../common/contracts/territory';
import type { TerritorialUnitRow, UnitWithPathRows } from './territory.repository';

/** A unit's card beside the unit: the register's date and what lies below it. */
export interface TerritorialUnitDetail {
  path: UnitWithPathRows;
  childrenCount: number;
  descendantCounts: TerritorialUnitView['descendantCounts'];
}

/**
 * The register writes voivodeships in capitals ("LUBELSKIE"); the stored name stays as the
 * register has it (imports compare against it), and people read the lower-case form that
 * Polish uses in a sentence ("województwo lubelskie").
 */
export const displayNameOf = (unit: Pick<TerritorialUnitRow, 'level' | 'name'>): string =>
  unit.level === 'voivodeship' ? unit.name.toLocaleLowerCase('pl-PL') : unit.name;

/** NAZWA_DOD of a city with powiat rights: "miasto na prawach powiatu", or Warsaw's "miasto stołeczne, …". */
const isCityWithPowiatRights = (unit: TerritorialUnitRow) =>
  unit.level === 'powiat' && unit.description.includes('na prawach powiatu');

export const presentUnitRef = (unit: TerritorialUnitRow): TerritorialUnitRef => ({
  code: unit.code,
  level: unit.level,
  name: unit.name,
  displayName: displayNameOf(unit),
  cityWithPowiatRights: isCityWithPowiatRights(unit),
});

/**
 * The units above, from the voivodeship down: a powiat's voivodeship; a gmina's voivodeship and
 * powiat; a part's also its gmina (a district hung directly under a powiat has no gmina step).
 */
function ancestorsOf({ unit, voivodeship, powiat, parent }: UnitWithPathRows): TerritorialUnitRow[] {
  const ancestors: TerritorialUnitRow[] = [];
  for (const row of [voivodeship, powiat, parent])
    if (row && row.code !== unit.code && !ancestors.some((a) => a.code === row.code)) ancestors.push(row);
  return ancestors;
}

export const presentUnitSummary = (path: UnitWithPathRows): TerritorialUnitSummary => ({
  ...presentUnitRef(path.unit),
  description: path.unit.description,
  gminaKind: path.unit.gminaKind,
  parentCode: path.unit.parentCode,
  ancestors: ancestorsOf(path).map(presentUnitRef),
});

export const presentUnit = (detail: TerritorialUnitDetail): TerritorialUnitView => ({
  ...presentUnitSummary(detail.path),
  validOn: detail.path.unit.validOn,
  childrenCount: detail.childrenCount,
  descendantCounts: detail.descendantCounts,
});
