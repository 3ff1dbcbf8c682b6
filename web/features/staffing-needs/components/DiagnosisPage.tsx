import { Anchor, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosisView } from '../../../../common/contracts/staffing-needs';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { TerritoryPicker } from '../../../components/TerritoryPicker';
import { formatDate } from '../../../lib/format';
import { unitLabel } from '../../../lib/territory-label';
import { useDiagnosis } from '../api/needs';

type Need = DiagnosisView['powiats'][number]['needs'][number];

function NeedRows({ unit, needs, strong }: { unit: string; needs: Need[]; strong?: boolean }) {
  return needs.map((need, n) => (
    <Table.Tr
      key={`${unit}-${need.qualification.id}`}
      data-testid={strong ? 'diagnosis-powiat-row' : 'diagnosis-gmina-row'}
    >
      <Table.Td fw={strong ? 700 : undefined}>{n === 0 ? unit : ''}</Table.Td>
      <Table.Td>{need.qualification.name}</Table.Td>
      <Table.Td>{need.headcount}</Table.Td>
      <Table.Td>{need.providers}</Table.Td>
      <Table.Td>{formatDate(need.earliestFrom)}</Table.Td>
    </Table.Tr>
  ));
}

/** The joint diagnosis of a voivodeship or powiat: open needs per powiat, then per gmina, by qualification. */
export function DiagnosisPage() {
  const { t } = useTranslation('staffingNeeds');
  const { t: tt } = useTranslation('territory');
  const search = useSearch({ from: '/authed/staffing/diagnosis' });
  const navigate = useNavigate({ from: '/staffing/diagnosis' });
  const diagnosis = useDiagnosis(search.territory);
  return (
    <Stack>
      <PageHeader title={t('diagnosis.title')} />
      <Text size="sm">{t('diagnosis.intro')}</Text>
      <TerritoryPicker
        id="filter-territory"
        label={t('diagnosis.territory')}
        levels={['voivodeship', 'powiat']}
        value={search.territory ?? null}
        onChange={(code) => navigate({ search: code ? { territory: code } : {} })}
        clearable
      />
      {!search.territory && <Text size="sm">{t('diagnosis.choose')}</Text>}
      {diagnosis.error && <Text role="alert">{diagnosis.error.message}</Text>}
      {search.territory && !diagnosis.data && !diagnosis.error && (
        <Loader aria-label={t('loading', { ns: 'common' })} />
      )}
      {diagnosis.data && diagnosis.data.powiats.length === 0 && <EmptyState title={t('diagnosis.empty')} />}
      {diagnosis.data && diagnosis.data.powiats.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm" data-testid="diagnosis-total">
            {t('diagnosis.total', { count: diagnosis.data.headcount })}
          </Title>
          <Anchor
            href={`/api/staffing-needs/diagnosis.xlsx?territory=${search.territory}`}
            download
            data-testid="diagnosis-xlsx"
          >
            {t('diagnosis.export')}
          </Anchor>
          <Table.ScrollContainer minWidth={720}>
            <Table captionSide="top" withRowBorders>
              <Table.Caption>
                {t('diagnosis.caption', { unit: unitLabel(diagnosis.data.territory, tt) })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('diagnosis.unit')}</Table.Th>
                  <Table.Th>{t('diagnosis.qualification')}</Table.Th>
                  <Table.Th>{t('diagnosis.headcount')}</Table.Th>
                  <Table.Th>{t('diagnosis.providers')}</Table.Th>
                  <Table.Th>{t('diagnosis.earliestFrom')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {diagnosis.data.powiats.map((powiat) => (
                  <Fragment key={powiat.unit.code}>
                    <NeedRows
                      unit={`${unitLabel(powiat.unit, tt)} — ${t('diagnosis.powiatTotal')}`}
                      needs={powiat.needs}
                      strong
                    />
                    {powiat.gminas.map((gmina) => (
                      <NeedRows key={gmina.unit.code} unit={unitLabel(gmina.unit, tt)} needs={gmina.needs} />
                    ))}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Anchor component={Link} to="/staffing">
        {t('diagnosis.back')}
      </Anchor>
    </Stack>
  );
}
