import { Button, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AgreementState,
  type AgreementSummary,
  agreementStates,
} from '../../../../../common/contracts/partnership-agreements';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { EmptyState } from '../../../../components/EmptyState';
import { formatDate } from '../../../../lib/format';
import { useAgreements } from '../../api/list-agreements';
import { AgreementDetail } from './AgreementDetail';
import { AgreementStateBadge } from './AgreementStateBadge';
import { CreateAgreementForm } from './CreateAgreementForm';

const termOf = (a: AgreementSummary, open: string) =>
  `${a.termFrom ? formatDate(a.termFrom) : '…'} – ${a.termTo ? formatDate(a.termTo) : open}`;

/**
 * The "agreement" tab: the partnership's agreements (filtered by state on the server, which
 * reads "expired" the way the badges show it), a new one from a template, and the chosen one in full.
 */
export function AgreementTab({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const [state, setState] = useState<AgreementState | null>(null);
  const all = useAgreements(view.id);
  const filtered = useAgreements(view.id, state);
  const list = state ? filtered : all;
  const [chosen, setChosen] = useState<string | null>(null);
  if (!list.data || !all.data)
    return list.error ? <Text role="alert">{list.error.message}</Text> : <Loader size="sm" />;
  const items = list.data.items;
  const selected = chosen ?? items[0]?.id ?? null;
  return (
    <Stack>
      <Text size="sm">{t('agreements.intro')}</Text>
      {all.data.items.length > 0 && (
        <Select
          id="agreement-state-filter"
          label={t('agreements.filter.label')}
          data={[
            { value: '', label: t('agreements.filter.all') },
            ...agreementStates.map((s) => ({ value: s, label: t(`agreements.states.${s}`) })),
          ]}
          value={state ?? ''}
          onChange={(value) => setState((value || null) as AgreementState | null)}
          allowDeselect={false}
          maw={280}
        />
      )}
      {state && items.length === 0 && <Text size="sm">{t('agreements.filter.empty')}</Text>}
      {!state && items.length === 0 && (
        <EmptyState
          title={t('agreements.none')}
          hint={list.data.abilities.create ? t('agreements.noneHint') : undefined}
        />
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped captionSide="top">
            <Table.Caption>{t('agreements.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.columns.title')}</Table.Th>
                <Table.Th>{t('agreements.columns.kind')}</Table.Th>
                <Table.Th>{t('agreements.columns.state')}</Table.Th>
                <Table.Th>{t('agreements.columns.signed')}</Table.Th>
                <Table.Th>{t('agreements.columns.term')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id} aria-current={a.id === selected ? 'true' : undefined}>
                  <Table.Td>{a.title}</Table.Td>
                  <Table.Td>{t(`agreements.kinds.${a.kind}`)}</Table.Td>
                  <Table.Td>
                    <AgreementStateBadge state={a.state} />
                  </Table.Td>
                  <Table.Td>
                    {t('agreements.signedCount', { signed: a.signedCount, total: a.partyCount })}
                  </Table.Td>
                  <Table.Td>{termOf(a, t('agreements.termOpen'))}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setChosen(a.id)}
                      aria-label={`${t('agreements.open')}: ${a.title}`}
                    >
                      {t('agreements.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data.abilities.create && (
        <CreateAgreementForm
          view={view}
          agreements={all.data.items}
          onCreated={(id) => {
            setState(null);
            setChosen(id);
          }}
        />
      )}
      {selected && <AgreementDetail key={selected} view={view} agreementId={selected} />}
    </Stack>
  );
}
