import { Alert, Badge, Group, Loader, Select, Stack, Table, Tabs, Text, Textarea } from '@mantine/core';
import { notFound, useLocation, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type GroupOutcome,
  type GroupView,
  groupOutcomes,
} from '../../../../common/contracts/cooperation-groups';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useCloseGroup, useGroup } from '../api/groups';
import { DelegatesTab } from './DelegatesTab';
import { MeetingsTab } from './MeetingsTab';
import { TasksTab } from './TasksTab';

/** The tabs a link may open by its hash. */
const tabs = ['summary', 'delegates', 'meetings', 'tasks'];

/**
 * A group's page. The coordinating OPS sees the whole record; a member institution its part
 * (the API leaves out the rest). Buttons follow the API's abilities; a closed group is read-only.
 */
export function GroupDetailPage() {
  const { id } = useParams({ from: '/authed/cooperation-groups/$id' });
  const { t } = useTranslation('cooperationGroups');
  const group = useGroup(id);
  // A link may open a tab by its hash (#tasks from the home page's worklist).
  const hash = useLocation({ select: (location) => location.hash });
  if (group.error instanceof ApiError && group.error.status === 404) throw notFound();
  if (!group.data)
    return group.error ? (
      <Text role="alert">{group.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  const view = group.data;
  return (
    <Stack>
      <PageHeader title={view.label} />
      <Group gap="xs">
        <Badge
          color={view.status === 'active' ? 'teal.9' : 'gray.8'}
          variant="outline"
          data-testid="group-status"
        >
          {t(`status.${view.status}`)}
        </Badge>
        <Text size="sm">
          {t(`subjectKind.${view.subjectKind}`)} · {t(`viewer.${view.viewer}`)}
        </Text>
      </Group>
      {view.status === 'closed' && (
        <Alert color="gray" variant="outline">
          {t('detail.readOnly')}
        </Alert>
      )}
      {view.viewer === 'member' && (
        <Alert color="blue" variant="outline">
          {t('detail.memberView')}
        </Alert>
      )}
      <Tabs defaultValue={tabs.includes(hash) ? hash : 'summary'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="summary">{t('detail.tabs.summary')}</Tabs.Tab>
          <Tabs.Tab value="delegates">{t('detail.tabs.delegates')}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t('detail.tabs.meetings')}</Tabs.Tab>
          <Tabs.Tab value="tasks">{t('detail.tabs.tasks')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="summary" pt="md">
          <SummaryTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="delegates" pt="md">
          <DelegatesTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          <MeetingsTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <TasksTab view={view} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function SummaryTab({ view }: { view: GroupView }) {
  const { t } = useTranslation('cooperationGroups');
  const rows: [string, string | null][] = [
    [t('detail.ops'), view.ops.name],
    [t('detail.coordinatorName'), view.coordinatorName],
    [t('detail.partnerTeam'), view.partnerTeam.name],
    [t('detail.situation'), view.situation],
    [t('detail.internalNotes'), view.internalNotes],
    [t('detail.result'), view.outcome && t(`outcome.${view.outcome}`)],
    [t('detail.resultSummary'), view.resultSummary],
    [t('detail.closedAt'), view.closedAt && formatDateTime(view.closedAt)],
  ];
  return (
    <Stack>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w={240}>
                  {label}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {view.abilities.close && <CloseGroup view={view} />}
    </Stack>
  );
}

/** Closing asks for confirmation, with the result in the dialog. */
function CloseGroup({ view }: { view: GroupView }) {
  const { t } = useTranslation('cooperationGroups');
  const close = useCloseGroup(view.id);
  const [outcome, setOutcome] = useState<GroupOutcome | null>(null);
  const [resultSummary, setResultSummary] = useState('');
  return (
    <Group>
      <ConfirmAction
        label={t('detail.close')}
        title={t('detail.closeTitle')}
        message={t('detail.closeMessage')}
        confirmLabel={t('detail.closeConfirm')}
        loading={close.isPending}
        confirmDisabled={!outcome || !resultSummary.trim()}
        onConfirm={() =>
          close
            .mutateAsync({ version: view.version, outcome: outcome ?? 'resolved', resultSummary })
            .catch(() => null)
        }
      >
        <ErrorSummary error={close.error} />
        <Select
          id="field-outcome"
          label={t('detail.result')}
          required
          data={groupOutcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
          value={outcome}
          onChange={(v) => setOutcome(v as GroupOutcome | null)}
          comboboxProps={{ withinPortal: false }}
          error={fieldError(close.error, 'outcome')}
        />
        <Textarea
          id="field-resultSummary"
          label={t('detail.resultSummary')}
          required
          autosize
          minRows={3}
          value={resultSummary}
          onChange={(e) => setResultSummary(e.currentTarget.value)}
          error={fieldError(close.error, 'resultSummary')}
        />
      </ConfirmAction>
    </Group>
  );
}
