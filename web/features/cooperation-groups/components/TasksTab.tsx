import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type GroupTaskStatus,
  type GroupTaskView,
  type GroupView,
  groupTaskStatuses,
} from '../../../../common/contracts/cooperation-groups';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useCreateTask, useTaskStatus } from '../api/groups';

/** The tasks the viewer may see (all for the OPS, its own for a member), with their state. */
export function TasksTab({ view }: { view: GroupView }) {
  const { t } = useTranslation('cooperationGroups');
  const [adding, setAdding] = useState(false);
  return (
    <Stack>
      {view.abilities.manage &&
        (adding ? (
          <TaskForm view={view} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('tasks.add')}</Button>
          </Group>
        ))}
      {view.tasks.length === 0 && (
        <EmptyState title={view.viewer === 'member' ? t('tasks.noneMember') : t('tasks.none')} />
      )}
      {view.tasks.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tasks.title')}</Table.Th>
                <Table.Th scope="col">{t('tasks.institution')}</Table.Th>
                <Table.Th scope="col">{t('tasks.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('tasks.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.tasks.map((task) => (
                <TaskRow key={task.id} view={view} task={task} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function TaskRow({ view, task }: { view: GroupView; task: GroupTaskView }) {
  const { t } = useTranslation('cooperationGroups');
  const change = useTaskStatus(view.id);
  const [status, setStatus] = useState<GroupTaskStatus>(task.status);
  const [note, setNote] = useState(task.statusNote ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ taskId: task.id, status, note, version: task.version });
  };
  return (
    <Table.Tr data-testid={`task-${task.id}`}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {task.title}
        </Text>
        {task.description && <Text size="xs">{task.description}</Text>}
      </Table.Td>
      <Table.Td>{task.institutionName}</Table.Td>
      <Table.Td>
        {formatDate(task.dueOn)}{' '}
        {task.overdue && (
          <Badge color="red.9" variant="outline">
            {t('tasks.overdue')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {task.abilities.changeStatus ? (
          <form onSubmit={submit} aria-label={`${t('tasks.status')}: ${task.title}`}>
            <Stack gap="xs">
              <ErrorSummary error={change.error} />
              <Select
                id={`field-status-${task.id}`}
                label={t('tasks.status')}
                allowDeselect={false}
                data={groupTaskStatuses.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
                value={status}
                onChange={(v) => setStatus((v as GroupTaskStatus) ?? task.status)}
              />
              <TextInput
                id={`field-note-${task.id}`}
                label={t('tasks.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                error={fieldError(change.error, 'note')}
              />
              <Button type="submit" size="xs" loading={change.isPending}>
                {t('tasks.saveStatus')}
              </Button>
            </Stack>
          </form>
        ) : (
          <Text size="sm">
            {t(`taskStatus.${task.status}`)}
            {task.completedOn && ` (${t('tasks.completedOn', { date: formatDate(task.completedOn) })})`}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function TaskForm({ view, onDone }: { view: GroupView; onDone: () => void }) {
  const { t } = useTranslation('cooperationGroups');
  const create = useCreateTask(view.id);
  const [values, setValues] = useState({ memberId: '', title: '', description: '', dueOn: '' });
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const members = view.members.filter((m) => m.status !== 'declined');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await create
      .mutateAsync(values)
      .then(() => true)
      .catch(() => false);
    if (saved) onDone();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('tasks.add')}>
      <Stack>
        <ErrorSummary error={create.error} />
        <Select
          id="field-memberId"
          label={t('tasks.institution')}
          required
          data={members.map((m) => ({ value: m.id, label: m.institution.name }))}
          value={values.memberId || null}
          onChange={(v) => set('memberId', v ?? '')}
          error={fieldError(create.error, 'memberId')}
        />
        <TextInput
          id="field-title"
          label={t('tasks.title')}
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError(create.error, 'title')}
        />
        <Textarea
          id="field-description"
          label={t('tasks.description')}
          autosize
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={fieldError(create.error, 'description')}
        />
        <TextInput
          id="field-dueOn"
          type="date"
          label={t('tasks.dueOn')}
          required
          value={values.dueOn}
          onChange={(e) => set('dueOn', e.currentTarget.value)}
          error={fieldError(create.error, 'dueOn')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('tasks.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('tasks.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
