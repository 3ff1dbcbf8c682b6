import { Anchor, Button, Group, Loader, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupOutcomes, type MayorSummary } from '../../../../common/contracts/cooperation-groups';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { type SummarySearch, summaryPdfUrl, useMayorSummary } from '../api/reports';
import { CooperationLinks } from './CooperationLinks';

/** The mayor's periodic summary of the groups convened under the gmina's authorisations: counts only. */
export function MayorSummaryPage() {
  const { t } = useTranslation('cooperationGroups');
  const search = useSearch({ from: '/authed/cooperation-groups/summary' });
  const navigate = useNavigate({ from: '/cooperation-groups/summary' });
  const summary = useMayorSummary(search);
  return (
    <Stack>
      <PageHeader title={t('summary.title')} />
      <Text size="sm">{t('summary.intro')}</Text>
      <CooperationLinks />
      {summary.error && <ErrorSummary error={summary.error} />}
      {!summary.data && !summary.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {summary.data && !summary.data.jst && <EmptyState title={t('summary.noJst')} />}
      {summary.data?.jst && (
        <>
          <PeriodForm summary={summary.data} onApply={(s) => navigate({ search: s })} />
          <Counts summary={summary.data} />
          <Group>
            <Anchor
              href={summaryPdfUrl({
                jstInstitutionId: summary.data.jst.id,
                from: summary.data.from,
                to: summary.data.to,
              })}
              download
            >
              {t('summary.pdf')}
            </Anchor>
          </Group>
        </>
      )}
    </Stack>
  );
}

function PeriodForm({ summary, onApply }: { summary: MayorSummary; onApply: (s: SummarySearch) => void }) {
  const { t } = useTranslation('cooperationGroups');
  const [values, setValues] = useState({ jst: summary.jst?.id ?? '', from: summary.from, to: summary.to });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      jstInstitutionId: values.jst || undefined,
      from: values.from || undefined,
      to: values.to || undefined,
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t('summary.title')}>
      <Group align="end">
        {summary.options.length > 1 && (
          <Select
            id="field-jst"
            label={t('summary.jst')}
            allowDeselect={false}
            data={summary.options.map((o) => ({ value: o.id, label: o.name }))}
            value={values.jst}
            onChange={(v) => setValues((s) => ({ ...s, jst: v ?? '' }))}
          />
        )}
        <TextInput
          id="field-from"
          type="date"
          label={t('summary.from')}
          value={values.from}
          onChange={(e) => setValues((s) => ({ ...s, from: e.currentTarget.value }))}
        />
        <TextInput
          id="field-to"
          type="date"
          label={t('summary.to')}
          value={values.to}
          onChange={(e) => setValues((s) => ({ ...s, to: e.currentTarget.value }))}
        />
        <Button type="submit">{t('summary.show')}</Button>
      </Group>
    </Paper>
  );
}

function Counts({ summary }: { summary: MayorSummary }) {
  const { t } = useTranslation('cooperationGroups');
  const rows: [string, number][] = [
    [t('summary.convened'), summary.groups.convened],
    [t('summary.active'), summary.groups.active],
    [t('summary.closed'), summary.groups.closed],
    ...groupOutcomes.map((o): [string, number] => [
      `— ${t(`outcome.${o}`)}`,
      summary.groups.closedByOutcome[o],
    ]),
    [`${t('summary.tasks')}: ${t('summary.done')}`, summary.tasks.done],
    [`${t('summary.tasks')}: ${t('summary.overdue')}`, summary.tasks.overdue],
  ];
  return (
    <Table striped withTableBorder maw={640} data-testid="summary-counts">
      <Table.Caption>
        {summary.jst?.name} —{' '}
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
