import {
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupMeetingView, GroupView } from '../../../../common/contracts/cooperation-groups';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDateTime } from '../../../lib/format';
import { minutesUrl, useCreateMeeting } from '../api/groups';

/** `datetime-local` gives the browser's local time without a zone: sent as an instant. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : '');

/** The group's meetings with agenda, attendance, minutes and decisions; the minutes print as PDF. */
export function MeetingsTab({ view }: { view: GroupView }) {
  const { t } = useTranslation('cooperationGroups');
  const [adding, setAdding] = useState(false);
  return (
    <Stack>
      {view.abilities.manage &&
        (adding ? (
          <MeetingForm view={view} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('meetings.add')}</Button>
          </Group>
        ))}
      {view.meetings.length === 0 && <EmptyState title={t('meetings.none')} />}
      {view.meetings.map((m) => (
        <Meeting key={m.id} view={view} meeting={m} />
      ))}
    </Stack>
  );
}

function Meeting({ view, meeting }: { view: GroupView; meeting: GroupMeetingView }) {
  const { t } = useTranslation('cooperationGroups');
  const present = new Set(meeting.presentMemberIds);
  const delegates = view.members.filter((m) => m.status === 'named');
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`meeting-${meeting.id}`}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={`meeting-${meeting.id}`}>
          {formatDateTime(meeting.heldAt)} — {meeting.place}
        </Title>
        <Text size="sm" fw={600}>
          {t('meetings.agenda')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {meeting.agenda}
        </Text>
        {delegates.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('meetings.attendance')}
            </Text>
            <List size="sm">
              {delegates.map((m) => (
                <List.Item key={m.id}>
                  {m.institution.name}: {m.delegateName} —{' '}
                  {present.has(m.id) ? t('meetings.present') : t('meetings.absent')}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {meeting.minutes && (
          <>
            <Text size="sm" fw={600}>
              {t('meetings.minutes')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {meeting.minutes}
            </Text>
          </>
        )}
        {meeting.decisions.length > 0 && (
          <List size="sm" type="ordered">
            {meeting.decisions.map((d) => (
              <List.Item key={d}>{d}</List.Item>
            ))}
          </List>
        )}
        <Group>
          <Anchor href={minutesUrl(view.id, meeting.id)} download size="sm">
            {t('meetings.minutesPdf')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

function MeetingForm({ view, onDone }: { view: GroupView; onDone: () => void }) {
  const { t } = useTranslation('cooperationGroups');
  const create = useCreateMeeting(view.id);
  const [values, setValues] = useState({ heldAt: '', place: '', agenda: '', minutes: '', decisions: '' });
  const [present, setPresent] = useState<string[]>([]);
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const delegates = view.members.filter((m) => m.status === 'named');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await create
      .mutateAsync({
        heldAt: toInstant(values.heldAt),
        place: values.place,
        agenda: values.agenda,
        minutes: values.minutes,
        decisions: values.decisions
          .split('\n')
          .map((d) => d.trim())
          .filter(Boolean),
        presentMemberIds: present,
      })
      .then(() => true)
      .catch(() => false);
    if (saved) onDone();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('meetings.add')}>
      <Stack>
        <ErrorSummary error={create.error} />
        <TextInput
          id="field-heldAt"
          type="datetime-local"
          label={t('meetings.heldAt')}
          required
          value={values.heldAt}
          onChange={(e) => set('heldAt', e.currentTarget.value)}
          error={fieldError(create.error, 'heldAt')}
        />
        <TextInput
          id="field-place"
          label={t('meetings.place')}
          required
          value={values.place}
          onChange={(e) => set('place', e.currentTarget.value)}
          error={fieldError(create.error, 'place')}
        />
        <Textarea
          id="field-agenda"
          label={t('meetings.agenda')}
          required
          autosize
          minRows={2}
          value={values.agenda}
          onChange={(e) => set('agenda', e.currentTarget.value)}
          error={fieldError(create.error, 'agenda')}
        />
        {delegates.length > 0 ? (
          <Checkbox.Group
            id="field-presentMemberIds"
            label={t('meetings.attendance')}
            value={present}
            onChange={setPresent}
          >
            <Stack gap="xs" mt="xs">
              {delegates.map((m) => (
                <Checkbox key={m.id} value={m.id} label={`${m.institution.name}: ${m.delegateName}`} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Text size="sm">{t('meetings.noDelegates')}</Text>
        )}
        <Textarea
          id="field-minutes"
          label={t('meetings.minutes')}
          autosize
          minRows={3}
          value={values.minutes}
          onChange={(e) => set('minutes', e.currentTarget.value)}
          error={fieldError(create.error, 'minutes')}
        />
        <Textarea
          id="field-decisions"
          label={t('meetings.decisions')}
          autosize
          minRows={2}
          value={values.decisions}
          onChange={(e) => set('decisions', e.currentTarget.value)}
          error={fieldError(create.error, 'decisions')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('meetings.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('meetings.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
