import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffingNeedView } from '../../../../common/contracts/staffing-needs';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { formatDate } from '../../../lib/format';
import { unitLabel } from '../../../lib/territory-label';
import { useUpdateNeed } from '../api/needs';

function MarkFilled({ need }: { need: StaffingNeedView }) {
  const { t } = useTranslation('staffingNeeds');
  const update = useUpdateNeed(need.id);
  return (
    <ConfirmAction
      label={t('close.filled')}
      title={t('close.filledTitle')}
      message={t('close.filledMessage')}
      size="xs"
      loading={update.isPending}
      onConfirm={() => update.mutateAsync({ version: need.version, status: 'filled' }).catch(() => undefined)}
    />
  );
}

export function NeedsTable({ items }: { items: StaffingNeedView[] }) {
  const { t } = useTranslation('staffingNeeds');
  const { t: tt } = useTranslation('territory');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped captionSide="top">
        <Table.Caption>{t('table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.position')}</Table.Th>
            <Table.Th>{t('table.provider')}</Table.Th>
            <Table.Th>{t('table.headcount')}</Table.Th>
            <Table.Th>{t('table.neededFrom')}</Table.Th>
            <Table.Th>{t('table.territory')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((need) => (
            <Table.Tr key={need.id} data-testid="need-row">
              <Table.Td>
                <Text fw={600} size="sm">
                  {need.position}
                </Text>
                <Text size="sm">{need.qualification.name}</Text>
              </Table.Td>
              <Table.Td>{need.institution.name}</Table.Td>
              <Table.Td>{need.headcount}</Table.Td>
              <Table.Td>{formatDate(need.neededFrom)}</Table.Td>
              <Table.Td>{unitLabel(need.territory, tt)}</Table.Td>
              <Table.Td>
                <Badge
                  variant={need.status === 'open' ? 'filled' : 'outline'}
                  color={need.status === 'open' ? 'teal.9' : 'gray.8'}
                >
                  {t(`statuses.${need.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{need.abilities.update && <MarkFilled need={need} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
