import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CatalogueStatusFilter,
  catalogueStatusFilters,
  type QualificationView,
  type ServiceAreaView,
} from '../../../../common/contracts/social-services';
import type { CatalogueSearch } from '../api/list-service-types';

type Filters = Omit<CatalogueSearch, 'page'>;

/** Search box and filters of the catalogue; applied together, kept in the address. */
export function CatalogueFilters({
  search,
  areas,
  qualifications,
  onApply,
}: {
  search: CatalogueSearch;
  areas: ServiceAreaView[];
  qualifications: QualificationView[];
  onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation('socialServices');
  const [q, setQ] = useState(search.q ?? '');
  const [areaId, setAreaId] = useState(search.areaId ?? null);
  const [qualificationId, setQualificationId] = useState(search.qualificationId ?? null);
  const [status, setStatus] = useState<CatalogueStatusFilter>(search.status ?? 'active');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      q: q.trim() || undefined,
      areaId: areaId ?? undefined,
      qualificationId: qualificationId ?? undefined,
      status: status === 'active' ? undefined : status,
    });
  };

  const clear = () => {
    setQ('');
    setAreaId(null);
    setQualificationId(null);
    setStatus('active');
    onApply({});
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} role="search" aria-label={t('list.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput
          id="filter-q"
          label={t('list.search')}
          description={t('list.searchHint')}
          inputWrapperOrder={['label', 'input', 'description']}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Select
          id="filter-area"
          label={t('list.area')}
          placeholder={t('list.anyArea')}
          clearable
          data={areas.map((area) => ({ value: area.id, label: area.name }))}
          value={areaId}
          onChange={setAreaId}
        />
        <Select
          id="filter-qualification"
          label={t('list.qualification')}
          placeholder={t('list.anyQualification')}
          clearable
          searchable
          data={qualifications.map((q) => ({ value: q.id, label: q.name }))}
          value={qualificationId}
          onChange={setQualificationId}
        />
        <Select
          id="filter-status"
          label={t('list.status')}
          allowDeselect={false}
          data={catalogueStatusFilters.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={status}
          onChange={(value) => setStatus((value as CatalogueStatusFilter | null) ?? 'active')}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">{t('search', { ns: 'common' })}</Button>
        <Button variant="default" onClick={clear}>
          {t('list.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
