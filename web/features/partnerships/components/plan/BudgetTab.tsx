import { Alert, Anchor, Button, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLineView } from '../../../../../common/contracts/partnership-budget';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { formatPln, groszeToInput } from '../../../../../common/money';
import { budgetCategories, fundingSources } from '../../../../../common/plan-catalogue';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { EmptyState } from '../../../../components/EmptyState';
import { ListPager } from '../../../../components/ListPager';
import { currentLocale } from '../../../../lib/i18n';
import { type BudgetFilters, budgetCsvUrl, useBudget, usePlanChange } from '../../api/plan';
import { BudgetTotals } from './BudgetTotals';
import { enumOptions } from './options';
import { bodyOf, type FieldSpec, RecordForm } from './RecordForm';

/**
 * The budget by funding stream: every line names its payer, source and legal basis; there is no
 * pooled budget, so the totals are per payer and per source. Amounts are typed as złoty and kept
 * as grosze; each payer adds and changes only its own lines.
 */
export function BudgetTab({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnershipPlan');
  const [filters, setFilters] = useState<BudgetFilters>({});
  const [editing, setEditing] = useState<BudgetLineView | 'new' | null>(null);
  const budget = useBudget(view.id, filters);
  const create = usePlanChange(view.id, 'POST');
  const update = usePlanChange(view.id, 'PATCH');
  const remove = usePlanChange(view.id, 'DELETE');
  const pln = (grosze: number) => formatPln(grosze, currentLocale());
  if (!budget.data)
    return budget.error ? (
      <Text role="alert">{budget.error.message}</Text>
    ) : (
      <Loader aria-label={t('tabs.budget')} />
    );
  const data = budget.data;
  const own = view.members.filter((m) => data.abilities.addFor.includes(m.id));
  const line = editing !== 'new' ? editing : null;
  const save = line ? update : create;
  const memberChoices = view.members.map((m) => ({ value: m.id, label: m.institution.name }));
  const fields: FieldSpec[] = [
    ...(line
      ? []
      : [
          {
            name: 'memberId',
            label: t('budget.memberId'),
            required: true,
            kind: 'select' as const,
            data: own.map((m) => ({ value: m.id, label: m.institution.name })),
          },
        ]),
    {
      name: 'source',
      label: t('budget.source'),
      required: true,
      kind: 'select',
      data: enumOptions(t, 'sources', fundingSources),
    },
    { name: 'legalBasis', label: t('budget.legalBasis'), required: true, wide: true },
    {
      name: 'category',
      label: t('budget.category'),
      required: true,
      kind: 'select',
      data: enumOptions(t, 'categories', budgetCategories),
    },
    { name: 'year', label: t('budget.year'), required: true, kind: 'number' },
    { name: 'planned', label: t('budget.planned'), required: true, hint: t('budget.amountHint') },
    { name: 'spent', label: t('budget.spent'), hint: t('budget.amountHint') },
    { name: 'description', label: t('budget.description'), kind: 'area' },
  ];
  const filter = (key: keyof BudgetFilters, value: string | null) =>
    setFilters((f) => ({
      ...f,
      page: undefined,
      [key]: key === 'year' ? (value ? Number(value) : undefined) : (value ?? undefined),
    }));
  const years = [
    ...new Set([
      new Date().getFullYear() - 1,
      new Date().getFullYear(),
      new Date().getFullYear() + 1,
      ...data.items.map((l) => l.year),
    ]),
  ].sort();
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('budget.title')}
      </Title>
      <Alert color="blue" variant="outline">
        {t('budget.noPool')}
      </Alert>
      <Group
        component="form"
        aria-label={t('budget.filters')}
        align="flex-end"
        onSubmit={(e) => e.preventDefault()}
      >
        <Select
          label={t('budget.payer')}
          data={memberChoices}
          value={filters.payer ?? null}
          clearable
          placeholder={t('budget.all')}
          onChange={(v) => filter('payer', v)}
        />
        <Select
          label={t('budget.source')}
          data={enumOptions(t, 'sources', fundingSources)}
          value={filters.source ?? null}
          clearable
          placeholder={t('budget.all')}
          onChange={(v) => filter('source', v)}
        />
        <Select
          label={t('budget.year')}
          data={years.map(String)}
          value={filters.year ? String(filters.year) : null}
          clearable
          placeholder={t('budget.all')}
          onChange={(v) => filter('year', v)}
        />
        <Anchor href={budgetCsvUrl(view.id, filters, currentLocale())} download>
          {t('budget.export')}
        </Anchor>
      </Group>
      <BudgetTotals totals={data.totals} pln={pln} />
      {data.total === 0 ? (
        <EmptyState title={t('budget.none')} />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="budget-lines">
            <Table.Caption>{t('budget.caption', { count: data.total })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('budget.year')}</Table.Th>
                <Table.Th scope="col">{t('budget.payer')}</Table.Th>
                <Table.Th scope="col">{t('budget.source')}</Table.Th>
                <Table.Th scope="col">{t('budget.legalBasis')}</Table.Th>
                <Table.Th scope="col">{t('budget.category')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('budget.planned')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('budget.spent')}
                </Table.Th>
                <Table.Th scope="col">{t('actions.edit')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.year}</Table.Td>
                  <Table.Td>{l.institutionName}</Table.Td>
                  <Table.Td>{t(`sources.${l.source}`)}</Table.Td>
                  <Table.Td>{l.legalBasis}</Table.Td>
                  <Table.Td>{t(`categories.${l.category}`)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{pln(l.planned)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{pln(l.spent)}</Table.Td>
                  <Table.Td>
                    {l.abilities.update && (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(l)}
                          aria-label={`${t('actions.edit')}: ${l.legalBasis}`}
                        >
                          {t('actions.edit')}
                        </Button>
                        <ConfirmAction
                          size="xs"
                          label={t('actions.remove')}
                          aria-label={`${t('actions.remove')}: ${l.legalBasis}`}
                          title={t('actions.removeTitle')}
                          message={`${l.institutionName}, ${t(`sources.${l.source}`)}, ${pln(l.planned)} — ${t('actions.removeMessage')}`}
                          confirmLabel={t('actions.remove')}
                          onConfirm={() => remove.mutateAsync({ path: `/budget/${l.id}` })}
                        />
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ListPager
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        onChange={(page) => setFilters((f) => ({ ...f, page }))}
      />
      {editing !== null && (
        <RecordForm
          idPrefix="budget"
          title={line ? t('actions.edit') : t('budget.add')}
          fields={fields}
          initial={{
            memberId: own.length === 1 ? own[0]!.id : '',
            source: line?.source ?? '',
            legalBasis: line?.legalBasis ?? '',
            category: line?.category ?? '',
            year: String(line?.year ?? new Date().getFullYear()),
            planned: line ? groszeToInput(line.planned) : '',
            spent: line ? groszeToInput(line.spent) : '',
            description: line?.description ?? '',
          }}
          error={save.error}
          pending={save.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(values) => {
            const body = { ...bodyOf(fields, values), spent: values.spent === '' ? undefined : values.spent };
            const done = { onSuccess: () => setEditing(null) };
            if (!line) create.mutate({ path: '/budget', body }, done);
            else
              update.mutate({ path: `/budget/${line.id}`, body: { ...body, version: line.version } }, done);
          }}
        />
      )}
      {own.length > 0 && editing === null && (
        <Button variant="light" onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }}>
          {t('budget.add')}
        </Button>
      )}
    </Stack>
  );
}
