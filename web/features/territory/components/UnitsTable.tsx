import { Anchor, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TerritorialUnitSummary } from '../../../../common/contracts/territory';
import { unitKindKey, unitPath } from '../../../lib/territory-label';

/** Units with their code and kind; each name opens the unit. Search results add where each lies. */
export function UnitsTable({
  items,
  caption,
  withPath = false,
}: {
  items: TerritorialUnitSummary[];
  caption: string;
  withPath?: boolean;
}) {
  const { t } = useTranslation('territory');
  return (
    <Table.ScrollContainer minWidth={withPath ? 760 : 480}>
      <Table striped highlightOnHover captionSide="top" data-testid="territory-units">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.code')}</Table.Th>
            <Table.Th>{t('columns.kind')}</Table.Th>
            {withPath && <Table.Th>{t('columns.path')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((unit) => (
            <Table.Tr key={unit.code}>
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => <Link {...props} to="/territory" search={{ unit: unit.code }} />}
                >
                  {unit.displayName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {unit.code}
                </Text>
              </Table.Td>
              <Table.Td>{t(`kinds.${unitKindKey(unit)}`)}</Table.Td>
              {withPath && <Table.Td>{unitPath(unit, t)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
