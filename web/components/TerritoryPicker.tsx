import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TerritorialUnitListResponse,
  TerritorialUnitSummary,
  TerritorialUnitView,
} from '../../common/contracts/territory';
import type { TerritorialLevel } from '../../common/enums';
import { api, queryString } from '../lib/api';
import { unitLabel } from '../lib/territory-label';

/** The register changes once a year: answers stay fresh while the form is open. */
const STALE = 10 * 60_000;
const MIN_QUERY = 2;
const RESULTS = 20;

export interface TerritoryPickerProps {
  label: string;
  /** The TERYT code chosen, or null. */
  value: string | null;
  onChange: (code: string | null) => void;
  /** The levels that may be chosen, e.g. `['gmina']` or `['powiat', 'gmina']`; all when absent. */
  levels?: TerritorialLevel[];
  /** The input's id: `field-<apiFieldName>` lets the error summary link to it. */
  id?: string;
  description?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  clearable?: boolean;
}

/**
 * Chooses a unit of the TERYT register by typing part of its name or code. Each option names
 * the unit with where it lies ("gmina Janów Lubelski (gm. miejsko-wiejska), powiat janowski,
 * lubelskie"), since many gminas share a name. Asks the API itself, so any form can use it.
 */
export function TerritoryPicker({
  label,
  value,
  onChange,
  levels,
  id,
  description,
  error,
  required,
  disabled,
  clearable = true,
}: TerritoryPickerProps) {
  const { t } = useTranslation('territory');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);

  const selected = useQuery({
    queryKey: ['territory', 'unit', value],
    queryFn: () => api<TerritorialUnitView>('GET', `/api/territory/units/${encodeURIComponent(value ?? '')}`),
    enabled: Boolean(value),
    staleTime: STALE,
  });
  const selectedLabel = selected.data ? unitLabel(selected.data, t) : undefined;
  // Once a unit is chosen the box shows its label: that is no query to search for.
  const query = debounced.length >= MIN_QUERY && debounced !== selectedLabel ? debounced : '';

  const results = useQuery({
    queryKey: ['territory', 'picker', query, levels],
    queryFn: () =>
      api<TerritorialUnitListResponse>(
        'GET',
        `/api/territory/units${queryString({ q: query, level: levels?.join(','), pageSize: RESULTS })}`,
      ),
    enabled: query !== '',
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });

  const options = useMemo(() => {
    const units: TerritorialUnitSummary[] = [
      ...(selected.data ? [selected.data] : []),
      ...(query ? (results.data?.items ?? []) : []),
    ];
    const unique = new Map(units.map((unit) => [unit.code, { value: unit.code, label: unitLabel(unit, t) }]));
    return [...unique.values()];
  }, [selected.data, results.data, query, t]);

  const busy = (query !== '' && results.isFetching) || (Boolean(value) && selected.isLoading);
  const nothingFound = results.error
    ? t('picker.loadError')
    : query === ''
      ? t('picker.typeMore')
      : busy
        ? t('picker.searching')
        : t('picker.nothingFound');

  return (
    <Select
      id={id}
      label={label}
      description={description}
      error={error}
      required={required}
      disabled={disabled}
      clearable={clearable}
      searchable
      placeholder={t('picker.placeholder')}
      value={value}
      onChange={(code) => onChange(code)}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      // The API has already filtered by name and code; Select would filter again by label only.
      filter={({ options: all }) => all}
      nothingFoundMessage={nothingFound}
      rightSection={busy ? <Loader size="xs" aria-label={t('picker.searching')} /> : undefined}
      aria-busy={busy}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
