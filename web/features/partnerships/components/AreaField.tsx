import { ActionIcon, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerritorialUnitSummary, TerritorialUnitView } from '../../../../common/contracts/territory';
import { fieldError } from '../../../components/ErrorSummary';
import { TerritoryPicker } from '../../../components/TerritoryPicker';
import { ApiError, api } from '../../../lib/api';
import { unitLabel } from '../../../lib/territory-label';

/** The message about the area as a whole or the first of its units (`area.0`, `area.1`…), shown at the picker. */
export function areaError(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return fieldError(error, 'area') ?? error.fields.find((f) => f.field.startsWith('area.'))?.message;
}

/** The partnership's area: units chosen one at a time with the shared picker, each removable. */
export function AreaField({
  value,
  onChange,
  error,
}: {
  value: TerritorialUnitSummary[];
  onChange: (units: TerritorialUnitSummary[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('partnerships');
  const { t: tTerritory } = useTranslation('territory');
  const [picked, setPicked] = useState<string | null>(null);
  const add = async (code: string | null) => {
    setPicked(code);
    if (!code || value.some((u) => u.code === code)) return;
    const unit = await api<TerritorialUnitView>('GET', `/api/territory/units/${code}`);
    onChange([...value, unit]);
    setPicked(null);
  };
  return (
    <Stack gap="xs">
      <TerritoryPicker
        id="field-area"
        label={t('form.areaAdd')}
        description={t('form.areaHint')}
        value={picked}
        onChange={(code) => void add(code)}
        levels={['voivodeship', 'powiat', 'gmina']}
        error={error}
        required={value.length === 0}
      />
      {value.map((unit) => (
        <Group key={unit.code} gap="xs">
          <Text size="sm">{unitLabel(unit, tTerritory)}</Text>
          <ActionIcon
            variant="subtle"
            color="red.9"
            aria-label={t('form.areaRemove', { name: unit.name })}
            onClick={() => onChange(value.filter((u) => u.code !== unit.code))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}
