import { Anchor, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type PilotSummary, pilotStates } from '../../../../common/contracts/pilots';
import { FilterForm, useFilterDraft } from '../../../components/FilterForm';
import { ListResults, toPage } from '../../../components/ListResults';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { type PilotSearch, usePilots } from '../api/pilots';

/** Every pilot of the platform: their cards and rankings are public to signed-in users. */
export function PilotsPage() {
  const { t } = useTranslation('pilots');
  const search = useSearch({ from: '/authed/pilots' });
  const navigate = useNavigate({ from: '/pilots' });
  const list = usePilots(search);
  const filtered = Boolean(search.q || search.state);
  return (
    <Stack>
      <PageHeader title={t('title')} />
      <Text size="sm">{t('intro')}</Text>
      {list.data?.canCreate && (
        <Group>
          <Button component={Link} to="/pilots/new">
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
        {(data) => <PilotsTable items={data.items} />}
      </ListResults>
    </Stack>
  );
}

export function PilotStateBadge({ state }: { state: PilotSummary['state'] }) {
  const { t } = useTranslation('pilots');
  return (
    <Badge variant={state === 'selected' ? 'filled' : 'outline'} color="teal.9">
      {t(`states.${state}`)}
    </Badge>
  );
}

function PilotsTable({ items }: { items: PilotSummary[] }) {
  const { t } = useTranslation('pilots');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped captionSide="top">
        <Table.Caption>{t('table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.organiser')}</Table.Th>
            <Table.Th>{t('table.testing')}</Table.Th>
            <Table.Th>{t('table.candidates')}</Table.Th>
            <Table.Th>{t('table.sites')}</Table.Th>
            <Table.Th>{t('table.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id} data-testid="pilot-row">
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => <Link {...props} to="/pilots/$id" params={{ id: p.id }} />}
                >
                  {p.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{p.organiser.name}</Table.Td>
              <Table.Td>
                {formatDate(p.testingStartsOn)} – {formatDate(p.testingEndsOn)}
              </Table.Td>
              <Table.Td>{p.candidatesCount}</Table.Td>
              <Table.Td>
                {p.chosenCount} / {p.sitesToChoose}
              </Table.Td>
              <Table.Td>
                <PilotStateBadge state={p.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Filters({ search, onApply }: { search: PilotSearch; onApply: (next: PilotSearch) => void }) {
  const { t } = useTranslation('pilots');
  const [draft, setDraft] = useFilterDraft<{ q: string; state: string }>({
    q: search.q ?? '',
    state: search.state ?? 'all',
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
          ...(draft.state !== 'all' && { state: draft.state as PilotSearch['state'] }),
        })
      }
      onClear={() => onApply({})}
    >
      <Select
        id="filter-state"
        label={t('filters.state')}
        data={[...pilotStates, 'all'].map((s) => ({ value: s, label: t(`states.${s}`) }))}
        value={draft.state}
        onChange={(state) => setDraft({ state: state ?? 'all' })}
        allowDeselect={false}
      />
    </FilterForm>
  );
}
