import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsAssessmentView, PlanView } from '../../../../../common/contracts/partnership-plan';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { EmptyState } from '../../../../components/EmptyState';
import { formatDate } from '../../../../lib/format';
import { usePlanChange } from '../../api/plan';
import { memberOptions } from './options';
import { RecordCard } from './RecordCard';
import { bodyOf, type FieldSpec, RecordForm } from './RecordForm';

/** Above this the seed's experience says the model needs extra funds and institutional change (§4.12). */
const SMALL_GROUP = 20;

/** Step 5: who the partnership serves, how many, chosen how; and the record of their needs. */
export function TargetGroupSection({ view, plan }: { view: PartnershipView; plan: PlanView }) {
  const { t } = useTranslation('partnershipPlan');
  const [editingGroup, setEditingGroup] = useState(false);
  const [addingNeeds, setAddingNeeds] = useState(false);
  const [editingNeeds, setEditingNeeds] = useState<NeedsAssessmentView | null>(null);
  const save = usePlanChange(view.id, 'PUT');
  const addNeeds = usePlanChange(view.id, 'POST');
  const changeNeeds = usePlanChange(view.id, 'PATCH');
  const remove = usePlanChange(view.id, 'DELETE');
  const group = plan.targetGroup;
  const groupFields: FieldSpec[] = [
    { name: 'description', label: t('targetGroup.description'), required: true, kind: 'area' },
    {
      name: 'plannedSize',
      label: t('targetGroup.plannedSize'),
      required: true,
      kind: 'number',
      hint: t('targetGroup.hint'),
    },
    { name: 'selectionCriteria', label: t('targetGroup.selectionCriteria'), required: true, kind: 'area' },
  ];
  const needsFields: FieldSpec[] = [
    { name: 'assessedOn', label: t('needs.assessedOn'), required: true, kind: 'date' },
    {
      name: 'memberId',
      label: t('needs.memberId'),
      required: true,
      kind: 'select',
      data: memberOptions(view),
    },
    { name: 'method', label: t('needs.method'), required: true, wide: true },
    { name: 'findings', label: t('needs.findings'), required: true, kind: 'area' },
  ];
  return (
    <Stack component="section" aria-labelledby="plan-group">
      <Title order={2} size="h4" id="plan-group">
        {t('targetGroup.title')}
      </Title>
      {editingGroup ? (
        <RecordForm
          idPrefix="group"
          title={t('targetGroup.title')}
          fields={groupFields}
          initial={{
            description: group?.description ?? '',
            plannedSize: group ? String(group.plannedSize) : '',
            selectionCriteria: group?.selectionCriteria ?? '',
          }}
          error={save.error}
          pending={save.isPending}
          onCancel={() => setEditingGroup(false)}
          onSubmit={(values) =>
            save.mutate(
              {
                path: '/plan/target-group',
                body: { ...bodyOf(groupFields, values), version: group?.version ?? 0 },
              },
              { onSuccess: () => setEditingGroup(false) },
            )
          }
        />
      ) : group ? (
        <RecordCard
          label={t('targetGroup.title')}
          onEdit={plan.abilities.manage ? () => setEditingGroup(true) : undefined}
        >
          <Text>{group.description}</Text>
          <Text size="sm">
            {t('targetGroup.plannedSize')}: {group.plannedSize}
          </Text>
          <Text size="sm">
            {t('targetGroup.selectionCriteria')}: {group.selectionCriteria}
          </Text>
          {group.plannedSize > SMALL_GROUP && (
            <Alert color="yellow" variant="outline">
              {t('targetGroup.large')}
            </Alert>
          )}
        </RecordCard>
      ) : (
        <EmptyState
          title={t('targetGroup.none')}
          hint={t('targetGroup.hint')}
          action={
            plan.abilities.manage && (
              <Button variant="light" onClick={() => setEditingGroup(true)}>
                {t('actions.add')}
              </Button>
            )
          }
        />
      )}
      <Title order={3} size="h5">
        {t('needs.title')}
      </Title>
      {plan.needsAssessments.length === 0 && !addingNeeds && <Text size="sm">{t('needs.none')}</Text>}
      {plan.needsAssessments.map((a) =>
        editingNeeds?.id === a.id ? (
          <RecordForm
            key={a.id}
            idPrefix="needs-edit"
            title={t('needs.edit', { date: formatDate(a.assessedOn) })}
            fields={needsFields}
            initial={{
              assessedOn: a.assessedOn,
              memberId: a.memberId,
              method: a.method,
              findings: a.findings,
            }}
            error={changeNeeds.error}
            pending={changeNeeds.isPending}
            onCancel={() => setEditingNeeds(null)}
            onSubmit={(values) =>
              changeNeeds.mutate(
                {
                  path: `/plan/needs-assessments/${a.id}`,
                  body: { ...bodyOf(needsFields, values), version: editingNeeds.version },
                },
                { onSuccess: () => setEditingNeeds(null) },
              )
            }
          />
        ) : (
          <RecordCard
            key={a.id}
            label={`${t('needs.title')} ${formatDate(a.assessedOn)}`}
            onEdit={plan.abilities.manage ? () => setEditingNeeds(a) : undefined}
            onRemove={
              plan.abilities.manage
                ? () => remove.mutateAsync({ path: `/plan/needs-assessments/${a.id}` })
                : undefined
            }
          >
            <Text size="sm" fw={600}>
              {formatDate(a.assessedOn)} · {a.institutionName} · {a.method}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {a.findings}
            </Text>
          </RecordCard>
        ),
      )}
      {addingNeeds ? (
        <RecordForm
          idPrefix="needs"
          title={t('needs.add')}
          fields={needsFields}
          initial={{ assessedOn: '', memberId: '', method: '', findings: '' }}
          error={addNeeds.error}
          pending={addNeeds.isPending}
          onCancel={() => setAddingNeeds(false)}
          onSubmit={(values) =>
            addNeeds.mutate(
              { path: '/plan/needs-assessments', body: bodyOf(needsFields, values) },
              { onSuccess: () => setAddingNeeds(false) },
            )
          }
        />
      ) : (
        plan.abilities.manage && (
          <Button variant="light" onClick={() => setAddingNeeds(true)} style={{ alignSelf: 'flex-start' }}>
            {t('needs.add')}
          </Button>
        )
      )}
    </Stack>
  );
}
