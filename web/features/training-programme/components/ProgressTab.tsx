import { Anchor, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeView } from '../../../../common/contracts/training-programme';
import { base, useProgress } from '../api/programmes';

const columns = [
  'enrolled',
  'priority',
  'trained',
  'advisoryMinimumMet',
  'visitsDone',
  'plansAdopted',
] as const;

/** Progress in all 16 voivodeships (zeros shown), the country's total, and the XLSX export. */
export function ProgressTab({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation('trainingProgramme');
  const progress = useProgress(programme.id);
  if (!progress.data) return <Loader aria-label={t('loading', { ns: 'common' })} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm">
          {t('progress.targetJsts')}: {progress.data.targetJsts}
        </Text>
        <Anchor href={`${base(programme.id)}/progress.xlsx`}>{t('progress.xlsx')}</Anchor>
      </Group>
      <Table.ScrollContainer minWidth={820}>
        <Table striped data-testid="progress-table">
          <Table.Caption>{t('progress.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('progress.voivodeship')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c} scope="col">
                  {t(`progress.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {progress.data.rows.map((row) => (
              <Table.Tr key={row.voivodeshipCode}>
                <Table.Th scope="row">{row.voivodeshipName}</Table.Th>
                {columns.map((c) => (
                  <Table.Td key={c}>{row[c]}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('progress.total')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c}>{progress.data.total[c]}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
