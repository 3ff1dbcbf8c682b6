import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPager } from '../../../../components/ListPager';
import { formatDate } from '../../../../lib/format';
import { useReferralQueue } from '../../api/referrals';
import { ReferralStateBadge } from './ReferralStateBadge';

/**
 * A worklist: the entry institution's referrals whose code still waits (overdue ones marked as
 * expired), or the operator's redeemed referrals awaiting a decision or the start of service.
 */
export function ReferralQueue({ queue }: { queue: 'waitingForCode' | 'awaitingService' }) {
  const { t } = useTranslation('referrals');
  const [page, setPage] = useState(1);
  const list = useReferralQueue(queue, page);
  const headingId = `queue-${queue}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={headingId}>
          {t(`queues.${queue}`)}
        </Title>
        {list.error && <Text role="alert">{list.error.message}</Text>}
        {list.data?.total === 0 && <Text size="sm">{t('queues.empty')}</Text>}
        {list.data && list.data.total > 0 && (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('detail.person')}</Table.Th>
                    <Table.Th>
                      {queue === 'waitingForCode' ? t('columns.operator') : t('detail.from')}
                    </Table.Th>
                    <Table.Th>{t('columns.useBy')}</Table.Th>
                    <Table.Th>{t('columns.state')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor
                          size="sm"
                          renderRoot={(props) => (
                            <Link {...props} to="/referrals/$referralId" params={{ referralId: r.id }} />
                          )}
                        >
                          {r.person.lastName} {r.person.firstName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {queue === 'waitingForCode' ? r.operatorInstitution.name : r.entryInstitution.name}
                      </Table.Td>
                      <Table.Td>{formatDate(r.useBy)}</Table.Td>
                      <Table.Td>
                        <ReferralStateBadge referral={r} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPager total={list.data.total} page={page} pageSize={list.data.pageSize} onChange={setPage} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
