import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { useUnits } from '../api/list-units';
import { UnitsTable } from './UnitsTable';

const PAGE_SIZE = 20;

/** Units matching a search, each with where it lies, and the count with the pager. */
export function TerritorySearchResults({
  q,
  page,
  onPage,
}: {
  q: string;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('territory');
  const results = useUnits({ q, page, pageSize: PAGE_SIZE });
  if (results.error) return <Text role="alert">{results.error.message}</Text>;
  if (!results.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  if (results.data.total === 0) return <EmptyState title={t('search.empty')} hint={t('search.emptyHint')} />;
  return (
    <>
      <UnitsTable items={results.data.items} caption={t('search.caption', { q })} withPath />
      <ListPager total={results.data.total} page={page} pageSize={results.data.pageSize} onChange={onPage} />
    </>
  );
}
