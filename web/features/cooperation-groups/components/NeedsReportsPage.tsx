import {
  ActionIcon,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NeedCategory,
  type NeedsReportView,
  needCategories,
} from '../../../../common/contracts/cooperation-groups';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useConveningOptions } from '../api/groups';
import { useNeedsReports, useSubmitNeedsReport } from '../api/reports';
import { CooperationLinks } from './CooperationLinks';

/** Records of needs and problems the OPS sent to the ROPS: sent here by the OPS, read by both. */
export function NeedsReportsPage() {
  const { t } = useTranslation('cooperationGroups');
  const [page, setPage] = useState(1);
  const list = useNeedsReports(page);
  return (
    <Stack>
      <PageHeader title={t('needs.title')} />
      <Text size="sm">{t('needs.intro')}</Text>
      <CooperationLinks />
      <ReportForm />
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {list.data?.total === 0 && <EmptyState title={t('needs.empty')} hint={t('needs.emptyHint')} />}
      {list.data?.items.map((r) => (
        <Report key={r.id} report={r} />
      ))}
      {list.data && list.data.total > 0 && (
        <ListPager total={list.data.total} page={page} pageSize={list.data.pageSize} onChange={setPage} />
      )}
    </Stack>
  );
}

function Report({ report }: { report: NeedsReportView }) {
  const { t } = useTranslation('cooperationGroups');
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`report-${report.id}`}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={`report-${report.id}`}>
          {report.ops.name} → {report.rops.name}: {formatDate(report.periodFrom)} –{' '}
          {formatDate(report.periodTo)}
        </Title>
        <Text size="xs">
          {t('needs.submittedBy', {
            name: report.submittedByName ?? '—',
            date: formatDateTime(report.submittedAt),
          })}
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Caption>{t('needs.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('needs.category')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('needs.count')}
                </Table.Th>
                <Table.Th scope="col">{t('needs.unmetNeeds')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.items.map((item) => (
                <Table.Tr key={`${item.category}-${item.unmetNeeds}`}>
                  <Table.Td>{t(`needs.categories.${item.category}`)}</Table.Td>
                  <Table.Td ta="right">{item.count}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{item.unmetNeeds}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {report.remarks && <Text size="sm">{report.remarks}</Text>}
      </Stack>
    </Paper>
  );
}

interface ItemDraft {
  key: number;
  category: NeedCategory | null;
  count: number | string;
  unmetNeeds: string;
}

/** Sending is final, so it asks for confirmation; the OPS chooses the ROPS of its voivodeship. */
function ReportForm() {
  const { t } = useTranslation('cooperationGroups');
  const { can } = useSession();
  const options = useConveningOptions(can('cooperationGroups.manage'));
  const submit = useSubmitNeedsReport();
  const [opened, setOpened] = useState(false);
  const [values, setValues] = useState({
    opsInstitutionId: '',
    ropsInstitutionId: '',
    periodFrom: '',
    periodTo: '',
    remarks: '',
  });
  const [items, setItems] = useState<ItemDraft[]>([{ key: 0, category: null, count: '', unmetNeeds: '' }]);
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const setItem = (key: number, patch: Partial<ItemDraft>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const conveners = options.data?.conveners ?? [];
  if (conveners.length === 0) return null;
  const convener = conveners.find((c) => c.ops.id === values.opsInstitutionId) ?? conveners[0]!;
  if (!opened)
    return (
      <Group>
        <Button onClick={() => setOpened(true)}>{t('needs.add')}</Button>
      </Group>
    );
  const send = () =>
    submit
      .mutateAsync({
        ...values,
        opsInstitutionId: convener.ops.id,
        items: items.map((i) => ({
          category: i.category as NeedCategory,
          count: typeof i.count === 'number' ? i.count : Number.NaN,
          unmetNeeds: i.unmetNeeds,
        })),
      })
      .then(() => setOpened(false))
      .catch(() => null);
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={(e) => e.preventDefault()}
      noValidate
      aria-label={t('needs.add')}
    >
      <Stack>
        <ErrorSummary error={submit.error} />
        {conveners.length > 1 && (
          <Select
            id="field-opsInstitutionId"
            label={t('needs.ops')}
            allowDeselect={false}
            data={conveners.map((c) => ({ value: c.ops.id, label: c.ops.name }))}
            value={convener.ops.id}
            onChange={(v) => set('opsInstitutionId', v ?? '')}
          />
        )}
        <Select
          id="field-ropsInstitutionId"
          label={t('needs.rops')}
          required
          data={convener.rops.map((r) => ({ value: r.id, label: r.name }))}
          value={values.ropsInstitutionId || null}
          onChange={(v) => set('ropsInstitutionId', v ?? '')}
          error={fieldError(submit.error, 'ropsInstitutionId')}
        />
        <Group grow>
          <TextInput
            id="field-periodFrom"
            type="date"
            label={t('needs.periodFrom')}
            required
            value={values.periodFrom}
            onChange={(e) => set('periodFrom', e.currentTarget.value)}
            error={fieldError(submit.error, 'periodFrom')}
          />
          <TextInput
            id="field-periodTo"
            type="date"
            label={t('needs.periodTo')}
            required
            value={values.periodTo}
            onChange={(e) => set('periodTo', e.currentTarget.value)}
            error={fieldError(submit.error, 'periodTo')}
          />
        </Group>
        <Text fw={600}>{t('needs.items')}</Text>
        {items.map((item, index) => (
          <Paper
            key={item.key}
            withBorder
            p="sm"
            role="group"
            aria-label={`${t('needs.items')} ${index + 1}`}
          >
            <Stack gap="xs">
              <Group grow align="start">
                <Select
                  id={`field-items.${index}.category`}
                  label={t('needs.category')}
                  required
                  data={needCategories.map((c) => ({ value: c, label: t(`needs.categories.${c}`) }))}
                  value={item.category}
                  onChange={(v) => setItem(item.key, { category: v as NeedCategory | null })}
                  error={fieldError(submit.error, `items.${index}.category`)}
                />
                <NumberInput
                  id={`field-items.${index}.count`}
                  label={t('needs.count')}
                  required
                  min={0}
                  allowDecimal={false}
                  value={item.count}
                  onChange={(v) => setItem(item.key, { count: v })}
                  error={fieldError(submit.error, `items.${index}.count`)}
                />
              </Group>
              <Textarea
                id={`field-items.${index}.unmetNeeds`}
                label={t('needs.unmetNeeds')}
                required
                autosize
                value={item.unmetNeeds}
                onChange={(e) => setItem(item.key, { unmetNeeds: e.currentTarget.value })}
                error={fieldError(submit.error, `items.${index}.unmetNeeds`)}
              />
              {items.length > 1 && (
                <Group>
                  <ActionIcon
                    variant="default"
                    aria-label={t('needs.removeItem')}
                    onClick={() => setItems((all) => all.filter((i) => i.key !== item.key))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              )}
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() =>
              setItems((all) => [
                ...all,
                { key: Math.max(...all.map((i) => i.key)) + 1, category: null, count: '', unmetNeeds: '' },
              ])
            }
          >
            {t('needs.addItem')}
          </Button>
        </Group>
        <Textarea
          id="field-remarks"
          label={t('needs.remarks')}
          autosize
          value={values.remarks}
          onChange={(e) => set('remarks', e.currentTarget.value)}
          error={fieldError(submit.error, 'remarks')}
        />
        <Group>
          <ConfirmAction
            label={t('needs.submit')}
            title={t('needs.submitTitle')}
            message={t('needs.submitMessage')}
            confirmLabel={t('needs.submit')}
            color="blue"
            variant="filled"
            loading={submit.isPending}
            onConfirm={send}
          />
          <Button variant="default" onClick={() => setOpened(false)}>
            {t('needs.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
