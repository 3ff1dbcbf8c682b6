import { Button, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPln } from '../../../../../common/money';
import { EmptyState } from '../../../../components/EmptyState';
import { ListPager } from '../../../../components/ListPager';
import { formatDate } from '../../../../lib/format';
import { useDeliveries } from '../../api/deliveries';
import { DeliveryForm } from './DeliveryForm';

/** The services delivered to the person, newest first, and the form for the next one. */
export function DeliveriesSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation('delivery');
  const locale = i18n.language === 'en' ? 'en' : 'pl';
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const deliveries = useDeliveries(personId, page);
  const data = deliveries.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deliveries" data-testid="deliveries">
      <Stack>
        <Title order={2} size="h5" id="deliveries">
          {t('title')}
        </Title>
        {deliveries.error && <Text role="alert">{deliveries.error.message}</Text>}
        {!data && !deliveries.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
        {data?.abilities.record &&
          (adding ? (
            <DeliveryForm personId={personId} page={data} onDone={() => setAdding(false)} />
          ) : (
            <Button size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setAdding(true)}>
              {t('add')}
            </Button>
          ))}
        {data && data.total === 0 && <EmptyState title={t('empty')} hint={t('emptyHint')} />}
        {data && data.total > 0 && (
          <>
            <Table.ScrollContainer minWidth={800}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('deliveredOn')}</Table.Th>
                    <Table.Th>{t('instrument')}</Table.Th>
                    <Table.Th>{t('hours')}</Table.Th>
                    <Table.Th>{t('provider')}</Table.Th>
                    <Table.Th>{t('payer')}</Table.Th>
                    <Table.Th>{t('cost')}</Table.Th>
                    <Table.Th>{t('planAction')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((d) => (
                    <Table.Tr key={d.id} data-testid="delivery">
                      <Table.Td>{formatDate(d.deliveredOn)}</Table.Td>
                      <Table.Td>
                        {t(`instruments.${d.scopeItem.instrument}`, { ns: 'partnershipPlan' })}
                        {d.note && <Text size="xs">{d.note}</Text>}
                      </Table.Td>
                      <Table.Td>{d.hours}</Table.Td>
                      <Table.Td>{d.provider.name}</Table.Td>
                      <Table.Td>{d.payer.name}</Table.Td>
                      <Table.Td>{formatPln(d.costGrosze, locale)}</Table.Td>
                      <Table.Td>
                        {d.planAction === null
                          ? t('unplanned')
                          : t('actionOfVersion', { number: d.planAction + 1, version: d.planVersion })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPager total={data.total} page={data.page} pageSize={data.pageSize} onChange={setPage} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
