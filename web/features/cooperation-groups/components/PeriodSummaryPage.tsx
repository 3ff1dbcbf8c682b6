import { Anchor, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { groupOutcomes } from '../../../../common/contracts/cooperation-groups';
import type { PeriodSummaryView } from '../../../../common/contracts/cooperation-summaries';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime } from '../../../lib/format';
import { periodSummaryPdfUrl, usePeriodSummary } from '../api/period-summaries';

/** One quarter's summary for the mayor, as counted when the quarter had ended; opening it takes it off the home page. */
export function PeriodSummaryPage() {
  const { t } = useTranslation('cooperationGroups');
  const { id } = useParams({ from: '/authed/cooperation-groups/summaries/$id' });
  const query = usePeriodSummary(id);
  if (query.error) return <Text role="alert">{query.error.message}</Text>;
  if (!query.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  const s = query.data;
  const label = t('periodSummaries.quarterLabel', { quarter: s.quarter, year: s.year });
  return (
    <Stack>
      <PageHeader title={`${t('periodSummaries.one')}: ${label}`} />
      <Text>{s.jst.name}</Text>
      <Group>
        <Anchor component={Link} to="/cooperation-groups/summaries">
          {t('periodSummaries.back')}
        </Anchor>
        <Anchor href={periodSummaryPdfUrl(s.id)} download data-testid="period-summary-pdf">
          {t('summary.pdf')}
        </Anchor>
      </Group>
      <Counts summary={s} />
      <Text size="sm" c="dimmed">
        {t('periodSummaries.countedAt', { at: formatDateTime(s.countedAt) })}
      </Text>
    </Stack>
  );
}

function Counts({ summary }: { summary: PeriodSummaryView }) {
  const { t } = useTranslation('cooperationGroups');
  const rows: [string, number][] = [
    [t('summary.convened'), summary.groups.convened],
    [t('summary.active'), summary.groups.active],
    [t('summary.closed'), summary.groups.closed],
    ...groupOutcomes.map((o): [string, number] => [
      `— ${t(`outcome.${o}`)}`,
      summary.groups.closedByOutcome[o] ?? 0,
    ]),
    [`${t('summary.tasks')}: ${t('summary.done')}`, summary.tasks.done],
    [`${t('summary.tasks')}: ${t('summary.overdue')}`, summary.tasks.overdue],
  ];
  return (
    <Table striped withTableBorder maw={640} data-testid="summary-counts">
      <Table.Caption>
        {t('summary.caption', { from: formatDate(summary.from), to: formatDate(summary.to) })}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('summary.measure')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('summary.count')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" fw={400}>
              {label}
            </Table.Th>
            <Table.Td ta="right">{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
