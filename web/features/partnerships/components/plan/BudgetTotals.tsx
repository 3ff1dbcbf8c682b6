import { SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetTotals as Totals } from '../../../../../common/contracts/partnership-budget';

/** Sums per payer and per source over the filtered lines: never one pooled total (seed 002 §9.1). */
export function BudgetTotals({ totals, pln }: { totals: Totals; pln: (grosze: number) => string }) {
  const { t } = useTranslation('partnershipPlan');
  const table = (caption: string, rows: { key: string; name: string; planned: number; spent: number }[]) => (
    <Table data-testid={`totals-${caption}`}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">
            {caption === t('budget.byPayer') ? t('budget.payer') : t('budget.source')}
          </Table.Th>
          <Table.Th scope="col" style={{ textAlign: 'right' }}>
            {t('budget.planned')}
          </Table.Th>
          <Table.Th scope="col" style={{ textAlign: 'right' }}>
            {t('budget.spent')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row">{r.name}</Table.Th>
            <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{pln(r.planned)}</Table.Td>
            <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{pln(r.spent)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  if (totals.byPayer.length === 0) return null;
  return (
    <section aria-labelledby="budget-totals">
      <Title order={3} size="h5" id="budget-totals" mb="xs">
        {t('budget.byPayer')} · {t('budget.bySource')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {table(
          t('budget.byPayer'),
          totals.byPayer.map((r) => ({
            key: r.memberId,
            name: r.institutionName,
            planned: r.planned,
            spent: r.spent,
          })),
        )}
        {table(
          t('budget.bySource'),
          totals.bySource.map((r) => ({
            key: r.source,
            name: t(`sources.${r.source}`),
            planned: r.planned,
            spent: r.spent,
          })),
        )}
      </SimpleGrid>
      <Text size="sm" mt="xs">
        {t('budget.ownCosts')}: {pln(totals.ownCosts.planned)} / {pln(totals.ownCosts.spent)}
      </Text>
    </section>
  );
}
