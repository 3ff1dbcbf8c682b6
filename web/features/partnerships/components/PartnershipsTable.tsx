import { Anchor, Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PartnershipCard, PartnershipSort } from '../../../../common/contracts/partnerships';
import { formatDateTime } from '../../../lib/format';
import { unitLabel } from '../../../lib/territory-label';
import { stepLabel } from './labels';

function SortableTh({
  column,
  label,
  sort,
  onSort,
}: {
  column: 'name' | 'updatedAt';
  label: string;
  sort: PartnershipSort;
  onSort: (sort: PartnershipSort) => void;
}) {
  const { t } = useTranslation('partnerships');
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : undefined;
  const first: PartnershipSort = column === 'updatedAt' ? '-updatedAt' : column;
  const next: PartnershipSort = direction === 'ascending' ? `-${column}` : direction ? column : first;
  const Icon =
    direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th aria-sort={direction ?? 'none'}>
      <UnstyledButton
        onClick={() => onSort(next)}
        aria-label={t('list.sortBy', { column: label })}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 700 }}
      >
        {label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

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
            <SortableTh column="name" label={t('fields.name')} sort={sort} onSort={onSort} />
            <Table.Th>{t('fields.kind')}</Table.Th>
            <Table.Th>{t('fields.area')}</Table.Th>
            <Table.Th>{t('list.leader')}</Table.Th>
            <Table.Th>{t('fields.currentStep')}</Table.Th>
            <SortableTh column="updatedAt" label={t('fields.updatedAt')} sort={sort} onSort={onSort} />
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
                  <Badge ml="xs" variant="light" color="green.9" size="sm">
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
