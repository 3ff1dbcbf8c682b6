import {
  Button,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvisoryView, ProgrammeView } from '../../../../common/contracts/training-programme';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useAdvisory, useRecordAdvisory, useRemoveAdvisory } from '../api/activity';
import { useParticipants } from '../api/programmes';
import { formatHours } from './AdvisoryBar';

/** The advisory log of the programme (a JST's own sessions for a JST), and recording a session. */
export function AdvisoryTab({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation('trainingProgramme');
  const sessions = useAdvisory(programme.id);
  return (
    <Stack>
      {!sessions.data && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {sessions.data && (
        <AdvisoryTable
          programmeId={programme.id}
          sessions={sessions.data.items}
          manage={programme.abilities.manage}
        />
      )}
      {programme.abilities.manage && <AdvisoryForm programmeId={programme.id} />}
    </Stack>
  );
}

export function AdvisoryTable({
  programmeId,
  sessions,
  manage,
}: {
  programmeId: string;
  sessions: AdvisoryView[];
  manage: boolean;
}) {
  const { t } = useTranslation('trainingProgramme');
  const remove = useRemoveAdvisory(programmeId);
  if (sessions.length === 0)
    return <EmptyState title={t('advisory.empty')} hint={manage ? t('advisory.emptyHint') : undefined} />;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="advisory-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.heldOn')}</Table.Th>
            <Table.Th>{t('fields.jst')}</Table.Th>
            <Table.Th>{t('fields.hours')}</Table.Th>
            <Table.Th>{t('fields.topic')}</Table.Th>
            <Table.Th>{t('fields.adviser')}</Table.Th>
            {manage && <Table.Th>{t('advisory.remove')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{formatDate(s.heldOn)}</Table.Td>
              <Table.Td>{s.participant.jstName}</Table.Td>
              <Table.Td>
                {t('advisory.hoursValue', { hours: formatHours(s.minutes) })} ·{' '}
                {s.remote ? t('advisory.remoteYes') : t('advisory.remoteNo')}
              </Table.Td>
              <Table.Td>{s.topic}</Table.Td>
              <Table.Td>{s.adviser}</Table.Td>
              {manage && (
                <Table.Td>
                  <ConfirmAction
                    size="xs"
                    label={t('advisory.remove')}
                    title={t('advisory.removeTitle')}
                    message={t('advisory.removeConfirm')}
                    confirmLabel={t('advisory.remove')}
                    loading={remove.isPending}
                    onConfirm={() => remove.mutateAsync({ sessionId: s.id, version: s.version })}
                  >
                    <ErrorSummary error={remove.error} />
                  </ConfirmAction>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AdvisoryForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('trainingProgramme');
  const record = useRecordAdvisory(programmeId);
  const participants = useParticipants(programmeId, {}, 100);
  const [participantId, setParticipant] = useState<string | null>(null);
  const [hours, setHours] = useState<string | number>('');
  const [remote, setRemote] = useState(false);
  const [text, setText] = useState({ heldOn: '', topic: '', adviser: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        ...(participantId && { participantId }),
        heldOn: text.heldOn,
        hours: hours === '' ? (undefined as unknown as number) : Number(hours),
        topic: text.topic,
        adviser: text.adviser,
        remote,
      } as Parameters<typeof record.mutate>[0],
      {
        onSuccess: () => {
          setHours('');
          setText((v) => ({ ...v, topic: '' }));
        },
      },
    );
  };
  const error = (field: string) => fieldError(record.error, field);
  const set = (key: keyof typeof text) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setText((v) => ({ ...v, [key]: value }));
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="advisory-form-title">
      <Title order={2} size="h4" id="advisory-form-title" mb="sm">
        {t('advisory.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={record.error} />
          <Select
            id="field-participantId"
            label={t('fields.jst')}
            withAsterisk
            searchable
            data={(participants.data?.items ?? []).map((p) => ({ value: p.id, label: p.jst.name }))}
            value={participantId}
            onChange={setParticipant}
            error={error('participantId')}
            comboboxProps={{ withinPortal: true }}
          />
          <Group grow>
            <TextInput
              id="field-heldOn"
              type="date"
              label={t('fields.heldOn')}
              withAsterisk
              value={text.heldOn}
              onChange={set('heldOn')}
              error={error('heldOn')}
            />
            <NumberInput
              id="field-hours"
              label={t('fields.hours')}
              withAsterisk
              step={0.25}
              decimalScale={2}
              decimalSeparator=","
              value={hours}
              onChange={setHours}
              error={error('hours')}
            />
          </Group>
          <TextInput
            id="field-topic"
            label={t('fields.topic')}
            withAsterisk
            value={text.topic}
            onChange={set('topic')}
            error={error('topic')}
          />
          <TextInput
            id="field-adviser"
            label={t('fields.adviser')}
            withAsterisk
            value={text.adviser}
            onChange={set('adviser')}
            error={error('adviser')}
          />
          <Checkbox
            id="field-remote"
            label={t('fields.remote')}
            checked={remote}
            onChange={(e) => setRemote(e.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('advisory.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
