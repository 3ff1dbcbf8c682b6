import { Anchor, Badge, Button, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InitiativeView, initiativeStates } from '../../../../common/contracts/pes-initiatives';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
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
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data?.total === 0 && (
        <EmptyState
          title={t('empty')}
          hint={filtered ? t('emptyFiltered') : list.data.canCreate ? t('emptyCreate') : undefined}
        />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <InitiativesTable items={list.data.items} />
          <ListPager
            total={list.data.total}
            page={search.page ?? 1}
            pageSize={list.data.pageSize}
            onChange={(page) =>
              navigate({ search: (prev) => ({ ...prev, page: page > 1 ? page : undefined }) })
            }
          />
        </>
      )}
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
  const [q, setQ] = useState(search.q ?? '');
  const [state, setState] = useState<string | null>(search.state ?? 'all');
  const [owesId, setOwesId] = useState<string | null>(search.owesInstitutionId ?? null);
  const [territory, setTerritory] = useState<string | null>(search.territory ?? null);
  useEffect(() => {
    setQ(search.q ?? '');
    setState(search.state ?? 'all');
    setOwesId(search.owesInstitutionId ?? null);
    setTerritory(search.territory ?? null);
  }, [search.q, search.state, search.owesInstitutionId, search.territory]);
  return (
    <form
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply({
          ...(q.trim() && { q: q.trim() }),
          ...(state && state !== 'all' && { state: state as InitiativeSearch['state'] }),
          ...(owesId && { owesInstitutionId: owesId }),
          ...(territory && { territory }),
        });
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput
          id="filter-q"
          label={t('filters.q')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Select
          id="filter-state"
          label={t('filters.state')}
          data={[...initiativeStates, 'all'].map((s) => ({ value: s, label: t(`states.${s}`) }))}
          value={state}
          onChange={setState}
          allowDeselect={false}
        />
        <Select
          id="filter-owes"
          label={t('filters.owes')}
          data={owes.data ?? []}
          value={owesId}
          onChange={setOwesId}
          clearable
          searchable
        />
        <TerritoryPicker
          id="filter-territory"
          label={t('filters.territory')}
          levels={['voivodeship', 'powiat', 'gmina']}
          value={territory}
          onChange={setTerritory}
        />
        <Button type="submit">{t('filters.search')}</Button>
        <Button variant="default" onClick={() => onApply({})}>
          {t('filters.clear')}
        </Button>
      </Group>
    </form>
  );
}
