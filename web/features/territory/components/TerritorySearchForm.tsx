import { Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The search box: a name (any case, with or without Polish letters) or the start of a TERYT code. */
export function TerritorySearchForm({ q, onSearch }: { q?: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('territory');
  const [value, setValue] = useState(q ?? '');
  // The back button changes the address: the box shows what is searched.
  useEffect(() => setValue(q ?? ''), [q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };

  return (
    <form onSubmit={submit}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          id="territory-search"
          label={t('search.label')}
          description={t('search.hint')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          maxLength={100}
          style={{ flex: '1 1 320px' }}
        />
        <Button type="submit">{t('search.submit')}</Button>
        {q && (
          <Button variant="default" onClick={() => onSearch('')}>
            {t('search.clear')}
          </Button>
        )}
      </Group>
    </form>
  );
}
