import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPager } from '../../../components/ListPager';
import { useOfferings } from '../api/list-offerings';
import { OfferingsTable } from './OfferingsTable';

/** Who offers a service type and where: the directory's answer, from the card's side. */
export function ServiceTypeProviders({ serviceTypeId }: { serviceTypeId: string }) {
  const { t } = useTranslation('socialServices');
  const [page, setPage] = useState(1);
  const list = useOfferings({ serviceTypeId, page });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="card-providers">
      <Stack>
        <Title order={2} size="h4" id="card-providers">
          {t('card.providers')}
        </Title>
        {list.error && <Text role="alert">{list.error.message}</Text>}
        {list.data?.total === 0 && <Text size="sm">{t('card.noProviders')}</Text>}
        {list.data && list.data.total > 0 && (
          <>
            <OfferingsTable items={list.data.items} caption={t('card.providers')} show="provider" />
            <ListPager total={list.data.total} page={page} pageSize={list.data.pageSize} onChange={setPage} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
