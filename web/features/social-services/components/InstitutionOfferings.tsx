import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferingView } from '../../../../common/contracts/service-offerings';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { useOfferings } from '../api/list-offerings';
import { EndOffering } from './EndOffering';
import { OfferingForm } from './OfferingForm';
import { OfferingsTable } from './OfferingsTable';

/**
 * The social services an institution offers, on its card: those who speak for it add, change
 * (suspend, resume) and end offerings here; everyone sees them (they are published as open data too).
 */
export function InstitutionOfferings({
  institutionId,
  defaultTerritoryCode,
}: {
  institutionId: string;
  defaultTerritoryCode: string;
}) {
  const { t } = useTranslation('socialServices');
  const [page, setPage] = useState(1);
  const [withEnded, setWithEnded] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<OfferingView | null>(null);
  const list = useOfferings({ institutionId, page, status: withEnded ? 'all' : 'current' });
  const canAdd = Boolean(list.data?.abilities.create);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offerings-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="offerings-title">
            {t('offerings.title')}
          </Title>
          {canAdd && !adding && !editing && (
            <Button onClick={() => setAdding(true)}>{t('offerings.add')}</Button>
          )}
        </Group>
        {adding && (
          <OfferingForm
            institutionId={institutionId}
            defaultTerritoryCode={defaultTerritoryCode}
            onDone={() => setAdding(false)}
          />
        )}
        {editing && (
          <OfferingForm
            key={editing.id}
            institutionId={institutionId}
            defaultTerritoryCode={defaultTerritoryCode}
            offering={editing}
            onDone={() => setEditing(null)}
          />
        )}
        <Checkbox
          label={t('offerings.showEnded')}
          checked={withEnded}
          onChange={(e) => {
            setWithEnded(e.currentTarget.checked);
            setPage(1);
          }}
        />
        {list.error && <Text role="alert">{list.error.message}</Text>}
        {list.data?.total === 0 && (
          <EmptyState title={t('offerings.empty')} hint={canAdd ? t('offerings.emptyHint') : undefined} />
        )}
        {list.data && list.data.total > 0 && (
          <>
            <OfferingsTable
              items={list.data.items}
              caption={t('offerings.caption')}
              show="service"
              actions={(offering) => (
                <Group gap="xs" wrap="nowrap">
                  {offering.abilities.update && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${t('offerings.edit')}: ${offering.serviceType.name}`}
                      onClick={() => {
                        setAdding(false);
                        setEditing(offering);
                      }}
                    >
                      {t('offerings.edit')}
                    </Button>
                  )}
                  <EndOffering offering={offering} />
                </Group>
              )}
            />
            <ListPager total={list.data.total} page={page} pageSize={list.data.pageSize} onChange={setPage} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
