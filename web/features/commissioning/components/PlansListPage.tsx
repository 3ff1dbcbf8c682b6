import {
  Anchor,
  Button,
  Group,
  Loader,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commissioningPlanStates } from '../../../../common/enums';
import { formatPln } from '../../../../common/money';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { PageHeader } from '../../../components/PageHeader';
import { TerritoryPicker } from '../../../components/TerritoryPicker';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { type PlanSearch, usePlans } from '../api/plans';
import { PlanStateBadge } from './PlanStateBadge';

/** Commissioning plans: adopted ones of every JST, and the drafts of the user's own JST. */
export function PlansListPage() {
  const { t } = useTranslation('commissioning');
  const search = useSearch({ from: '/authed/commissioning' });
  const navigate = useNavigate({ from: '/commissioning' });
  const list = usePlans(search);
  const filtered = Boolean(search.q || search.territory || search.year || search.state);
  const canCreate = (list.data?.canCreateFor.length ?? 0) > 0;

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        actions={
          canCreate && (
            <Button component={Link} to="/commissioning/new">
              {t('new')}
            </Button>
          )
        }
      />
      <Text size="sm">{t('intro')}</Text>
      <Filters search={search} onApply={(filters) => navigate({ search: filters })} />
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data && list.data.total === 0 && (
        <EmptyState title={t('empty')} hint={filtered || canCreate ? t('emptyHint') : undefined} />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped data-testid="plans-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.title')}</Table.Th>
                  <Table.Th>{t('fields.jst')}</Table.Th>
                  <Table.Th>{t('fields.period')}</Table.Th>
                  <Table.Th>{t('fields.state')}</Table.Th>
                  <Table.Th>{t('fields.commissions')}</Table.Th>
                  <Table.Th>{t('fields.plannedBudget')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((plan) => (
                  <Table.Tr key={plan.id}>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link {...props} to="/commissioning/$id" params={{ id: plan.id }} />
                        )}
                      >
                        {plan.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {plan.jst.name}
                      {plan.jst.territoryName && <Text size="xs">{plan.jst.territoryName}</Text>}
                    </Table.Td>
                    <Table.Td>
                      {formatDate(plan.startsOn)} – {formatDate(plan.endsOn)}
                    </Table.Td>
                    <Table.Td>
                      <PlanStateBadge state={plan.state} />
                    </Table.Td>
                    <Table.Td>{plan.commissionCount}</Table.Td>
                    <Table.Td>{formatPln(plan.plannedBudget, currentLocale())}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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

function Filters({ search, onApply }: { search: PlanSearch; onApply: (filters: PlanSearch) => void }) {
  const { t } = useTranslation('commissioning');
  const [q, setQ] = useState(search.q ?? '');
  const [territory, setTerritory] = useState<string | null>(search.territory ?? null);
  const [year, setYear] = useState<string | number>(search.year ?? '');
  const [state, setState] = useState<string | null>(search.state ?? null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...(q.trim() && { q: q.trim() }),
      ...(territory && { territory }),
      ...(typeof year === 'number' && { year }),
      ...(state && { state: state as PlanSearch['state'] }),
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('filters.apply')}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          id="filter-q"
          label={t('filters.q')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <TerritoryPicker
          id="filter-territory"
          label={t('filters.territory')}
          levels={['voivodeship', 'powiat', 'gmina']}
          value={territory}
          onChange={setTerritory}
        />
        <NumberInput
          id="filter-year"
          label={t('filters.year')}
          min={2000}
          max={2100}
          w={110}
          value={year}
          onChange={setYear}
        />
        <Select
          id="filter-state"
          label={t('filters.state')}
          placeholder={t('filters.anyState')}
          clearable
          data={commissioningPlanStates.map((s) => ({ value: s, label: t(`states.${s}`) }))}
          value={state}
          onChange={setState}
          comboboxProps={{ withinPortal: true }}
        />
        <Button type="submit">{t('filters.apply')}</Button>
      </Group>
    </form>
  );
}
