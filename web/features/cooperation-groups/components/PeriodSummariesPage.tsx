import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodSummaryListResponse } from '../../../../common/contracts/cooperation-summaries';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { type PeriodSummarySearch, periodSummaryPdfUrl, usePeriodSummaries } from '../api/period-summaries';
import { CooperationLinks } from './CooperationLinks';

/**
 * The mayor's quarterly summaries of the cooperation groups, one per closed quarter, each kept as
 * counted when the quarter had ended: for the people of the gmina office.
 */
export function PeriodSummariesPage() {
  const { t } = useTranslation('cooperationGroups');
  const search = useSearch({ from: '/authed/cooperation-groups/summaries' });
  const navigate = useNavigate({ from: '/cooperation-groups/summaries' });
  const list = usePeriodSummaries(search);
  return (
    <Stack>
      <PageHeader title={t('periodSummaries.title')} />
      <Text size="sm">{t('periodSummaries.intro')}</Text>
      <CooperationLinks />
      {list.error && <ErrorSummary error={list.error} />}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data && !list.data.jst && <EmptyState title={t('summary.noJst')} />}
      {list.data?.jst && (
        <>
          <Filters
            key={JSON.stringify(search)}
            list={list.data}
            search={search}
            onApply={(s) => navigate({ search: s })}
          />
          {list.data.items.length === 0 ? (
            <EmptyState
              title={t('periodSummaries.empty')}
              hint={search.year ? t('periodSummaries.emptyFiltered') : t('periodSummaries.emptyHint')}
            />
          ) : (
            <SummaryTable list={list.data} />
          )}
          <ListPager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            onChange={(page) => navigate({ search: { ...search, page } })}
          />
        </>
      )}
    </Stack>
  );
}

function Filters({
  list,
  search,
  onApply,
}: {
  list: PeriodSummaryListResponse;
  search: PeriodSummarySearch;
  onApply: (s: PeriodSummarySearch) => void;
}) {
  const { t } = useTranslation('cooperationGroups');
  const [jst, setJst] = useState(list.jst?.id ?? '');
  const [year, setYear] = useState(search.year ? String(search.year) : '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const y = Number(year);
    onApply({ jstInstitutionId: jst || undefined, year: year && Number.isInteger(y) ? y : undefined });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t('periodSummaries.filters')}>
      <Group align="end">
        {list.options.length > 1 && (
          <Select
            id="summaries-jst"
            label={t('summary.jst')}
            allowDeselect={false}
            data={list.options.map((o) => ({ value: o.id, label: o.name }))}
            value={jst}
            onChange={(v) => setJst(v ?? '')}
          />
        )}
        <TextInput
          id="summaries-year"
          label={t('periodSummaries.year')}
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
          w={120}
        />
        <Button type="submit">{t('summary.show')}</Button>
        <Button variant="default" onClick={() => onApply({ jstInstitutionId: jst || undefined })}>
          {t('periodSummaries.clear')}
        </Button>
      </Group>
    </Paper>
  );
}

function SummaryTable({ list }: { list: PeriodSummaryListResponse }) {
  const { t } = useTranslation('cooperationGroups');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="period-summaries">
        <Table.Caption>{list.jst?.name}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('periodSummaries.quarter')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('summary.convened')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('summary.active')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('summary.closed')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('summary.overdue')}
            </Table.Th>
            <Table.Th scope="col">{t('periodSummaries.document')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((s) => {
            const label = t('periodSummaries.quarterLabel', { quarter: s.quarter, year: s.year });
            return (
              <Table.Tr key={s.id} data-testid="period-summary-row">
                <Table.Th scope="row" fw={400}>
                  <Anchor
                    renderRoot={(props) => (
                      <Link {...props} to="/cooperation-groups/summaries/$id" params={{ id: s.id }} />
                    )}
                  >
                    {label}
                  </Anchor>{' '}
                  {!s.opened && (
                    <Badge color="blue.9" variant="outline" size="sm">
                      {t('periodSummaries.new')}
                    </Badge>
                  )}
                  <Text size="xs">{`${formatDate(s.from)} – ${formatDate(s.to)}`}</Text>
                </Table.Th>
                <Table.Td ta="right">{s.groups.convened}</Table.Td>
                <Table.Td ta="right">{s.groups.active}</Table.Td>
                <Table.Td ta="right">{s.groups.closed}</Table.Td>
                <Table.Td ta="right">{s.tasks.overdue}</Table.Td>
                <Table.Td>
                  <Anchor
                    href={periodSummaryPdfUrl(s.id)}
                    download
                    aria-label={t('periodSummaries.pdfOf', { period: label })}
                  >
                    PDF
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
