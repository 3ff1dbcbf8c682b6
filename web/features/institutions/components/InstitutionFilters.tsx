import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { institutionStatusFilters } from '../../../../common/contracts/institutions';
import { institutionTypes } from '../../../../common/enums';
import type { InstitutionSearch } from '../api/list-institutions';

/** The filters the list page keeps in the address; the territory one fills the API's field of its length. */
type Filters = Pick<InstitutionSearch, 'q' | 'type' | 'voivodeship' | 'powiat' | 'gmina' | 'status'>;

const territoryParam = { 2: 'voivodeship', 4: 'powiat', 7: 'gmina' } as const;

function territoryFilter(code: string): Pick<Filters, 'voivodeship' | 'powiat' | 'gmina'> | null {
  const trimmed = code.trim();
  if (trimmed === '') return {};
  const param = territoryParam[trimmed.length as keyof typeof territoryParam];
  return param && /^\d+$/.test(trimmed) ? { [param]: trimmed } : null;
}

/**
 * Search box and filters. Until the shared territory picker exists, the area is given as a
 * TERYT code of 2, 4 or 7 digits.
 */
export function InstitutionFilters({
  search,
  onApply,
}: {
  search: InstitutionSearch;
  onApply: (f: Filters) => void;
}) {
  const { t } = useTranslation('institutions');
  const [q, setQ] = useState(search.q ?? '');
  const [types, setTypes] = useState(search.type?.split(',') ?? []);
  const [territory, setTerritory] = useState(search.gmina ?? search.powiat ?? search.voivodeship ?? '');
  const [status, setStatus] = useState(search.status ?? 'active');
  const [territoryError, setTerritoryError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const area = territoryFilter(territory);
    setTerritoryError(area === null);
    if (area === null) return;
    onApply({ q: q.trim() || undefined, type: types.join(',') || undefined, status, ...area });
  };

  const clear = () => {
    setQ('');
    setTypes([]);
    setTerritory('');
    setStatus('active');
    setTerritoryError(false);
    onApply({});
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} role="search" aria-label={t('list.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput
          id="filter-q"
          label={t('list.search')}
          description={t('list.searchHint')}
          inputWrapperOrder={['label', 'input', 'description']}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <MultiSelect
          id="filter-type"
          label={t('list.typeFilter')}
          placeholder={types.length ? undefined : t('list.typeFilterPlaceholder')}
          searchable
          clearable
          data={institutionTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          value={types}
          onChange={setTypes}
        />
        <TextInput
          id="filter-territory"
          label={t('list.territoryFilter')}
          description={t('list.territoryFilterHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          inputMode="numeric"
          value={territory}
          onChange={(e) => setTerritory(e.currentTarget.value)}
          error={territoryError ? t('field.tercCode', { ns: 'errors' }) : undefined}
        />
        <Select
          id="filter-status"
          label={t('list.statusFilter')}
          allowDeselect={false}
          data={institutionStatusFilters.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={status}
          onChange={(value) => setStatus((value as typeof status | null) ?? 'active')}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">{t('search', { ns: 'common' })}</Button>
        <Button variant="default" onClick={clear}>
          {t('list.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
