import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TerritorialUnitRef, TerritorialUnitSummary } from '../../common/contracts/territory';
import { resources } from '../../common/i18n';
import { unitKindKey, unitLabel } from './territory-label';

const ref = (code: string, level: TerritorialUnitRef['level'], displayName: string, city = false) => ({
  code,
  level,
  name: displayName,
  displayName,
  cityWithPowiatRights: city,
});

const lubelskie = ref('06', 'voivodeship', 'lubelskie');
const janowski = ref('0605', 'powiat', 'janowski');
const janow: TerritorialUnitSummary = {
  ...ref('0605053', 'gmina', 'Janów Lubelski'),
  description: 'gmina miejsko-wiejska',
  gminaKind: 'urbanRural',
  parentCode: '0605',
  ancestors: [lubelskie, janowski],
};

let pl: TFunction;
let en: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: 'pl', defaultNS: 'common', interpolation: { escapeValue: false } });
  pl = instance.getFixedT('pl');
  en = instance.getFixedT('en');
});

describe('naming a territorial unit with where it lies', () => {
  it('names a gmina with its kind, its powiat and its voivodeship, as the picker shows it', () => {
    expect(unitLabel(janow, pl)).toBe(
      'gmina Janów Lubelski (gm. miejsko-wiejska), powiat janowski, lubelskie',
    );
    expect(unitLabel(janow, en)).toBe(
      'Janów Lubelski municipality (urban-rural), janowski county, lubelskie',
    );
  });

  it('names the town of an urban-rural gmina, with the gmina in its path', () => {
    const town: TerritorialUnitSummary = {
      ...janow,
      code: '0605054',
      level: 'gminaPart',
      description: 'miasto',
      gminaKind: 'town',
      parentCode: '0605053',
      ancestors: [lubelskie, janowski, ref('0605053', 'gmina', 'Janów Lubelski')],
    };
    expect(unitLabel(town, pl)).toBe(
      'miasto Janów Lubelski, gmina Janów Lubelski, powiat janowski, lubelskie',
    );
  });

  it('names a city with powiat rights as a city, not "powiat Lublin"', () => {
    const lublin: TerritorialUnitSummary = {
      ...ref('0663', 'powiat', 'Lublin', true),
      description: 'miasto na prawach powiatu',
      gminaKind: null,
      parentCode: '06',
      ancestors: [lubelskie],
    };
    expect(unitLabel(lublin, pl)).toBe('miasto na prawach powiatu Lublin, lubelskie');
    expect(unitKindKey(lublin)).toBe('cityPowiat');
  });

  it('names a voivodeship on its own in full', () => {
    const alone: TerritorialUnitSummary = {
      ...lubelskie,
      description: 'województwo',
      gminaKind: null,
      parentCode: null,
      ancestors: [],
    };
    expect(unitLabel(alone, pl)).toBe('województwo lubelskie');
    expect(unitKindKey(alone)).toBe('voivodeship');
  });
});
