import { Button, Checkbox, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../../common/contracts/partnership-plan';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { ListPager } from '../../../../components/ListPager';
import { usePlanChange, usePlanList } from '../../api/plan';
import { RecordCard } from './RecordCard';
import { type FieldSpec, RecordForm } from './RecordForm';

type OwnStandard = PlanView['standards']['own'][number];

/** The seed's principles as a checklist each partnership confirms, and the partnership's own standards. */
export function StandardsSection({ id, plan }: { id: string; plan: PlanView }) {
  const { t } = useTranslation('partnershipPlan');
  const [editing, setEditing] = useState<OwnStandard | 'new' | null>(null);
  const [page, setPage] = useState(1);
  const own = usePlanList<OwnStandard>(id, 'own-standards', page);
  const confirm = usePlanChange(id, 'PUT');
  const create = usePlanChange(id, 'POST');
  const update = usePlanChange(id, 'PATCH');
  const remove = usePlanChange(id, 'DELETE');
  const save = editing === 'new' ? create : update;
  const fields: FieldSpec[] = [{ name: 'text', label: t('standards.text'), required: true, kind: 'area' }];
  return (
    <Stack component="section" aria-labelledby="plan-standards">
      <Title order={2} size="h4" id="plan-standards">
        {t('standards.title')}
      </Title>
      <ErrorSummary error={confirm.error} />
      <Checkbox.Group
        label={t('standards.principlesHint')}
        value={plan.standards.principles.filter((p) => p.confirmed).map((p) => p.principle)}
      >
        <Stack gap="xs" mt="xs">
          {plan.standards.principles.map((p) => (
            <Checkbox
              key={p.principle}
              value={p.principle}
              label={t(`principles.${p.principle}`)}
              description={
                p.confirmedByName ? t('standards.confirmedBy', { name: p.confirmedByName }) : undefined
              }
              disabled={!plan.abilities.manage || confirm.isPending}
              onChange={(e) =>
                confirm.mutate({
                  path: `/plan/standards/${p.principle}`,
                  body: { confirmed: e.currentTarget.checked },
                })
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Title order={3} size="h5">
        {t('standards.own')}
      </Title>
      {own.data?.total === 0 && editing === null && <Text size="sm">{t('standards.ownNone')}</Text>}
      {(own.data?.items ?? []).map((s) =>
        editing !== 'new' && editing?.id === s.id ? null : (
          <RecordCard
            key={s.id}
            label={s.text}
            onEdit={plan.abilities.manage ? () => setEditing(s) : undefined}
            onRemove={
              plan.abilities.manage
                ? () => remove.mutateAsync({ path: `/plan/own-standards/${s.id}` })
                : undefined
            }
          >
            <Text size="sm">{s.text}</Text>
          </RecordCard>
        ),
      )}
      {own.data && own.data.total > own.data.pageSize && (
        <ListPager total={own.data.total} page={page} pageSize={own.data.pageSize} onChange={setPage} />
      )}
      {editing !== null && (
        <RecordForm
          idPrefix="standard"
          title={editing === 'new' ? t('standards.add') : t('actions.edit')}
          fields={fields}
          initial={{ text: editing === 'new' ? '' : editing.text }}
          error={save.error}
          pending={save.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(values) => {
            const done = { onSuccess: () => setEditing(null) };
            if (editing === 'new')
              create.mutate({ path: '/plan/own-standards', body: { text: values.text } }, done);
            else
              update.mutate(
                {
                  path: `/plan/own-standards/${editing.id}`,
                  body: { text: values.text, version: editing.version },
                },
                done,
              );
          }}
        />
      )}
      {plan.abilities.manage && editing === null && (
        <Button variant="light" onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }}>
          {t('standards.add')}
        </Button>
      )}
    </Stack>
  );
}
