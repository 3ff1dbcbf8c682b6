import { NativeSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../lib/session';
import { useChosenInstitution } from '../api/get-institution';
import { useInstitutionSearch } from '../api/search-institutions';

const MIN_SEARCH = 2;

type Membership = SessionUser['memberships'][number];

/**
 * Which institution's members to show. A member of several institutions chooses among their
 * own; the platform admin searches the whole registry by name.
 */
export function InstitutionPicker({
  value,
  own,
  searchAll,
  onChange,
}: {
  value: string | undefined;
  own: Membership[];
  searchAll: boolean;
  onChange: (institutionId: string | undefined) => void;
}) {
  const { t } = useTranslation('users');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const found = useInstitutionSearch(debounced, searchAll && debounced.length >= MIN_SEARCH);
  const chosen = useChosenInstitution(searchAll ? value : undefined);

  if (!searchAll)
    return (
      <NativeSelect
        id="users-institution"
        label={t('institution.label')}
        description={t('institution.hint')}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || undefined)}
        data={[
          { value: '', label: '—' },
          ...own.map((m) => ({ value: m.institutionId, label: m.institutionName })),
        ]}
        maw={520}
      />
    );

  const options = new Map(own.map((m) => [m.institutionId, m.institutionName]));
  if (chosen.data) options.set(chosen.data.id, chosen.data.name);
  for (const item of found.data?.items ?? []) options.set(item.id, item.name);

  return (
    <Select
      id="users-institution"
      label={t('institution.label')}
      description={t('institution.searchHint')}
      searchable
      clearable
      value={value ?? null}
      searchValue={query}
      onSearchChange={setQuery}
      onChange={(id) => onChange(id ?? undefined)}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      nothingFoundMessage={debounced.length >= MIN_SEARCH ? t('institution.none') : undefined}
      maw={520}
    />
  );
}
