import { Button, Loader, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { usePartnerships } from '../api/list-partnerships';
import { UnsignedAgreements } from './agreement/UnsignedAgreements';
import { PartnershipFilters } from './PartnershipFilters';
import { PartnershipsTable } from './PartnershipsTable';

/** Every partnership's public card, filtered by kind, territory, step and "mine". */
export function PartnershipsListPage() {
  const { t } = useTranslation('partnerships');
  const search = useSearch({ from: '/authed/partnerships' });
  const navigate = useNavigate({ from: '/partnerships' });
  const { can } = useSession();
  const list = usePartnerships(search);
  const filtered = Boolean(search.q || search.kind || search.territory || search.step || search.mine);

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={
          can('partnerships.create') && (
            <Button component={Link} to="/partnerships/new">
              {t('list.add')}
            </Button>
          )
        }
      />
      <UnsignedAgreements />
      <PartnershipFilters
        search={search}
        onApply={(filters) => navigate({ search: (prev) => ({ sort: prev.sort, ...filters }) })}
      />
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data && list.data.total === 0 && (
        <EmptyState
          title={t('list.empty')}
          hint={
            filtered
              ? t('list.emptyFiltered')
              : can('partnerships.create')
                ? t('list.emptyCreate')
                : undefined
          }
        />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <PartnershipsTable
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
