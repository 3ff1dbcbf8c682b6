import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InitiativeView, supportKinds } from '../../../../common/contracts/pes-initiatives';
import { formatPln, groszeToInput } from '../../../../common/money';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useInstitutionOptions, useUpdateInitiative } from '../api/initiatives';

const asInput = (s: InitiativeView['support'][number]) => ({
  kind: s.kind,
  institutionId: s.institution.id,
  amount: s.amount === null ? '' : groszeToInput(s.amount),
  date: s.date,
  note: s.note ?? '',
});

/** Support from the OWES and the PUP: advice, training, start-up grants, with amount, date and who gave it. */
export function SupportSection({ initiative }: { initiative: InitiativeView }) {
  const { t, i18n } = useTranslation('pesInitiatives');
  const update = useUpdateInitiative(initiative.id);
  const givers = useInstitutionOptions('owes,pup');
  const empty = { kind: 'advice', institutionId: initiative.owes.id, amount: '', date: '', note: '' };
  const [draft, setDraft] = useState(empty);
  const index = initiative.support.length;
  const locale = i18n.language === 'en' ? 'en' : 'pl';
  return (
    <Stack component="section" aria-labelledby="support-title">
      <Title order={2} size="h3" id="support-title">
        {t('support.title')}
      </Title>
      {initiative.support.length === 0 ? (
        <Text size="sm">{t('support.empty')}</Text>
      ) : (
        <Table striped captionSide="top">
          <Table.Caption>{t('support.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('support.date')}</Table.Th>
              <Table.Th>{t('support.kind')}</Table.Th>
              <Table.Th>{t('support.institution')}</Table.Th>
              <Table.Th>{t('support.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {initiative.support.map((s, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id of their own; the list is saved whole, in its order
              <Table.Tr key={`${s.date}-${n}`} data-testid="support-row">
                <Table.Td>{formatDate(s.date)}</Table.Td>
                <Table.Td>{t(`supportKinds.${s.kind}`)}</Table.Td>
                <Table.Td>{s.institution.name}</Table.Td>
                <Table.Td>{s.amount === null ? '—' : formatPln(s.amount, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {initiative.abilities.update && (
        <form
          noValidate
          aria-label={t('support.add')}
          onSubmit={async (event) => {
            event.preventDefault();
            const saved = await update
              .mutateAsync({
                version: initiative.version,
                support: [...initiative.support.map(asInput), draft as ReturnType<typeof asInput>],
              })
              .catch(() => undefined);
            if (saved) setDraft(empty);
          }}
        >
          <ErrorSummary
            error={update.error}
            fieldIds={{
              [`support.${index}.amount`]: 'support-amount',
              [`support.${index}.date`]: 'support-date',
              [`support.${index}.institutionId`]: 'support-institution',
            }}
          />
          <Group align="flex-end" wrap="wrap">
            <Select
              id="support-kind"
              label={t('support.kind')}
              data={supportKinds.map((k) => ({ value: k, label: t(`supportKinds.${k}`) }))}
              value={draft.kind}
              onChange={(v) => setDraft((d) => ({ ...d, kind: v ?? 'advice' }))}
              allowDeselect={false}
            />
            <Select
              id="support-institution"
              label={t('support.institution')}
              data={givers.data ?? []}
              value={draft.institutionId}
              onChange={(v) => setDraft((d) => ({ ...d, institutionId: v ?? '' }))}
              searchable
              withAsterisk
              error={fieldError(update.error, `support.${index}.institutionId`)}
            />
            <TextInput
              id="support-amount"
              label={t('support.amount')}
              description={t('support.amountHint')}
              value={draft.amount}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, amount: value }));
              }}
              error={fieldError(update.error, `support.${index}.amount`)}
            />
            <TextInput
              id="support-date"
              type="date"
              label={t('support.date')}
              value={draft.date}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, date: value }));
              }}
              withAsterisk
              error={fieldError(update.error, `support.${index}.date`)}
            />
            <Button type="submit" loading={update.isPending}>
              {t('support.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
