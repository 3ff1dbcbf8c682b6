import { Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PledgeView } from '../../../../../common/contracts/partnership-budget';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { pledgeStatuses, resourceKinds } from '../../../../../common/plan-catalogue';
import { EmptyState } from '../../../../components/EmptyState';
import { ListPager } from '../../../../components/ListPager';
import { formatDate } from '../../../../lib/format';
import { usePlanChange, useResources } from '../../api/plan';
import { enumOptions } from './options';
import { RecordCard } from './RecordCard';
import { bodyOf, type FieldSpec, RecordForm } from './RecordForm';

/** What each partner puts at the partnership's use, per partner; each pledges and updates only its own. */
export function ResourcesTab({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnershipPlan');
  const [page, setPage] = useState(1);
  const resources = useResources(view.id, page);
  const [editing, setEditing] = useState<PledgeView | 'new' | null>(null);
  const create = usePlanChange(view.id, 'POST');
  const update = usePlanChange(view.id, 'PATCH');
  const remove = usePlanChange(view.id, 'DELETE');
  if (!resources.data)
    return resources.error ? (
      <Text role="alert">{resources.error.message}</Text>
    ) : (
      <Loader aria-label={t('tabs.resources')} />
    );
  const { items, abilities, total, pageSize } = resources.data;
  // On one page every partner is listed, with "nothing pledged" where so; across pages only those on this one.
  const onePage = total <= pageSize;
  const save = editing === 'new' ? create : update;
  const own = view.members.filter((m) => abilities.pledgeFor.includes(m.id));
  const fields: FieldSpec[] = [
    ...(editing === 'new'
      ? [
          {
            name: 'memberId',
            label: t('resources.memberId'),
            required: true,
            kind: 'select' as const,
            data: own.map((m) => ({ value: m.id, label: m.institution.name })),
          },
        ]
      : []),
    {
      name: 'kind',
      label: t('resources.kind'),
      required: true,
      kind: 'select',
      data: enumOptions(t, 'resourceKinds', resourceKinds),
    },
    { name: 'description', label: t('resources.description'), required: true, wide: true },
    { name: 'quantity', label: t('resources.quantity'), required: true, kind: 'number' },
    { name: 'unit', label: t('resources.unit'), required: true },
    { name: 'availableFrom', label: t('resources.availableFrom'), kind: 'date' },
    { name: 'availableTo', label: t('resources.availableTo'), kind: 'date' },
    { name: 'usedQuantity', label: t('resources.usedQuantity'), kind: 'number' },
    {
      name: 'status',
      label: t('resources.status'),
      required: true,
      kind: 'select',
      data: enumOptions(t, 'pledgeStatuses', pledgeStatuses),
    },
  ];
  const pledge = editing !== 'new' ? editing : null;
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('resources.title')}
      </Title>
      <Text size="sm">{t('resources.readOnly')}</Text>
      {items.length === 0 && editing === null && <EmptyState title={t('resources.none')} />}
      {view.members.map((m) => {
        const mine = items.filter((p) => p.memberId === m.id);
        if (!onePage && mine.length === 0) return null;
        return (
          <Stack key={m.id} gap="xs" component="section" aria-labelledby={`pledges-${m.id}`}>
            <Title order={3} size="h5" id={`pledges-${m.id}`}>
              {m.institution.name}
            </Title>
            {mine.length === 0 && <Text size="sm">{t('resources.noneFor')}</Text>}
            {mine.map((p) =>
              pledge?.id === p.id ? null : (
                <RecordCard
                  key={p.id}
                  label={p.description}
                  onEdit={p.abilities.update ? () => setEditing(p) : undefined}
                  onRemove={
                    p.abilities.update ? () => remove.mutateAsync({ path: `/resources/${p.id}` }) : undefined
                  }
                >
                  <Group gap="xs">
                    <Text fw={600}>{t(`resourceKinds.${p.kind}`)}</Text>
                    <Badge variant="outline" color={p.status === 'withdrawn' ? 'gray.8' : 'blue.9'}>
                      {t(`pledgeStatuses.${p.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    {p.description}: {p.quantity} {p.unit}
                    {p.usedQuantity !== null &&
                      ` (${t('resources.usedQuantity')}: ${p.usedQuantity} ${p.unit})`}
                  </Text>
                  {(p.availableFrom || p.availableTo) && (
                    <Text size="sm">
                      {p.availableFrom ? formatDate(p.availableFrom) : '…'} –{' '}
                      {p.availableTo ? formatDate(p.availableTo) : '…'}
                    </Text>
                  )}
                </RecordCard>
              ),
            )}
          </Stack>
        );
      })}
      {!onePage && <ListPager total={total} page={page} pageSize={pageSize} onChange={setPage} />}
      {editing !== null && (
        <RecordForm
          idPrefix="pledge"
          title={editing === 'new' ? t('resources.add') : t('actions.edit')}
          fields={fields}
          initial={{
            memberId: own.length === 1 ? own[0]!.id : '',
            kind: pledge?.kind ?? '',
            description: pledge?.description ?? '',
            quantity: pledge ? String(pledge.quantity) : '',
            unit: pledge?.unit ?? '',
            availableFrom: pledge?.availableFrom ?? '',
            availableTo: pledge?.availableTo ?? '',
            usedQuantity: pledge?.usedQuantity === null || !pledge ? '' : String(pledge.usedQuantity),
            status: pledge?.status ?? 'pledged',
          }}
          error={save.error}
          pending={save.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(values) => {
            const body = bodyOf(fields, values);
            const done = { onSuccess: () => setEditing(null) };
            if (!pledge) create.mutate({ path: '/resources', body }, done);
            else
              update.mutate(
                { path: `/resources/${pledge.id}`, body: { ...body, version: pledge.version } },
                done,
              );
          }}
        />
      )}
      {own.length > 0 && editing === null && (
        <Button variant="light" onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }}>
          {t('resources.add')}
        </Button>
      )}
    </Stack>
  );
}
