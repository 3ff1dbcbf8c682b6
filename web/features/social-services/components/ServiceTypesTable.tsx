import { Anchor, Badge, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ServiceTypeSummary } from '../../../../common/contracts/social-services';

/** The catalogue's service types, area by area, each a link to its standard card. */
export function ServiceTypesTable({ items }: { items: ServiceTypeSummary[] }) {
  const { t } = useTranslation('socialServices');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.area')}</Table.Th>
            <Table.Th>{t('fields.deliveryUnit')}</Table.Th>
            <Table.Th>{t('fields.offerings')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => (
                    <Link {...props} to="/catalogue/types/$id" params={{ id: item.id }} />
                  )}
                >
                  {item.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.area.name}</Table.Td>
              <Table.Td>{item.deliveryUnit}</Table.Td>
              <Table.Td>{item.offeringCount}</Table.Td>
              <Table.Td>
                <Badge variant="filled" color={item.status === 'active' ? 'teal.9' : 'gray.8'}>
                  {t(`statuses.${item.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
