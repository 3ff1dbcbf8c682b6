import { Anchor, Select, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { staffingNeedStatuses } from '../../../../common/enums';
import { FilterForm, useFilterDraft } from '../../../components/FilterForm';
import { ListResults, toPage } from '../../../components/ListResults';
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
      <ListResults
        query={list}
        page={search.page ?? 1}
        onPageChange={(page) => navigate({ search: toPage(page) })}
        empty={{
          title: t('empty'),
          hint: filtered ? t('emptyFiltered') : list.data?.declareFor.length ? t('emptyDeclare') : undefined,
        }}
      >
        {(data) => <NeedsTable items={data.items} />}
      </ListResults>
    </Stack>
  );
}

function Filters({ search, onApply }: { search: NeedSearch; onApply: (next: NeedSearch) => void }) {
  const { t } = useTranslation('staffingNeeds');
  const [draft, setDraft] = useFilterDraft<{ q: string; status: string }>({
    q: search.q ?? '',
    status: search.status ?? 'open',
  });
  return (
    <FilterForm
      label={t('filters.label')}
      query={{ label: t('filters.q'), value: draft.q, onChange: (q) => setDraft({ q }) }}
      submitLabel={t('filters.search')}
      clearLabel={t('filters.clear')}
      onSubmit={() =>
        onApply({
          ...(draft.q.trim() && { q: draft.q.trim() }),
          ...(draft.status !== 'open' && { status: draft.status as NeedSearch['status'] }),
        })
      }
      onClear={() => onApply({})}
    >
      <Select
        id="filter-status"
        label={t('filters.status')}
        data={[...staffingNeedStatuses, 'all'].map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        value={draft.status}
        onChange={(status) => setDraft({ status: status ?? 'open' })}
        allowDeselect={false}
      />
    </FilterForm>
  );
}
