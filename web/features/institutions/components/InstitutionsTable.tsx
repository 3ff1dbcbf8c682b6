import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InstitutionSort, InstitutionSummary } from '../../../../common/contracts/institutions';
import { formatDateTime } from '../../../lib/format';
import { TerritoryPath } from './TerritoryPath';

type SortColumn = 'name' | 'type' | 'updatedAt';

/** A header that sorts by its column: the first click ascending (newest first for dates), the next reverses. */
function SortableTh({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortColumn;
  label: string;
  sort: InstitutionSort;
  onSort: (sort: InstitutionSort) => void;
}) {
  const { t } = useTranslation('institutions');
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : undefined;
  const firstClick: InstitutionSort = column === 'updatedAt' ? '-updatedAt' : column;
  const next: InstitutionSort = direction === 'ascending' ? `-${column}` : direction ? column : firstClick;
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

export function InstitutionsTable({
  items,
  sort,
  onSort,
}: {
  items: InstitutionSummary[];
  sort: InstitutionSort;
  onSort: (sort: InstitutionSort) => void;
}) {
  const { t } = useTranslation('institutions');
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh column="name" label={t('fields.name')} sort={sort} onSort={onSort} />
            <SortableTh column="type" label={t('fields.type')} sort={sort} onSort={onSort} />
            <Table.Th>{t('fields.territory')}</Table.Th>
            <Table.Th>{t('fields.city')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <SortableTh column="updatedAt" label={t('fields.updatedAt')} sort={sort} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => <Link {...props} to="/institutions/$id" params={{ id: item.id }} />}
                >
                  {item.name}
                </Anchor>
                {item.shortName && (
                  <Text size="xs" c="dimmed">
                    {item.shortName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`types.${item.type}`)}</Table.Td>
              <Table.Td>
                <TerritoryPath territory={item.territory} />
              </Table.Td>
              <Table.Td>{item.city}</Table.Td>
              <Table.Td>{t(`statuses.${item.status}`)}</Table.Td>
              <Table.Td>{formatDateTime(item.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
