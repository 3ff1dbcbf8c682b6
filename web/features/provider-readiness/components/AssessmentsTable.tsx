import { Anchor, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummaryView } from '../../../../common/contracts/provider-readiness';
import { formatDate, formatDateTime } from '../../../lib/format';
import { StatusBadge } from './StatusBadge';

export function AssessmentsTable({ items }: { items: AssessmentSummaryView[] }) {
  const { t } = useTranslation('providerReadiness');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped captionSide="top">
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.serviceType')}</Table.Th>
            <Table.Th>{t('table.provider')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.progress')}</Table.Th>
            <Table.Th>{t('table.validity')}</Table.Th>
            <Table.Th>{t('table.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} data-testid="assessment-row">
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => <Link {...props} to="/readiness/$id" params={{ id: a.id }} />}
                >
                  {a.serviceType.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{a.institution.name}</Table.Td>
              <Table.Td>
                <StatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>{t('table.progressValue', { met: a.metCount, count: a.itemCount })}</Table.Td>
              <Table.Td>
                {a.validFrom && a.validUntil ? (
                  `${formatDate(a.validFrom)} – ${formatDate(a.validUntil)}`
                ) : (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDateTime(a.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
