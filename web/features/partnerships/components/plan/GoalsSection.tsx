import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GoalView, goalProgress, type PlanView } from '../../../../../common/contracts/partnership-plan';
import { EmptyState } from '../../../../components/EmptyState';
import { ListPager } from '../../../../components/ListPager';
import { formatDate } from '../../../../lib/format';
import { usePlanChange, usePlanList } from '../../api/plan';
import { RecordCard } from './RecordCard';
import { bodyOf, type FieldSpec, RecordForm } from './RecordForm';

/** Goals with their expected result and measurable target: what monitoring will compare against. */
export function GoalsSection({ id, plan }: { id: string; plan: PlanView }) {
  const { t } = useTranslation('partnershipPlan');
  const [editing, setEditing] = useState<GoalView | 'new' | null>(null);
  const [page, setPage] = useState(1);
  const goals = usePlanList<GoalView>(id, 'goals', page);
  const create = usePlanChange(id, 'POST');
  const update = usePlanChange(id, 'PATCH');
  const remove = usePlanChange(id, 'DELETE');
  const fields: FieldSpec[] = [
    { name: 'text', label: t('goals.text'), required: true, wide: true },
    { name: 'expectedResult', label: t('goals.expectedResult'), required: true, kind: 'area' },
    { name: 'indicator', label: t('goals.indicator'), wide: true },
    { name: 'targetValue', label: t('goals.targetValue'), kind: 'number' },
    { name: 'unit', label: t('goals.unit') },
    { name: 'baseline', label: t('goals.baseline'), kind: 'number' },
    { name: 'currentValue', label: t('goals.currentValue'), kind: 'number', hint: t('goals.measuredHint') },
    { name: 'measuredOn', label: t('goals.measuredOn'), kind: 'date' },
  ];
  const save = editing === 'new' ? create : update;
  return (
    <Stack component="section" aria-labelledby="plan-goals">
      <Title order={2} size="h4" id="plan-goals">
        {t('goals.title')}
      </Title>
      {goals.data?.total === 0 && editing === null && <EmptyState title={t('goals.none')} />}
      {(goals.data?.items ?? []).map((g) =>
        editing !== 'new' && editing?.id === g.id ? null : (
          <RecordCard
            key={g.id}
            label={g.text}
            onEdit={plan.abilities.manage ? () => setEditing(g) : undefined}
            onRemove={
              plan.abilities.manage ? () => remove.mutateAsync({ path: `/plan/goals/${g.id}` }) : undefined
            }
          >
            <Text fw={600}>{g.text}</Text>
            <Text size="sm">
              {t('goals.expectedResult')}: {g.expectedResult}
            </Text>
            {g.indicator && (
              <Text size="sm">
                {t('goals.indicator')}: {g.indicator}
                {g.targetValue !== null && ` — ${g.baseline ?? 0} → ${g.targetValue} ${g.unit ?? ''}`}
              </Text>
            )}
            {g.targetValue !== null && <Measurement goal={g} />}
          </RecordCard>
        ),
      )}
      {goals.data && goals.data.total > goals.data.pageSize && (
        <ListPager total={goals.data.total} page={page} pageSize={goals.data.pageSize} onChange={setPage} />
      )}
      {editing !== null && (
        <RecordForm
          idPrefix="goal"
          title={editing === 'new' ? t('goals.add') : t('actions.edit')}
          fields={fields}
          initial={{
            text: editing === 'new' ? '' : editing.text,
            expectedResult: editing === 'new' ? '' : editing.expectedResult,
            indicator: editing === 'new' ? '' : (editing.indicator ?? ''),
            targetValue: editing === 'new' ? '' : String(editing.targetValue ?? ''),
            unit: editing === 'new' ? '' : (editing.unit ?? ''),
            baseline: editing === 'new' ? '' : String(editing.baseline ?? ''),
            currentValue: editing === 'new' ? '' : String(editing.currentValue ?? ''),
            measuredOn: editing === 'new' ? '' : (editing.measuredOn ?? ''),
          }}
          error={save.error}
          pending={save.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(values) => {
            const body = bodyOf(fields, values);
            const done = { onSuccess: () => setEditing(null) };
            if (editing === 'new') create.mutate({ path: '/plan/goals', body }, done);
            else
              update.mutate(
                { path: `/plan/goals/${editing.id}`, body: { ...body, version: editing.version } },
                done,
              );
          }}
        />
      )}
      {plan.abilities.manage && editing === null && (
        <Button variant="light" onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }}>
          {t('goals.add')}
        </Button>
      )}
    </Stack>
  );
}

/** The value measured last, with its date, and the progress from the baseline towards the target. */
function Measurement({ goal }: { goal: GoalView }) {
  const { t } = useTranslation('partnershipPlan');
  const percent = goalProgress(goal);
  if (percent === null || goal.measuredOn === null) return <Text size="sm">{t('goals.notMeasured')}</Text>;
  return (
    <Stack gap={2} data-testid="goal-measurement">
      <Text size="sm">
        {t('goals.measured', {
          date: formatDate(goal.measuredOn),
          value: goal.currentValue,
          unit: goal.unit ?? '',
        })}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Progress
          value={Math.max(0, Math.min(100, percent))}
          color={percent >= 100 ? 'green.9' : 'blue.9'}
          aria-label={t('goals.progress')}
          style={{ flex: 1, maxWidth: 320 }}
        />
        <Text size="sm" fw={600}>
          {t('goals.progressValue', { percent })}
        </Text>
      </Group>
    </Stack>
  );
}
