import { Anchor, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InstitutionSort, InstitutionSummary } from '../../../../common/contracts/institutions';
import { SortableTh } from '../../../components/SortableTh';
import { formatDateTime } from '../../../lib/format';
import { TerritoryPath } from './TerritoryPath';

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
            <SortableTh<InstitutionSort>
              column="name"
              label={t('fields.name')}
              sortLabel={t('list.sortBy', { column: t('fields.name') })}
              sort={sort}
              onSort={onSort}
            />
            <SortableTh<InstitutionSort>
              column="type"
              label={t('fields.type')}
              sortLabel={t('list.sortBy', { column: t('fields.type') })}
              sort={sort}
              onSort={onSort}
            />
            <Table.Th>{t('fields.territory')}</Table.Th>
            <Table.Th>{t('fields.city')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <SortableTh<InstitutionSort>
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
