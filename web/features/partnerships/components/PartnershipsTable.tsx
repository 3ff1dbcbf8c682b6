import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PartnershipCard, PartnershipSort } from '../../../../common/contracts/partnerships';
import { SortableTh } from '../../../components/SortableTh';
import { formatDateTime } from '../../../lib/format';
import { unitLabel } from '../../../lib/territory-label';
import { stepLabel } from './labels';

/** The public cards: name, kind, area, the leader, the current step; mine marked. */
export function PartnershipsTable({
  items,
  sort,
  onSort,
}: {
  items: PartnershipCard[];
  sort: PartnershipSort;
  onSort: (sort: PartnershipSort) => void;
}) {
  const { t } = useTranslation('partnerships');
  const { t: tTerritory } = useTranslation('territory');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh<PartnershipSort>
              column="name"
              label={t('fields.name')}
              sortLabel={t('list.sortBy', { column: t('fields.name') })}
              sort={sort}
              onSort={onSort}
            />
            <Table.Th>{t('fields.kind')}</Table.Th>
            <Table.Th>{t('fields.area')}</Table.Th>
            <Table.Th>{t('list.leader')}</Table.Th>
            <Table.Th>{t('fields.currentStep')}</Table.Th>
            <SortableTh<PartnershipSort>
              column="updatedAt"
              label={t('fields.updatedAt')}
              sortLabel={t('list.sortBy', { column: t('fields.updatedAt') })}
              sort={sort}
              onSort={onSort}
              descendingFirst
            />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => <Link {...props} to="/partnerships/$id" params={{ id: item.id }} />}
                >
                  {item.name}
                </Anchor>
                {item.isMember && (
                  <Badge ml="xs" variant="outline" color="teal.9" size="sm">
                    {t('list.mineBadge')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`kinds.${item.kind}`)}</Table.Td>
              <Table.Td>
                {item.area.map((unit) => (
                  <Text size="sm" key={unit.code}>
                    {unitLabel(unit, tTerritory)}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>{item.members.find((m) => m.role === 'leader')?.institution.name}</Table.Td>
              <Table.Td>
                {item.status === 'closed' ? t('statuses.closed') : stepLabel(t, item.currentStep)}
              </Table.Td>
              <Table.Td>{formatDateTime(item.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
