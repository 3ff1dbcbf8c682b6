import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  MultiSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionView, ProgrammeView } from '../../../../common/contracts/training-programme';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate } from '../../../lib/format';
import { useCreateEdition, useEditions, useRecordAttendance } from '../api/activity';
import { base, useParticipants } from '../api/programmes';

/** Training editions with their attendance grids, and planning a new edition. */
export function TrainingsTab({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation('trainingProgramme');
  const editions = useEditions(programme.id);
  return (
    <Stack>
      <Text size="sm">{t('trainings.rule')}</Text>
      {!editions.data && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {editions.data?.items.length === 0 && (
        <EmptyState
          title={t('trainings.empty')}
          hint={programme.abilities.manage ? t('trainings.emptyHint') : undefined}
        />
      )}
      {editions.data?.items.map((edition) => (
        <EditionCard key={edition.id} programme={programme} edition={edition} />
      ))}
      {programme.abilities.manage && <EditionForm programmeId={programme.id} />}
    </Stack>
  );
}

/** The attendance grid: a checkbox per person per day; a day not yet recorded stays empty. */
function EditionCard({ programme, edition }: { programme: ProgrammeView; edition: EditionView }) {
  const { t } = useTranslation('trainingProgramme');
  const record = useRecordAttendance(programme.id, edition.id);
  const [grid, setGrid] = useState(() => new Map(edition.members.map((m) => [m.personId, [...m.days]])));
  const [saved, setSaved] = useState(false);
  const manage = programme.abilities.manage;
  const toggle = (personId: string, day: number, checked: boolean) => {
    setSaved(false);
    setGrid((g) =>
      new Map(g).set(
        personId,
        (g.get(personId) ?? []).map((v, i) => (i === day ? checked : v)),
      ),
    );
  };
  const save = () =>
    record.mutate(
      {
        version: edition.version,
        entries: edition.members.map((m) => ({ personId: m.personId, days: grid.get(m.personId) ?? m.days })),
      },
      { onSuccess: () => setSaved(true) },
    );
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`edition-${edition.id}`}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id={`edition-${edition.id}`}>
          {edition.title}
        </Title>
        <Group gap="sm">
          <Text size="sm" data-testid="completed-count">
            {t('trainings.completedCount', { count: edition.completedCount, total: edition.members.length })}
          </Text>
          <Anchor href={`${base(programme.id)}/editions/${edition.id}/attendance.pdf`}>
            {t('trainings.pdf')}
          </Anchor>
        </Group>
      </Group>
      {edition.members.length === 0 ? (
        <Text size="sm">{t('trainings.noMembers')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name_person')}</Table.Th>
                <Table.Th>{t('fields.jst')}</Table.Th>
                {edition.days.map((d, i) => (
                  <Table.Th key={d.date}>
                    {t('fields.day', { n: i + 1 })}
                    <Text size="xs">
                      {formatDate(d.date)}
                      {d.practical ? `, ${t('trainings.practicalShort')}` : ''}
                      {d.remote ? `, ${t('trainings.remoteShort')}` : ''}
                    </Text>
                  </Table.Th>
                ))}
                <Table.Th>{t('fields.completed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {edition.members.map((m) => (
                <Table.Tr key={m.personId}>
                  <Table.Td>
                    {m.name}
                    <Text size="xs">{m.position}</Text>
                  </Table.Td>
                  <Table.Td>{m.jst.name}</Table.Td>
                  {(grid.get(m.personId) ?? m.days).map((present, day) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the four days are fixed positions
                    <Table.Td key={day}>
                      {manage ? (
                        <Checkbox
                          aria-label={t('trainings.present', { name: m.name, n: day + 1 })}
                          checked={present === true}
                          onChange={(e) => toggle(m.personId, day, e.currentTarget.checked)}
                        />
                      ) : present === null ? (
                        '—'
                      ) : present ? (
                        t('yes')
                      ) : (
                        t('no')
                      )}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    {m.completed ? (
                      <Badge color="teal.9" variant="filled">
                        {t('yes')}
                      </Badge>
                    ) : (
                      t('no')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {manage && edition.members.length > 0 && (
        <Stack mt="sm" gap="xs">
          <ErrorSummary error={record.error} />
          {saved && (
            <Text role="status" c="teal.9" size="sm">
              {t('trainings.saved')}
            </Text>
          )}
          <Group>
            <Button onClick={save} loading={record.isPending}>
              {t('trainings.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

const initialDays = () => [0, 1, 2, 3].map((i) => ({ date: '', practical: i >= 2, remote: true }));

/** A new edition: 4 days (the last two practical by default, all remote) and its group of people. */
function EditionForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('trainingProgramme');
  const create = useCreateEdition(programmeId);
  const participants = useParticipants(programmeId, {}, 100);
  const [title, setTitle] = useState('');
  const [days, setDays] = useState(initialDays);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const people = (participants.data?.items ?? []).flatMap((p) =>
    p.people.map((person) => ({ value: person.id, label: `${person.name} – ${p.jst.name}` })),
  );
  const setDay = (index: number, patch: Partial<(typeof days)[number]>) =>
    setDays((ds) => ds.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { title, days, personIds },
      {
        onSuccess: () => {
          setTitle('');
          setDays(initialDays());
          setPersonIds([]);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="edition-form-title">
      <Title order={2} size="h4" id="edition-form-title" mb="sm">
        {t('trainings.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorSummary error={create.error} fieldIds={{ days: 'field-days.0.date' }} />
          <TextInput
            id="field-title"
            label={t('fields.title')}
            withAsterisk
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(create.error, 'title')}
          />
          {fieldError(create.error, 'days') && (
            <Text size="sm" c="red.9" role="alert">
              {fieldError(create.error, 'days')}
            </Text>
          )}
          {days.map((day, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the four days are fixed positions
            <Group key={index} align="flex-end">
              <TextInput
                id={`field-days.${index}.date`}
                type="date"
                label={`${t('fields.day', { n: index + 1 })} – ${t('fields.date')}`}
                withAsterisk
                value={day.date}
                onChange={(e) => setDay(index, { date: e.currentTarget.value })}
                error={fieldError(create.error, `days.${index}.date`)}
              />
              <Checkbox
                id={`field-days.${index}.practical`}
                label={t('fields.practical')}
                checked={day.practical}
                onChange={(e) => setDay(index, { practical: e.currentTarget.checked })}
              />
              <Checkbox
                id={`field-days.${index}.remote`}
                label={t('fields.remote')}
                checked={day.remote}
                onChange={(e) => setDay(index, { remote: e.currentTarget.checked })}
              />
            </Group>
          ))}
          <MultiSelect
            id="field-personIds"
            label={t('fields.groupPeople')}
            searchable
            data={people}
            value={personIds}
            onChange={setPersonIds}
            error={fieldError(create.error, 'personIds')}
            comboboxProps={{ withinPortal: true }}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('trainings.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
