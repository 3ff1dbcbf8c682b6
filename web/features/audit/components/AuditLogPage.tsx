import { Button, Loader, Stack, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AUDIT_COUNT_CAP, AUDIT_EXPORT_CAP } from '../../../../common/contracts/audit';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { type AuditSearch, auditExportUrl, useAuditEvents } from '../api/list-audit-events';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

const filtersOf = ({ page: _page, ...filters }: AuditSearch) => filters;

/** The audit log: filters kept in the address, the events newest first with the count, and the CSV export. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation('audit');
  const search = useSearch({ from: '/authed/audit' });
  const navigate = useNavigate({ from: '/audit' });
  const list = useAuditEvents(search);
  const filtered = Object.keys(filtersOf(search)).length > 0;
  const narrow = (filters: Partial<AuditSearch>) =>
    navigate({ search: (prev) => ({ ...filtersOf(prev), ...filters }) });
  const actorName = search.actorId
    ? (list.data?.items.find((e) => e.actor.id === search.actorId)?.actor.name ?? undefined)
    : undefined;
  const count = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'pl-PL');

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={
          <Button component="a" href={auditExportUrl(search)} download variant="outline">
            {t('export')}
          </Button>
        }
      />
      <Text size="sm">{t('intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('exportHint', { limit: count(AUDIT_EXPORT_CAP) })}
      </Text>
      <AuditFilters
        key={JSON.stringify(filtersOf(search))}
        search={search}
        actorName={actorName}
        error={list.error}
        onApply={(filters) => navigate({ search: filters })}
      />
      {list.error && <ErrorSummary error={list.error} />}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data && list.data.total === 0 && (
        <EmptyState title={t('empty')} hint={filtered ? t('emptyFiltered') : t('emptyAll')} />
      )}
      {list.data && list.data.total > 0 && (
        <>
          {list.data.totalCapped && (
            <Text size="sm" role="status">
              {t('capped', { limit: count(AUDIT_COUNT_CAP) })}
            </Text>
          )}
          <AuditTable
            items={list.data.items}
            onActor={(actorId) => narrow({ actorId })}
            onRecord={(entityType, entityId) => narrow({ entityType, entityId })}
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
