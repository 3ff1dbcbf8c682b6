import { Button, Checkbox, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnershipStatusFilters } from '../../../../common/contracts/partnerships';
import { lifecycleSteps, partnershipKinds } from '../../../../common/enums';
import { TerritoryPicker } from '../../../components/TerritoryPicker';
import type { PartnershipSearch } from '../api/list-partnerships';
import { stepLabel } from './labels';

type Filters = Omit<PartnershipSearch, 'sort' | 'page'>;

/** Search box and filters of the list; applied together, kept in the address. */
export function PartnershipFilters({
  search,
  onApply,
}: {
  search: PartnershipSearch;
  onApply: (f: Filters) => void;
}) {
  const { t } = useTranslation('partnerships');
  const [values, setValues] = useState<Filters>(search);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...values, q: values.q?.trim() || undefined });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} role="search" aria-label={t('list.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <TextInput
          id="filter-q"
          label={t('list.search')}
          type="search"
          value={values.q ?? ''}
          onChange={(e) => set('q', e.currentTarget.value)}
        />
        <Select
          id="filter-kind"
          label={t('list.kindFilter')}
          placeholder={t('list.any')}
          clearable
          data={partnershipKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          value={values.kind ?? null}
          onChange={(v) => set('kind', (v as Filters['kind']) ?? undefined)}
        />
        <TerritoryPicker
          id="filter-territory"
          label={t('list.territoryFilter')}
          value={values.territory ?? null}
          onChange={(code) => set('territory', code ?? undefined)}
          levels={['voivodeship', 'powiat', 'gmina']}
        />
        <Select
          id="filter-step"
          label={t('list.stepFilter')}
          placeholder={t('list.any')}
          clearable
          data={lifecycleSteps.map((step) => ({ value: step, label: stepLabel(t, step) }))}
          value={values.step ?? null}
          onChange={(v) => set('step', (v as Filters['step']) ?? undefined)}
        />
        <Select
          id="filter-status"
          label={t('list.statusFilter')}
          allowDeselect={false}
          data={partnershipStatusFilters.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={values.status ?? 'active'}
          onChange={(v) => set('status', (v as Filters['status']) ?? 'active')}
        />
        <Checkbox
          id="filter-mine"
          mt="xl"
          label={t('list.mine')}
          checked={values.mine ?? false}
          onChange={(e) => set('mine', e.currentTarget.checked || undefined)}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">{t('search', { ns: 'common' })}</Button>
        <Button
          variant="default"
          onClick={() => {
            setValues({});
            onApply({});
          }}
        >
          {t('list.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
