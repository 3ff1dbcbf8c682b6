import {
  Badge,
  Button,
  Group,
  Loader,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Table,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeView } from '../../../../common/contracts/training-programme';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useRecordVisit, useVisits } from '../api/activity';
import { useInstitutionOptions, useParticipants } from '../api/programmes';

/** 1-day study visits to PES with the JSTs that attended, and recording one. */
export function VisitsTab({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation('trainingProgramme');
  const visits = useVisits(programme.id);
  return (
    <Stack>
      {!visits.data && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {visits.data?.items.length === 0 && (
        <EmptyState
          title={t('visits.empty')}
          hint={programme.abilities.manage ? t('visits.emptyHint') : undefined}
        />
      )}
      {visits.data && visits.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="visits-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.visitedOn')}</Table.Th>
                <Table.Th>{t('fields.host')}</Table.Th>
                <Table.Th>{t('fields.attendingJsts')}</Table.Th>
                <Table.Th>{t('visits.status')}</Table.Th>
                <Table.Th>{t('fields.notes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visits.data.items.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{formatDate(v.visitedOn)}</Table.Td>
                  <Table.Td>{v.host.name}</Table.Td>
                  <Table.Td>{v.participants.map((p) => p.jstName).join(', ')}</Table.Td>
                  <Table.Td>
                    <Badge color={v.done ? 'teal.9' : 'gray.8'} variant="filled">
                      {v.done ? t('visits.done') : t('visits.planned')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{v.notes ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {programme.abilities.manage && <VisitForm programmeId={programme.id} />}
    </Stack>
  );
}

function VisitForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('trainingProgramme');
  const record = useRecordVisit(programmeId);
  const participants = useParticipants(programmeId, {}, 100);
  const [hostSearch, setHostSearch] = useState('');
  const hosts = useInstitutionOptions('pes,cis,kis,ngo', hostSearch);
  const [host, setHost] = useState<string | null>(null);
  const [participantIds, setParticipantIds] = useState<string[]>([]);
  const [visitedOn, setVisitedOn] = useState('');
  const [notes, setNotes] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { visitedOn, ...(host && { hostInstitutionId: host }), participantIds, notes } as Parameters<
        typeof record.mutate
      >[0],
      {
        onSuccess: () => {
          setParticipantIds([]);
          setNotes('');
        },
      },
    );
  };
  const error = (field: string) => fieldError(record.error, field);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="visit-form-title">
      <Title order={2} size="h4" id="visit-form-title" mb="sm">
        {t('visits.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={record.error} />
          <TextInput
            id="field-visitedOn"
            type="date"
            label={t('fields.visitedOn')}
            withAsterisk
            value={visitedOn}
            onChange={(e) => setVisitedOn(e.currentTarget.value)}
            error={error('visitedOn')}
          />
          <Select
            id="field-hostInstitutionId"
            label={t('fields.host')}
            withAsterisk
            searchable
            searchValue={hostSearch}
            onSearchChange={setHostSearch}
            data={(hosts.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
            value={host}
            onChange={setHost}
            error={error('hostInstitutionId')}
            comboboxProps={{ withinPortal: true }}
          />
          <MultiSelect
            id="field-participantIds"
            label={t('fields.attendingJsts')}
            withAsterisk
            searchable
            data={(participants.data?.items ?? []).map((p) => ({ value: p.id, label: p.jst.name }))}
            value={participantIds}
            onChange={setParticipantIds}
            error={error('participantIds')}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            id="field-notes"
            label={t('fields.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={error('notes')}
          />
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('visits.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
