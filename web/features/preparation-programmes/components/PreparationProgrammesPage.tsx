import { Anchor, Badge, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  type ProgrammeView,
  programmeKinds,
  programmeStates,
} from '../../../../common/contracts/preparation-programmes';
import { ButtonLink } from '../../../components/ButtonLink';
import { FilterForm, useFilterDraft } from '../../../components/FilterForm';
import { ListResults, toPage } from '../../../components/ListResults';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { type ProgrammeSearch, useProgrammes, useQualificationOptions } from '../api/programmes';

/** CIS and KIS preparation programmes: who prepares whom for which qualification; counts only. */
export function PreparationProgrammesPage() {
  const { t } = useTranslation('preparationProgrammes');
  const search = useSearch({ from: '/authed/preparation-programmes' });
  const navigate = useNavigate({ from: '/preparation-programmes' });
  const list = useProgrammes(search);
  const filtered = Boolean(search.q || search.kind || search.state || search.qualificationId);
  const canCreate = (list.data?.runFor.length ?? 0) > 0;
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={canCreate ? <ButtonLink to="/preparation-programmes/new">{t('new')}</ButtonLink> : undefined}
      />
      <Text size="sm">{t('intro')}</Text>
      <Filters search={search} onApply={(next) => navigate({ search: next })} />
      <ListResults
        query={list}
        page={search.page ?? 1}
        onPageChange={(page) => navigate({ search: toPage(page) })}
        empty={{
          title: t('empty'),
          hint: filtered ? t('emptyFiltered') : canCreate ? t('emptyCreate') : t('emptyHint'),
        }}
      >
        {(data) => (
          <>
            <Text size="sm">{t('count', { count: data.total })}</Text>
            <ProgrammesTable items={data.items} />
          </>
        )}
      </ListResults>
    </Stack>
  );
}

function ProgrammesTable({ items }: { items: ProgrammeView[] }) {
  const { t } = useTranslation('preparationProgrammes');
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.title')}</Table.Th>
            <Table.Th>{t('fields.institution')}</Table.Th>
            <Table.Th>{t('fields.qualifications')}</Table.Th>
            <Table.Th>{t('fields.period')}</Table.Th>
            <Table.Th>{t('fields.state')}</Table.Th>
            <Table.Th>{t('fields.participants')}</Table.Th>
            <Table.Th>{t('fields.hired')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/preparation-programmes/$id" params={{ id: p.id }} />
                  )}
                >
                  {p.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {p.institution.name} <Badge variant="outline">{t(`kinds.${p.kind}`)}</Badge>
              </Table.Td>
              <Table.Td>{p.qualifications.map((q) => q.name).join(', ')}</Table.Td>
              <Table.Td>
                {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
              </Table.Td>
              <Table.Td>{t(`states.${p.state}`)}</Table.Td>
              <Table.Td>
                {t('placesTaken', {
                  taken: p.counts.enrolled + p.counts.inProgress + p.counts.graduated,
                  places: p.places,
                })}
              </Table.Td>
              <Table.Td>{p.counts.hired}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Filters({ search, onApply }: { search: ProgrammeSearch; onApply: (next: ProgrammeSearch) => void }) {
  const { t } = useTranslation('preparationProgrammes');
  const qualifications = useQualificationOptions();
  const [draft, setDraft] = useFilterDraft<{
    q: string;
    kind: string | null;
    state: string | null;
    qualificationId: string | null;
  }>({
    q: search.q ?? '',
    kind: search.kind ?? null,
    state: search.state ?? null,
    qualificationId: search.qualificationId ?? null,
  });
  return (
    <FilterForm
      label={t('filters.label')}
      query={{ label: t('filters.q'), value: draft.q, onChange: (q) => setDraft({ q }) }}
      submitLabel={t('filters.search')}
      clearLabel={t('filters.clear')}
      onSubmit={() =>
        onApply({
          ...(draft.q.trim() && { q: draft.q.trim() }),
          ...(draft.kind && { kind: draft.kind as ProgrammeSearch['kind'] }),
          ...(draft.state && { state: draft.state as ProgrammeSearch['state'] }),
          ...(draft.qualificationId && { qualificationId: draft.qualificationId }),
        })
      }
      onClear={() => onApply({})}
    >
      <Select
        id="filter-kind"
        label={t('filters.kind')}
        data={programmeKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        value={draft.kind}
        onChange={(kind) => setDraft({ kind })}
        clearable
      />
      <Select
        id="filter-state"
        label={t('filters.state')}
        data={programmeStates.map((s) => ({ value: s, label: t(`states.${s}`) }))}
        value={draft.state}
        onChange={(state) => setDraft({ state })}
        clearable
      />
      <Select
        id="filter-qualification"
        label={t('filters.qualification')}
        data={qualifications.data ?? []}
        value={draft.qualificationId}
        onChange={(qualificationId) => setDraft({ qualificationId })}
        searchable
        clearable
      />
    </FilterForm>
  );
}
