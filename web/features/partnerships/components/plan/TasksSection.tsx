import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView, TaskSort, TaskView } from '../../../../../common/contracts/partnership-plan';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { planTaskStatuses } from '../../../../../common/plan-catalogue';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { ListPager } from '../../../../components/ListPager';
import { SortableTh } from '../../../../components/SortableTh';
import { formatDate } from '../../../../lib/format';
import { type TaskFilters, usePlanChange, useTasks } from '../../api/plan';
import { enumOptions, memberOptions } from './options';
import { bodyOf, type FieldSpec, RecordForm } from './RecordForm';

/**
 * Step 7's tasks: responsible partner, dates, status (overdue marked) and what each waits for;
 * a page at a time, sorted and filtered by the API. The plan read still carries every task, for
 * the names of dependencies and the choices of "depends on".
 */
export function TasksSection({ view, plan }: { view: PartnershipView; plan: PlanView }) {
  const { t } = useTranslation('partnershipPlan');
  const [editing, setEditing] = useState<TaskView | 'new' | null>(null);
  const [filters, setFilters] = useState<TaskFilters>({ sort: 'dueOn', page: 1 });
  const tasks = useTasks(view.id, filters);
  const filter = (change: TaskFilters) => setFilters((f) => ({ ...f, ...change, page: 1 }));
  const sortTh = (column: 'dueOn' | 'status' | 'responsible', label: string) => (
    <SortableTh<TaskSort>
      column={column}
      label={label}
      sortLabel={t('tasks.sortBy', { column: label })}
      sort={filters.sort ?? 'dueOn'}
      onSort={(sort) => filter({ sort })}
    />
  );
  const create = usePlanChange(view.id, 'POST');
  const update = usePlanChange(view.id, 'PATCH');
  const status = usePlanChange(view.id, 'PUT');
  const remove = usePlanChange(view.id, 'DELETE');
  const save = editing === 'new' ? create : update;
  const titleOf = new Map(plan.tasks.map((task) => [task.id, task.title]));
  const fields: FieldSpec[] = [
    { name: 'title', label: t('tasks.taskTitle'), required: true, wide: true },
    {
      name: 'responsibleMemberId',
      label: t('tasks.responsibleMemberId'),
      kind: 'select',
      data: memberOptions(view),
    },
    {
      name: 'status',
      label: t('tasks.status'),
      kind: 'select',
      required: true,
      data: enumOptions(t, 'taskStatuses', planTaskStatuses),
    },
    { name: 'startsOn', label: t('tasks.startsOn'), kind: 'date' },
    { name: 'dueOn', label: t('tasks.dueOn'), kind: 'date', required: true },
    {
      name: 'dependsOn',
      label: t('tasks.dependsOn'),
      kind: 'multi',
      wide: true,
      data: plan.tasks
        .filter((task) => editing === 'new' || task.id !== editing?.id)
        .map((task) => ({ value: task.id, label: task.title })),
    },
    { name: 'description', label: t('tasks.description'), kind: 'area' },
  ];
  return (
    <Stack component="section" aria-labelledby="plan-tasks">
      <Title order={2} size="h4" id="plan-tasks">
        {t('tasks.title')}
      </Title>
      <ErrorSummary error={status.error ?? remove.error} />
      {plan.tasks.length > 0 && (
        <Group
          component="fieldset"
          aria-label={t('tasks.filters')}
          align="flex-end"
          style={{ border: 0, padding: 0 }}
        >
          <Select
            id="tasks-filter-status"
            label={t('tasks.statusFilter')}
            placeholder={t('tasks.any')}
            clearable
            data={enumOptions(t, 'taskStatuses', planTaskStatuses)}
            value={filters.status ?? null}
            onChange={(v) => filter({ status: (v ?? undefined) as TaskFilters['status'] })}
          />
          <Select
            id="tasks-filter-responsible"
            label={t('tasks.responsibleFilter')}
            placeholder={t('tasks.any')}
            clearable
            data={memberOptions(view)}
            value={filters.responsibleMemberId ?? null}
            onChange={(v) => filter({ responsibleMemberId: v ?? undefined })}
          />
          <Checkbox
            id="tasks-filter-overdue"
            label={t('tasks.overdueOnly')}
            checked={filters.overdue === true}
            onChange={(e) => filter({ overdue: e.currentTarget.checked ? true : undefined })}
            mb={8}
          />
        </Group>
      )}
      {plan.tasks.length === 0 && editing === null ? (
        <EmptyState title={t('tasks.none')} />
      ) : tasks.data?.total === 0 ? (
        <Text size="sm">{t('tasks.noneFiltered')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="plan-tasks">
            <Table.Caption>
              {t('tasks.caption', { count: tasks.data?.total ?? plan.tasks.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tasks.taskTitle')}</Table.Th>
                {sortTh('responsible', t('tasks.responsible'))}
                {sortTh('dueOn', t('tasks.dueOn'))}
                {sortTh('status', t('tasks.status'))}
                <Table.Th scope="col">{t('tasks.dependsOn')}</Table.Th>
                {plan.abilities.manage && <Table.Th scope="col">{t('actions.edit')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(tasks.data?.items ?? []).map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td>{task.title}</Table.Td>
                  <Table.Td>{task.responsibleName ?? t('tasks.noResponsible')}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {task.startsOn && `${formatDate(task.startsOn)} – `}
                      {formatDate(task.dueOn)}
                      {task.overdue && (
                        <Badge color="red.9" variant="outline">
                          {t('tasks.overdue')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {task.abilities.changeStatus ? (
                      <NativeSelect
                        size="xs"
                        aria-label={t('tasks.changeStatus', { title: task.title })}
                        data={enumOptions(t, 'taskStatuses', planTaskStatuses)}
                        value={task.status}
                        disabled={status.isPending}
                        onChange={(e) =>
                          status.mutate({
                            path: `/plan/tasks/${task.id}/status`,
                            body: { status: e.currentTarget.value, version: task.version },
                          })
                        }
                      />
                    ) : (
                      t(`taskStatuses.${task.status}`)
                    )}
                  </Table.Td>
                  <Table.Td>{task.dependsOn.map((d) => titleOf.get(d) ?? '…').join(', ')}</Table.Td>
                  {plan.abilities.manage && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(task)}
                          aria-label={`${t('actions.edit')}: ${task.title}`}
                        >
                          {t('actions.edit')}
                        </Button>
                        <ConfirmAction
                          size="xs"
                          label={t('actions.remove')}
                          aria-label={`${t('actions.remove')}: ${task.title}`}
                          title={t('actions.removeTitle')}
                          message={`${task.title} — ${t('actions.removeMessage')}`}
                          confirmLabel={t('actions.remove')}
                          onConfirm={() =>
                            remove.mutateAsync({ path: `/plan/tasks/${task.id}` }).catch(() => undefined)
                          }
                        />
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {tasks.data && tasks.data.total > 0 && (
        <ListPager
          total={tasks.data.total}
          page={tasks.data.page}
          pageSize={tasks.data.pageSize}
          onChange={(page) => setFilters((f) => ({ ...f, page }))}
        />
      )}
      {editing !== null && (
        <RecordForm
          idPrefix="task"
          title={editing === 'new' ? t('tasks.add') : t('actions.edit')}
          fields={fields}
          initial={{
            title: editing === 'new' ? '' : editing.title,
            responsibleMemberId: editing === 'new' ? '' : (editing.responsibleMemberId ?? ''),
            status: editing === 'new' ? 'todo' : editing.status,
            startsOn: editing === 'new' ? '' : (editing.startsOn ?? ''),
            dueOn: editing === 'new' ? '' : editing.dueOn,
            dependsOn: editing === 'new' ? [] : editing.dependsOn,
            description: editing === 'new' ? '' : (editing.description ?? ''),
          }}
          error={save.error}
          pending={save.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(values) => {
            const body = bodyOf(fields, values);
            const done = { onSuccess: () => setEditing(null) };
            if (editing === 'new') create.mutate({ path: '/plan/tasks', body }, done);
            else
              update.mutate(
                { path: `/plan/tasks/${editing.id}`, body: { ...body, version: editing.version } },
                done,
              );
          }}
        />
      )}
      {plan.abilities.manage && editing === null && (
        <Button variant="light" onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }}>
          {t('tasks.add')}
        </Button>
      )}
    </Stack>
  );
}
