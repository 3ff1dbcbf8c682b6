import {
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MonthStatus,
  modelProducts,
  type PilotView,
  type TestingView,
} from '../../../../common/contracts/pilots';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useTesting, useTestingChange } from '../api/pilots';

const statusColour: Record<MonthStatus, string> = {
  filed: 'teal.9',
  // Mantine's orange.9 falls short of 4.5:1 under white text at badge size: a darker amber.
  late: '#9a3412',
  missing: 'red.9',
  due: 'blue.9',
  upcoming: 'gray.8',
};

/** The monthly reports: a grid of sites by month showing what is filed, late or missing, and the filing form. */
export function ReportsTab({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  const testing = useTesting(pilot.id, pilot.abilities.readTesting);
  if (!pilot.abilities.readTesting) return <Text size="sm">{t('reports.noAccess')}</Text>;
  if (testing.error) return <Text role="alert">{testing.error.message}</Text>;
  if (!testing.data) return <Text size="sm">{t('loading')}</Text>;
  if (testing.data.grid.length === 0) return <EmptyState title={t('reports.empty')} />;
  return (
    <Stack>
      {pilot.abilities.reportSites.length > 0 && <FileReport pilot={pilot} testing={testing.data} />}
      <Grid testing={testing.data} />
      <Title order={2} size="h4">
        {t('reports.list')}
      </Title>
      {testing.data.reports.length === 0 ? (
        <EmptyState title={t('reports.none')} />
      ) : (
        testing.data.reports.map((r) => (
          <Paper key={r.id} withBorder p="sm" data-testid="site-report">
            <Text fw={600} size="sm">
              {r.siteName} – {t('fields.month')} {r.month} ({formatDate(r.filedOn)})
              {r.late && ` – ${t('monthStatuses.late')}`}
            </Text>
            <Text size="sm">
              {t('fields.modelProducts')}: {r.modelProducts.map((p) => t(`products.${p}`)).join(', ')}
            </Text>
            <Text size="sm">
              {t('fields.activities')}: {r.activities}
            </Text>
            <Text size="sm">
              {t('fields.cooperation')}: {r.cooperation}
            </Text>
            {r.difficulties && (
              <Text size="sm">
                {t('fields.difficulties')}: {r.difficulties}
              </Text>
            )}
            {r.proposals && (
              <Text size="sm">
                {t('fields.proposals')}: {r.proposals}
              </Text>
            )}
          </Paper>
        ))
      )}
    </Stack>
  );
}

function Grid({ testing }: { testing: TestingView }) {
  const { t } = useTranslation('pilots');
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('reports.grid')}
      </Title>
      <Text size="xs">{t('reports.gridHint')}</Text>
      {/* A focusable region, so keyboard users can scroll the 14 months sideways. */}
      <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('reports.grid')}>
        <Table withTableBorder withColumnBorders miw={1100} data-testid="reports-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.site')}</Table.Th>
              {testing.months.map((m) => (
                <Table.Th key={m.month} title={`${formatDate(m.from)} – ${formatDate(m.to)}`}>
                  {m.month}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {testing.grid.map((row) => (
              <Table.Tr key={row.candidateId}>
                <Table.Td>{row.name}</Table.Td>
                {row.months.map((m) => (
                  <Table.Td key={m.month} data-status={m.status}>
                    <Badge
                      size="xs"
                      variant={m.status === 'upcoming' ? 'outline' : 'filled'}
                      color={statusColour[m.status]}
                    >
                      {t(`monthStatuses.${m.status}`)}
                    </Badge>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Stack>
  );
}

function FileReport({ pilot, testing }: { pilot: PilotView; testing: TestingView }) {
  const { t } = useTranslation('pilots');
  const empty = {
    candidateId: '',
    month: '',
    modelProducts: [] as string[],
    activities: '',
    cooperation: '',
    difficulties: '',
    proposals: '',
  };
  const [form, setForm] = useState(empty);
  const file = useTestingChange<object>(pilot.id, 'reports');
  const sites = testing.grid.filter((g) => pilot.abilities.reportSites.includes(g.candidateId));
  const text = (field: 'activities' | 'cooperation' | 'difficulties' | 'proposals', required: boolean) => (
    <Textarea
      id={`field-${field}`}
      label={t(`fields.${field}`)}
      value={form[field]}
      onChange={(e) => setForm({ ...form, [field]: e.currentTarget.value })}
      withAsterisk={required}
      autosize
      minRows={2}
      error={fieldError(file.error, field)}
    />
  );
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        aria-label={t('reports.fileTitle')}
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = await file
            .mutateAsync({
              ...form,
              candidateId: form.candidateId || undefined,
              month: form.month ? Number(form.month) : undefined,
            })
            .catch(() => undefined);
          if (saved) setForm(empty);
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            {t('reports.fileTitle')}
          </Title>
          <ErrorSummary error={file.error} />
          <Group grow align="flex-start">
            <Select
              id="field-candidateId"
              label={t('fields.site')}
              data={sites.map((s) => ({ value: s.candidateId, label: s.name }))}
              value={form.candidateId || null}
              onChange={(v) => setForm({ ...form, candidateId: v ?? '' })}
              withAsterisk
              error={fieldError(file.error, 'candidateId')}
            />
            <Select
              id="field-month"
              label={t('fields.month')}
              data={testing.months.map((m) => ({
                value: String(m.month),
                label: `${m.month} (${formatDate(m.from)} – ${formatDate(m.to)})`,
              }))}
              value={form.month || null}
              onChange={(v) => setForm({ ...form, month: v ?? '' })}
              withAsterisk
              error={fieldError(file.error, 'month')}
            />
          </Group>
          <Checkbox.Group
            id="field-modelProducts"
            label={t('fields.modelProducts')}
            value={form.modelProducts}
            onChange={(v) => setForm({ ...form, modelProducts: v })}
            withAsterisk
            error={fieldError(file.error, 'modelProducts')}
          >
            <Stack gap={4} mt={4}>
              {modelProducts.map((p) => (
                <Checkbox key={p} value={p} label={t(`products.${p}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          {text('activities', true)}
          {text('cooperation', true)}
          {text('difficulties', false)}
          {text('proposals', false)}
          <Group justify="flex-end">
            <Button type="submit" loading={file.isPending}>
              {t('reports.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
