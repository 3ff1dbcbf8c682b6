import { Button, Loader, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useInstitutions } from '../api/list-institutions';
import { InstitutionFilters } from './InstitutionFilters';
import { InstitutionsTable } from './InstitutionsTable';

/** The shared registry: search, filters, a sortable table with the count, and what to do when it is empty. */
export function InstitutionsListPage() {
  const { t } = useTranslation('institutions');
  const search = useSearch({ from: '/authed/institutions' });
  const navigate = useNavigate({ from: '/institutions' });
  const { can } = useSession();
  const list = useInstitutions(search);
  const filtered = Boolean(search.q || search.type || search.voivodeship || search.powiat || search.gmina);

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={
          can('institutions.create') && (
            <Button component={Link} to="/institutions/new">
              {t('list.add')}
            </Button>
          )
        }
      />
      <InstitutionFilters
        search={search}
        onApply={(filters) => navigate({ search: (prev) => ({ sort: prev.sort, ...filters }) })}
      />
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data && list.data.total === 0 && (
        <EmptyState
          title={t('list.empty')}
          hint={
            filtered ? t('list.emptyFiltered') : can('institutions.create') ? t('list.emptyAdmin') : undefined
          }
        />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <InstitutionsTable
            items={list.data.items}
            sort={search.sort ?? 'name'}
            onSort={(sort) => navigate({ search: (prev) => ({ ...prev, sort, page: undefined }) })}
          />
          <ListPager
            total={list.data.total}
            page={search.page ?? 1}
            pageSize={list.data.pageSize}
            onChange={(page) =>
              navigate({ search: (prev) => ({ ...prev, page: page > 1 ? page : undefined }) })
            }
          />
        </>
      )}
    </Stack>
  );
}
