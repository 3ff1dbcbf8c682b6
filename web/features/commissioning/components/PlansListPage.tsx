import { Anchor, Button, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { commissioningPlanStates } from '../../../../common/enums';
import { formatPln } from '../../../../common/money';
import { FilterForm, useFilterDraft } from '../../../components/FilterForm';
import { ListResults, toPage } from '../../../components/ListResults';
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
      <ListResults
        query={list}
        page={search.page ?? 1}
        onPageChange={(page) => navigate({ search: toPage(page) })}
        empty={{ title: t('empty'), hint: filtered || canCreate ? t('emptyHint') : undefined }}
      >
        {(data) => (
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
                {data.items.map((plan) => (
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
        )}
      </ListResults>
    </Stack>
  );
}

function Filters({ search, onApply }: { search: PlanSearch; onApply: (filters: PlanSearch) => void }) {
  const { t } = useTranslation('commissioning');
  const [draft, setDraft] = useFilterDraft<{
    q: string;
    territory: string | null;
    year: string | number;
    state: string | null;
  }>({
    q: search.q ?? '',
    territory: search.territory ?? null,
    year: search.year ?? '',
    state: search.state ?? null,
  });
  return (
    <FilterForm
      label={t('filters.apply')}
      query={{ label: t('filters.q'), value: draft.q, onChange: (q) => setDraft({ q }) }}
      submitLabel={t('filters.apply')}
      onSubmit={() =>
        onApply({
          ...(draft.q.trim() && { q: draft.q.trim() }),
          ...(draft.territory && { territory: draft.territory }),
          ...(typeof draft.year === 'number' && { year: draft.year }),
          ...(draft.state && { state: draft.state as PlanSearch['state'] }),
        })
      }
    >
      <TerritoryPicker
        id="filter-territory"
        label={t('filters.territory')}
        levels={['voivodeship', 'powiat', 'gmina']}
        value={draft.territory}
        onChange={(territory) => setDraft({ territory })}
      />
      <NumberInput
        id="filter-year"
        label={t('filters.year')}
        min={2000}
        max={2100}
        w={110}
        value={draft.year}
        onChange={(year) => setDraft({ year })}
      />
      <Select
        id="filter-state"
        label={t('filters.state')}
        placeholder={t('filters.anyState')}
        clearable
        data={commissioningPlanStates.map((s) => ({ value: s, label: t(`states.${s}`) }))}
        value={draft.state}
        onChange={(state) => setDraft({ state })}
        comboboxProps={{ withinPortal: true }}
      />
    </FilterForm>
  );
}
