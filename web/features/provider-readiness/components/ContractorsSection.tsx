import { Anchor, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderReadinessView } from '../../../../common/contracts/provider-readiness';
import { ListPager } from '../../../components/ListPager';
import { formatDate } from '../../../lib/format';
import { useContractors } from '../api/list-contractors';
import { useItemLabel } from './readiness-labels';

/** Why a provider is or is not ready, in a sentence, with the items found missing. */
function Reason({ readiness }: { readiness: ProviderReadinessView }) {
  const { t } = useTranslation('providerReadiness');
  const label = useItemLabel();
  const date = (value: string | null) => (value ? formatDate(value) : '—');
  return (
    <Stack gap={2}>
      <Text size="sm" data-testid="contractor-reason">
        {t(`contractors.reasons.${readiness.reason}`, {
          until: date(readiness.validUntil),
          from: date(readiness.validFrom),
          date: date(readiness.expiredOn),
        })}
      </Text>
      {readiness.missingItems.length > 0 && (
        <Text size="sm">
          {t('contractors.missing', { items: readiness.missingItems.map(label).join('; ') })}
        </Text>
      )}
      {readiness.expiredOn && readiness.reason !== 'expired' && readiness.reason !== 'ready' && (
        <Text size="sm">{t('contractors.previouslyExpired', { date: date(readiness.expiredOn) })}</Text>
      )}
    </Stack>
  );
}

/**
 * The service type's providers with their readiness, those confirmed ready first: the list a
 * commissioning local government picks contractors from.
 */
export function ContractorsSection({ serviceTypeId }: { serviceTypeId: string }) {
  const { t } = useTranslation('providerReadiness');
  const [page, setPage] = useState(1);
  const [readyOnly, setReadyOnly] = useState(false);
  const list = useContractors(serviceTypeId, { page, readyOnly: readyOnly || undefined });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="card-contractors">
      <Stack>
        <Title order={2} size="h4" id="card-contractors">
          {t('contractors.title')}
        </Title>
        <Text size="sm">{t('contractors.hint')}</Text>
        <Group justify="space-between">
          <Checkbox
            label={t('contractors.readyOnly')}
            checked={readyOnly}
            onChange={(e) => {
              setReadyOnly(e.currentTarget.checked);
              setPage(1);
            }}
          />
          <Anchor
            href={`/api/social-services/types/${serviceTypeId}/contractors.xlsx${readyOnly ? '?readyOnly=true' : ''}`}
            data-testid="contractors-xlsx"
          >
            {t('documents.xlsx')}
          </Anchor>
        </Group>
        {list.error && <Text role="alert">{list.error.message}</Text>}
        {list.data?.total === 0 && <Text size="sm">{t('contractors.empty')}</Text>}
        {list.data && list.data.total > 0 && (
          <>
            <Table.ScrollContainer minWidth={600}>
              <Table striped captionSide="top">
                <Table.Caption>{t('contractors.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('contractors.provider')}</Table.Th>
                    <Table.Th>{t('contractors.readiness')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map(({ institution, readiness }) => (
                    <Table.Tr key={institution.id} data-testid="contractor-row">
                      <Table.Td>
                        <Anchor
                          renderRoot={(props) => (
                            <Link {...props} to="/institutions/$id" params={{ id: institution.id }} />
                          )}
                        >
                          {institution.name}
                        </Anchor>
                        {institution.city && <Text size="xs">{institution.city}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Reason readiness={readiness} />
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
