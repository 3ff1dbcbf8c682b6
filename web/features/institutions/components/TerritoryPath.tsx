import { useTranslation } from 'react-i18next';
import type { InstitutionTerritory } from '../../../../common/contracts/institutions';

/** "gm. Janów Lubelski, pow. janowski, woj. lubelskie": where an institution works, from the unit up. */
export function TerritoryPath({ territory }: { territory: InstitutionTerritory }) {
  const { t } = useTranslation('institutions');
  const parts = [
    territory.level === 'gminaPart' ? territory.name : null,
    territory.gmina && t('territoryParts.gmina', { name: territory.gmina.name }),
    territory.powiat && t('territoryParts.powiat', { name: territory.powiat.name }),
    t('territoryParts.voivodeship', { name: territory.voivodeship.name.toLowerCase() }),
  ];
  return <>{parts.filter(Boolean).join(', ')}</>;
}
