import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../common/contracts/commissioning';
import { formatPln } from '../../../../common/money';
import { currentLocale } from '../../../lib/i18n';

/** The plan itself: the strategic document, the baseline and the targets per year. */
export function PlanTab({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('commissioning');
  const pln = (grosze: number) => formatPln(grosze, currentLocale());
  const fact = (label: string, value: string | number | null) => (
    <div>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value ?? '—'}</Text>
    </div>
  );
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('sections.document')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {fact(t('fields.strategicDocumentKind'), t(`documentKinds.${plan.strategicDocumentKind}`))}
          {fact(t('fields.strategicDocumentName'), plan.strategicDocumentName)}
          {fact(t('fields.strategicDocumentNumber'), plan.strategicDocumentNumber)}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('sections.baseline')} ({plan.baseYear})
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {fact(t('fields.baselinePesCount'), plan.baselinePesCount)}
          {fact(t('fields.baselinePesValue'), pln(plan.baselinePesValue))}
          {fact(t('fields.baselineTotalCount'), plan.baselineTotalCount)}
          {fact(t('fields.baselineTotalValue'), pln(plan.baselineTotalValue))}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('sections.targets')}
        </Title>
        {plan.targets.length === 0 ? (
          <Text size="sm">{t('noTargets')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.year')}</Table.Th>
                <Table.Th>{t('fields.count')}</Table.Th>
                <Table.Th>{t('fields.value')}</Table.Th>
                <Table.Th>{t('fields.sharePercent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.targets.map((target) => (
                <Table.Tr key={target.year}>
                  <Table.Td>{target.year}</Table.Td>
                  <Table.Td>{target.count}</Table.Td>
                  <Table.Td>{pln(target.value)}</Table.Td>
                  <Table.Td>{target.sharePercent}%</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
