import { Stack, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { TerritoryBrowser } from './TerritoryBrowser';
import { TerritorySearchForm } from './TerritorySearchForm';
import { TerritorySearchResults } from './TerritorySearchResults';

/**
 * The TERYT register: browse from the voivodeships down, or search by name or code. The address
 * holds the open unit or the search, so links can be shared and the back button retraces steps.
 */
export function TerritoryPage() {
  const { t } = useTranslation('territory');
  const search = useSearch({ from: '/authed/territory' });
  const navigate = useNavigate({ from: '/territory' });

  return (
    <Stack>
      <PageHeader title={t('title')} />
      <Text maw={760}>{t('intro')}</Text>
      <TerritorySearchForm q={search.q} onSearch={(q) => navigate({ search: q ? { q } : {} })} />
      {search.q ? (
        <TerritorySearchResults
          q={search.q}
          page={search.page ?? 1}
          onPage={(page) => navigate({ search: (prev) => ({ ...prev, page: page > 1 ? page : undefined }) })}
        />
      ) : (
        <TerritoryBrowser unitCode={search.unit} />
      )}
    </Stack>
  );
}
