import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView, ScopeItemView } from '../../../../../common/contracts/partnership-plan';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { supportInstruments } from '../../../../../common/plan-catalogue';
import { EmptyState } from '../../../../components/EmptyState';
import { ListPager } from '../../../../components/ListPager';
import { usePlanChange, usePlanList } from '../../api/plan';
import { enumOptions, memberOptions } from './options';
import { RecordCard } from './RecordCard';
import { bodyOf, type FieldSpec, RecordForm } from './RecordForm';

/** Step 6: the instruments of the service package, each with the partners whose statutory task it is. */
export function ScopeSection({ view, plan }: { view: PartnershipView; plan: PlanView }) {
  const { t } = useTranslation('partnershipPlan');
  const [editing, setEditing] = useState<ScopeItemView | 'new' | null>(null);
  const [page, setPage] = useState(1);
  const items = usePlanList<ScopeItemView>(view.id, 'scope', page);
  const create = usePlanChange(view.id, 'POST');
  const update = usePlanChange(view.id, 'PATCH');
  const remove = usePlanChange(view.id, 'DELETE');
  const save = editing === 'new' ? create : update;
  const fields: FieldSpec[] = [
    {
      name: 'instrument',
      label: t('scope.instrument'),
      required: true,
      kind: 'select',
      data: enumOptions(t, 'instruments', supportInstruments),
    },
    {
      name: 'providerMemberIds',
      label: t('scope.providerMemberIds'),
      required: true,
      kind: 'multi',
      data: memberOptions(view),
    },
    { name: 'statutoryBasis', label: t('scope.statutoryBasis'), wide: true },
    { name: 'description', label: t('scope.description'), kind: 'area' },
  ];
  return (
    <Stack component="section" aria-labelledby="plan-scope">
      <Title order={2} size="h4" id="plan-scope">
        {t('scope.title')}
      </Title>
      {items.data?.total === 0 && editing === null && <EmptyState title={t('scope.none')} />}
      {(items.data?.items ?? []).map((s) =>
        editing !== 'new' && editing?.id === s.id ? null : (
          <RecordCard
            key={s.id}
            label={t(`instruments.${s.instrument}`)}
            onEdit={plan.abilities.manage ? () => setEditing(s) : undefined}
            onRemove={
              plan.abilities.manage ? () => remove.mutateAsync({ path: `/plan/scope/${s.id}` }) : undefined
            }
          >
            <Text fw={600}>{t(`instruments.${s.instrument}`)}</Text>
            <Text size="sm">{s.providers.map((p) => p.institutionName).join(', ')}</Text>
            {s.statutoryBasis && (
              <Text size="sm">
                {t('scope.statutoryBasis')}: {s.statutoryBasis}
              </Text>
            )}
            {s.description && <Text size="sm">{s.description}</Text>}
          </RecordCard>
        ),
      )}
      {items.data && items.data.total > items.data.pageSize && (
        <ListPager total={items.data.total} page={page} pageSize={items.data.pageSize} onChange={setPage} />
      )}
      {editing !== null && (
        <RecordForm
          idPrefix="scope"
          title={editing === 'new' ? t('scope.add') : t('actions.edit')}
          fields={fields}
          initial={{
            instrument: editing === 'new' ? '' : editing.instrument,
            providerMemberIds: editing === 'new' ? [] : editing.providers.map((p) => p.memberId),
            statutoryBasis: editing === 'new' ? '' : (editing.statutoryBasis ?? ''),
            description: editing === 'new' ? '' : (editing.description ?? ''),
          }}
          error={save.error}
          pending={save.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(values) => {
            const body = bodyOf(fields, values);
            const done = { onSuccess: () => setEditing(null) };
            if (editing === 'new') create.mutate({ path: '/plan/scope', body }, done);
            else
              update.mutate(
                { path: `/plan/scope/${editing.id}`, body: { ...body, version: editing.version } },
                done,
              );
          }}
        />
      )}
      {plan.abilities.manage && editing === null && (
        <Button variant="light" onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }}>
          {t('scope.add')}
        </Button>
      )}
    </Stack>
  );
}
