import { Anchor, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type InitiativeView, initiativeStates } from '../../../../common/contracts/pes-initiatives';
import { FilterForm, useFilterDraft } from '../../../components/FilterForm';
import { ListResults, toPage } from '../../../components/ListResults';
import { PageHeader } from '../../../components/PageHeader';
import { TerritoryPicker } from '../../../components/TerritoryPicker';
import { unitLabel } from '../../../lib/territory-label';
import { type InitiativeSearch, useInitiatives, useInstitutionOptions } from '../api/initiatives';

/** The initiative groups the user's OWES, PUP or JST takes part in, searchable and filterable. */
export function InitiativesPage() {
  const { t } = useTranslation('pesInitiatives');
  const search = useSearch({ from: '/authed/pes-initiatives' });
  const navigate = useNavigate({ from: '/pes-initiatives' });
  const list = useInitiatives(search);
  const filtered = Boolean(search.q || search.state || search.owesInstitutionId || search.territory);
  return (
    <Stack>
      <PageHeader title={t('title')} />
      <Text size="sm">{t('intro')}</Text>
      {list.data?.canCreate && (
        <Group>
          <Button component={Link} to="/pes-initiatives/new">
            {t('create.open')}
          </Button>
        </Group>
      )}
      <Filters search={search} onApply={(next) => navigate({ search: next })} />
      <ListResults
        query={list}
        page={search.page ?? 1}
        onPageChange={(page) => navigate({ search: toPage(page) })}
        empty={{
          title: t('empty'),
          hint: filtered ? t('emptyFiltered') : list.data?.canCreate ? t('emptyCreate') : undefined,
        }}
      >
        {(data) => <InitiativesTable items={data.items} />}
      </ListResults>
    </Stack>
  );
}

export function StateBadge({ state }: { state: InitiativeView['state'] }) {
  const { t } = useTranslation('pesInitiatives');
  const done = state === 'registered' || state === 'abandoned';
  return (
    <Badge variant={done ? 'outline' : 'filled'} color={state === 'abandoned' ? 'gray.8' : 'teal.9'}>
      {t(`states.${state}`)}
    </Badge>
  );
}

function InitiativesTable({ items }: { items: InitiativeView[] }) {
  const { t } = useTranslation('pesInitiatives');
  const { t: tt } = useTranslation('territory');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped captionSide="top">
        <Table.Caption>{t('table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.legalForm')}</Table.Th>
            <Table.Th>{t('table.jst')}</Table.Th>
            <Table.Th>{t('table.owes')}</Table.Th>
            <Table.Th>{t('table.founders')}</Table.Th>
            <Table.Th>{t('table.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id} data-testid="initiative-row">
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => <Link {...props} to="/pes-initiatives/$id" params={{ id: i.id }} />}
                >
                  {i.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`legalForms.${i.legalForm}`)}</Table.Td>
              <Table.Td>
                {i.jst.name}
                <Text size="xs">{unitLabel(i.territory, tt)}</Text>
              </Table.Td>
              <Table.Td>{i.owes.name}</Table.Td>
              <Table.Td>
                {i.foundersCheck.met
                  ? t('foundersCheck.metShort')
                  : t('foundersCheck.shortShort', {
                      persons: i.foundersCheck.persons,
                      minimum: i.foundersCheck.minimumPersons,
                    })}
              </Table.Td>
              <Table.Td>
                <StateBadge state={i.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Filters({
  search,
  onApply,
}: {
  search: InitiativeSearch;
  onApply: (next: InitiativeSearch) => void;
}) {
  const { t } = useTranslation('pesInitiatives');
  const owes = useInstitutionOptions('owes');
  const [draft, setDraft] = useFilterDraft<{
    q: string;
    state: string;
    owesId: string | null;
    territory: string | null;
  }>({
    q: search.q ?? '',
    state: search.state ?? 'all',
    owesId: search.owesInstitutionId ?? null,
    territory: search.territory ?? null,
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
          ...(draft.state !== 'all' && { state: draft.state as InitiativeSearch['state'] }),
          ...(draft.owesId && { owesInstitutionId: draft.owesId }),
          ...(draft.territory && { territory: draft.territory }),
        })
      }
      onClear={() => onApply({})}
    >
      <Select
        id="filter-state"
        label={t('filters.state')}
        data={[...initiativeStates, 'all'].map((s) => ({ value: s, label: t(`states.${s}`) }))}
        value={draft.state}
        onChange={(state) => setDraft({ state: state ?? 'all' })}
        allowDeselect={false}
      />
      <Select
        id="filter-owes"
        label={t('filters.owes')}
        data={owes.data ?? []}
        value={draft.owesId}
        onChange={(owesId) => setDraft({ owesId })}
        clearable
        searchable
      />
      <TerritoryPicker
        id="filter-territory"
        label={t('filters.territory')}
        levels={['voivodeship', 'powiat', 'gmina']}
        value={draft.territory}
        onChange={(territory) => setDraft({ territory })}
      />
    </FilterForm>
  );
}
