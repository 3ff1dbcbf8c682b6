import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useActiveQualifications } from '../api/list-qualifications';
import { useServiceAreas } from '../api/list-service-areas';
import { useServiceTypes } from '../api/list-service-types';
import { AreaCards } from './AreaCards';
import { CatalogueFilters } from './CatalogueFilters';
import { ServiceTypesTable } from './ServiceTypesTable';

/**
 * The catalogue of social services: the areas with their legal basis, then the service types
 * with search, filters and pages, and where the same data is published as open data.
 */
export function CataloguePage() {
  const { t } = useTranslation('socialServices');
  const search = useSearch({ from: '/authed/catalogue' });
  const navigate = useNavigate({ from: '/catalogue' });
  const { can } = useSession();
  const areas = useServiceAreas();
  const qualifications = useActiveQualifications();
  const list = useServiceTypes(search);
  const manage = can('socialServices.manageCatalogue');

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={
          <Group>
            <ButtonLink to="/catalogue/qualifications" variant="default">
              {t('list.qualifications')}
            </ButtonLink>
            {manage && (
              <ButtonLink to="/catalogue/areas/new" variant="default">
                {t('areas.add')}
              </ButtonLink>
            )}
            {manage && <ButtonLink to="/catalogue/types/new">{t('list.add')}</ButtonLink>}
          </Group>
        }
      />
      <Text>{t('intro')}</Text>
      <Text size="sm">
        {t('openData')}{' '}
        <Anchor href="/api/hsds" target="_blank" rel="noopener" data-testid="hsds-link">
          {t('openDataLink')}
        </Anchor>
      </Text>
      {areas.data && (
        <AreaCards areas={areas.data.items} onChoose={(areaId) => navigate({ search: { areaId } })} />
      )}
      <CatalogueFilters
        key={JSON.stringify(search)}
        search={search}
        areas={areas.data?.items ?? []}
        qualifications={qualifications.data?.items ?? []}
        onApply={(filters) => navigate({ search: filters })}
      />
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data?.total === 0 && <EmptyState title={t('list.empty')} hint={t('list.emptyHint')} />}
      {list.data && list.data.total > 0 && (
        <>
          <ServiceTypesTable items={list.data.items} />
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
