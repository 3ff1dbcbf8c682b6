import { Anchor, Button, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffingNeedStatuses } from '../../../../common/enums';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { type NeedSearch, useNeeds } from '../api/needs';
import { DeclareNeed } from './DeclareNeed';
import { NeedsTable } from './NeedsTable';

/** Every provider's declared staffing needs, searchable, with the form to declare one's own. */
export function StaffingNeedsPage() {
  const { t } = useTranslation('staffingNeeds');
  const search = useSearch({ from: '/authed/staffing' });
  const navigate = useNavigate({ from: '/staffing' });
  const list = useNeeds(search);
  const filtered = Boolean(search.q || search.status);
  return (
    <Stack>
      <PageHeader title={t('title')} />
      <Text size="sm">{t('intro')}</Text>
      <Anchor component={Link} to="/staffing/diagnosis">
        {t('diagnosisLink')}
      </Anchor>
      {list.data && <DeclareNeed declareFor={list.data.declareFor} />}
      <Filters search={search} onApply={(next) => navigate({ search: next })} />
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data?.total === 0 && (
        <EmptyState
          title={t('empty')}
          hint={filtered ? t('emptyFiltered') : list.data.declareFor.length ? t('emptyDeclare') : undefined}
        />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <NeedsTable items={list.data.items} />
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

function Filters({ search, onApply }: { search: NeedSearch; onApply: (next: NeedSearch) => void }) {
  const { t } = useTranslation('staffingNeeds');
  const [q, setQ] = useState(search.q ?? '');
  const [status, setStatus] = useState<string | null>(search.status ?? 'open');
  useEffect(() => {
    setQ(search.q ?? '');
    setStatus(search.status ?? 'open');
  }, [search.q, search.status]);
  return (
    <form
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply({
          ...(q.trim() && { q: q.trim() }),
          ...(status && status !== 'open' && { status: status as NeedSearch['status'] }),
        });
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput
          id="filter-q"
          label={t('filters.q')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Select
          id="filter-status"
          label={t('filters.status')}
          data={[...staffingNeedStatuses, 'all'].map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={status}
          onChange={setStatus}
          allowDeselect={false}
        />
        <Button type="submit">{t('filters.search')}</Button>
        <Button variant="default" onClick={() => onApply({})}>
          {t('filters.clear')}
        </Button>
      </Group>
    </form>
  );
}
