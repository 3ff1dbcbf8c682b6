import type { TFunction } from 'i18next';
import type { TerritorialUnitRef, TerritorialUnitSummary } from '../../common/contracts/territory';
import type { GminaKind } from '../../common/enums';

type Unit = TerritorialUnitRef & { gminaKind?: GminaKind | null };

const gminaKinds: readonly string[] = ['urban', 'rural', 'urbanRural'];

/** The key of `territory:kinds` that says what a unit is: "gmina miejsko-wiejska", "miasto na prawach powiatu"… */
export function unitKindKey(unit: Unit): string {
  if (unit.gminaKind) return unit.gminaKind;
  return unit.cityWithPowiatRights ? 'cityPowiat' : unit.level;
}

/**
 * A unit named as Polish names it in a sentence: "gmina Janów Lubelski (gm. miejsko-wiejska)",
 * "powiat janowski", "województwo lubelskie". Within a path the voivodeship is its bare name
 * ("…, powiat janowski, lubelskie"), and a gmina is named without its kind.
 */
export function unitName(unit: Unit, t: TFunction, inPath = false): string {
  const name = unit.displayName;
  const ns = { ns: 'territory' };
  switch (unit.level) {
    case 'voivodeship':
      return t(inPath ? 'label.voivodeshipInPath' : 'label.voivodeship', { ...ns, name });
    case 'powiat':
      return t(unit.cityWithPowiatRights ? 'label.cityPowiat' : 'label.powiat', { ...ns, name });
    case 'gmina':
      return !inPath && unit.gminaKind && gminaKinds.includes(unit.gminaKind)
        ? t('label.gminaWithKind', { ...ns, name, kind: t(`kindShort.${unit.gminaKind}`, ns) })
        : t('label.gmina', { ...ns, name });
    case 'gminaPart':
      return t(`label.${unit.gminaKind ?? 'town'}`, { ...ns, name });
  }
}

/** The units above, nearest first: "powiat janowski, lubelskie". Empty for a voivodeship. */
export const unitPath = (unit: Pick<TerritorialUnitSummary, 'ancestors'>, t: TFunction): string =>
  [...unit.ancestors]
    .reverse()
    .map((ancestor) => unitName(ancestor, t, true))
    .join(', ');

/** The unit and where it lies, in one line: "gmina Janów Lubelski (gm. miejsko-wiejska), powiat janowski, lubelskie". */
export const unitLabel = (unit: TerritorialUnitSummary, t: TFunction): string =>
  [unitName(unit, t), unitPath(unit, t)].filter(Boolean).join(', ');
