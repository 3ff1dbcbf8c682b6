import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionType } from '../../../../common/enums';
import { useInstitutionSearch } from '../api/search-institutions';

export interface ChosenInstitution {
  id: string;
  name: string;
  type: InstitutionType;
}

/** Picks an institution of the registry by name; the chosen one's type feeds the kind's requirements. */
export function InstitutionSelect({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: ChosenInstitution | null;
  onChange: (institution: ChosenInstitution | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('partnerships');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const query = debounced !== value?.name ? debounced : '';
  const found = useInstitutionSearch(query);
  const options = new Map<string, ChosenInstitution>(value ? [[value.id, value]] : []);
  for (const item of found.data?.items ?? [])
    options.set(item.id, { id: item.id, name: item.name, type: item.type });
  return (
    <Select
      id={id}
      label={label}
      withAsterisk
      searchable
      clearable
      placeholder={t('form.institutionSearch')}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(chosen) => onChange(chosen ? (options.get(chosen) ?? null) : null)}
      data={[...options.values()].map((o) => ({
        value: o.id,
        label: `${o.name} (${t(`types.${o.type}`, { ns: 'institutions' })})`,
      }))}
      filter={({ options: all }) => all}
      nothingFoundMessage={query.length >= 2 ? t('form.noInstitutions') : t('form.institutionSearch')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
