import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type InitiativeView,
  preparationStepKinds,
  preparationStepStatuses,
} from '../../../../common/contracts/pes-initiatives';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useUpdateInitiative } from '../api/initiatives';

type Step = InitiativeView['steps'][number];

/** The preparation path: trainings, workshops, recruitment and selection, each with its date and status. */
export function PathSection({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('pesInitiatives');
  const update = useUpdateInitiative(initiative.id);
  const [draft, setDraft] = useState<Step>({ kind: 'training', title: '', date: '', status: 'planned' });
  const save = (steps: Step[]) => update.mutateAsync({ version: initiative.version, steps });
  const index = initiative.steps.length;
  return (
    <Stack component="section" aria-labelledby="path-title">
      <Title order={2} size="h3" id="path-title">
        {t('path.title')}
      </Title>
      {initiative.steps.length === 0 ? (
        <Text size="sm">{t('path.empty')}</Text>
      ) : (
        <Table striped captionSide="top">
          <Table.Caption>{t('path.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('path.date')}</Table.Th>
              <Table.Th>{t('path.kind')}</Table.Th>
              <Table.Th>{t('path.stepTitle')}</Table.Th>
              <Table.Th>{t('path.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {initiative.steps.map((s, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id of their own; the list is saved whole, in its order
              <Table.Tr key={`${s.title}-${n}`}>
                <Table.Td>{formatDate(s.date)}</Table.Td>
                <Table.Td>{t(`stepKinds.${s.kind}`)}</Table.Td>
                <Table.Td>{s.title}</Table.Td>
                <Table.Td>
                  {initiative.abilities.update ? (
                    <Select
                      aria-label={t('path.statusOf', { title: s.title })}
                      size="xs"
                      data={preparationStepStatuses.map((v) => ({ value: v, label: t(`stepStatuses.${v}`) }))}
                      value={s.status}
                      allowDeselect={false}
                      onChange={(v) =>
                        save(
                          initiative.steps.map((x, i) =>
                            i === n ? { ...x, status: v as Step['status'] } : x,
                          ),
                        ).catch(() => undefined)
                      }
                    />
                  ) : (
                    t(`stepStatuses.${s.status}`)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {initiative.abilities.update && (
        <form
          noValidate
          aria-label={t('path.add')}
          onSubmit={async (event) => {
            event.preventDefault();
            const saved = await save([...initiative.steps, draft]).catch(() => undefined);
            if (saved) setDraft({ ...draft, title: '', date: '' });
          }}
        >
          <ErrorSummary
            error={update.error}
            fieldIds={{ [`steps.${index}.title`]: 'step-title', [`steps.${index}.date`]: 'step-date' }}
          />
          <Group align="flex-end" wrap="wrap">
            <Select
              id="step-kind"
              label={t('path.kind')}
              data={preparationStepKinds.map((k) => ({ value: k, label: t(`stepKinds.${k}`) }))}
              value={draft.kind}
              onChange={(v) => setDraft((d) => ({ ...d, kind: v as Step['kind'] }))}
              allowDeselect={false}
            />
            <TextInput
              id="step-title"
              label={t('path.stepTitle')}
              value={draft.title}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, title: value }));
              }}
              withAsterisk
              error={fieldError(update.error, `steps.${index}.title`)}
            />
            <TextInput
              id="step-date"
              type="date"
              label={t('path.date')}
              value={draft.date}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, date: value }));
              }}
              withAsterisk
              error={fieldError(update.error, `steps.${index}.date`)}
            />
            <Select
              id="step-status"
              label={t('path.status')}
              data={preparationStepStatuses.map((v) => ({ value: v, label: t(`stepStatuses.${v}`) }))}
              value={draft.status}
              onChange={(v) => setDraft((d) => ({ ...d, status: v as Step['status'] }))}
              allowDeselect={false}
            />
            <Button type="submit" loading={update.isPending}>
              {t('path.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
