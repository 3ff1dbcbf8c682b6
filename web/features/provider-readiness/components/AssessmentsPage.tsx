import { Button, Group, Loader, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readinessStatuses } from '../../../../common/enums';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { type AssessmentSearch, useAssessments } from '../api/list-assessments';
import { AssessmentsTable } from './AssessmentsTable';
import { StartAssessment } from './StartAssessment';

/** A provider's own assessments, or an OWES's queue of those to verify, with search and state filters. */
export function AssessmentsPage() {
  const { t } = useTranslation('providerReadiness');
  const search = useSearch({ from: '/authed/readiness' });
  const navigate = useNavigate({ from: '/readiness' });
  const list = useAssessments(search);
  const view = search.view ?? 'own';
  const filtered = Boolean(search.q || search.status);
  const apply = (next: AssessmentSearch) => navigate({ search: { view: search.view, ...next } });

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={list.data && <StartAssessment startFor={list.data.startFor} />}
      />
      <Text size="sm">{t('intro')}</Text>
      <SegmentedControl
        aria-label={t('views.label')}
        value={view}
        onChange={(value) =>
          navigate({ search: { view: value === 'own' ? undefined : (value as 'verification') } })
        }
        data={[
          { value: 'own', label: t('views.own') },
          { value: 'verification', label: t('views.verification') },
        ]}
        w="fit-content"
      />
      <Filters search={search} onApply={apply} />
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data?.total === 0 && (
        <EmptyState
          title={t('list.empty')}
          hint={
            filtered
              ? t('list.emptyFiltered')
              : t(view === 'own' ? 'list.emptyOwn' : 'list.emptyVerification')
          }
        />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <AssessmentsTable items={list.data.items} />
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

function Filters({
  search,
  onApply,
}: {
  search: AssessmentSearch;
  onApply: (next: AssessmentSearch) => void;
}) {
  const { t } = useTranslation('providerReadiness');
  const [q, setQ] = useState(search.q ?? '');
  const [status, setStatus] = useState<string | null>(search.status ?? null);
  useEffect(() => {
    setQ(search.q ?? '');
    setStatus(search.status ?? null);
  }, [search.q, search.status]);
  return (
    <form
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply({
          ...(q.trim() && { q: q.trim() }),
          ...(status && { status: status as AssessmentSearch['status'] }),
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
          placeholder={t('filters.allStatuses')}
          data={readinessStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
        />
        <Button type="submit">{t('filters.search')}</Button>
        <Button variant="default" onClick={() => onApply({})}>
          {t('filters.clear')}
        </Button>
      </Group>
    </form>
  );
}
