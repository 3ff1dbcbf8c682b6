import { SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { readinessStatuses } from '../../../../common/enums';
import { FilterForm, useFilterDraft } from '../../../components/FilterForm';
import { ListResults, toPage } from '../../../components/ListResults';
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
      <ListResults
        query={list}
        page={search.page ?? 1}
        onPageChange={(page) => navigate({ search: toPage(page) })}
        empty={{
          title: t('list.empty'),
          hint: filtered
            ? t('list.emptyFiltered')
            : t(view === 'own' ? 'list.emptyOwn' : 'list.emptyVerification'),
        }}
      >
        {(data) => <AssessmentsTable items={data.items} />}
      </ListResults>
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
  const [draft, setDraft] = useFilterDraft<{ q: string; status: string | null }>({
    q: search.q ?? '',
    status: search.status ?? null,
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
          ...(draft.status && { status: draft.status as AssessmentSearch['status'] }),
        })
      }
      onClear={() => onApply({})}
    >
      <Select
        id="filter-status"
        label={t('filters.status')}
        placeholder={t('filters.allStatuses')}
        data={readinessStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        value={draft.status}
        onChange={(status) => setDraft({ status })}
        clearable
      />
    </FilterForm>
  );
}
