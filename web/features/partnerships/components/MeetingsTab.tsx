import {
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../../common/contracts/partnership-activity';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { type AttendanceStatus, attendanceStatuses } from '../../../../common/enums';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDateTime } from '../../../lib/format';
import { meetingIcsUrl, meetingMinutesUrl, useMeetings } from '../api/list-meetings';
import { useCreateMeeting, useUpdateMeeting } from '../api/save-meeting';
import { useSetAttendance } from '../api/set-attendance';

/** `datetime-local` gives the browser's local time without a zone: sent as an instant. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : '');
const toLocal = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** Meetings with agenda, minutes, attendance and decisions; each has a calendar invitation to download. */
export function MeetingsTab({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const meetings = useMeetings(view.id);
  const [adding, setAdding] = useState(false);
  return (
    <Stack>
      {view.abilities.manageMeetings &&
        (adding ? (
          <MeetingForm view={view} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('meetings.add')}</Button>
          </Group>
        ))}
      {meetings.data?.items.length === 0 && <EmptyState title={t('meetings.none')} />}
      {meetings.data?.items.map((m) => (
        <Meeting key={m.id} view={view} meeting={m} />
      ))}
    </Stack>
  );
}

function Meeting({ view, meeting }: { view: PartnershipView; meeting: MeetingView }) {
  const { t } = useTranslation('partnerships');
  const [editing, setEditing] = useState(false);
  if (editing) return <MeetingForm view={view} meeting={meeting} onDone={() => setEditing(false)} />;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`meeting-${meeting.id}`}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={`meeting-${meeting.id}`}>
          {formatDateTime(meeting.startsAt)} — {meeting.title}
        </Title>
        {meeting.place && (
          <Text size="sm">
            {t('meetings.place')}: {meeting.place}
          </Text>
        )}
        {meeting.onlineUrl && (
          <Anchor size="sm" href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
            {meeting.onlineUrl}
          </Anchor>
        )}
        <Text size="sm" fw={600}>
          {t('meetings.agenda')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {meeting.agenda}
        </Text>
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
          <>
            <Text size="sm" fw={600}>
              {t('meetings.decisions')}
            </Text>
            <List size="sm">
              {meeting.decisions.map((d) => (
                <List.Item key={d.id}>{d.summary}</List.Item>
              ))}
            </List>
          </>
        )}
        <Attendance view={view} meeting={meeting} />
        <Group>
          <Anchor href={meetingIcsUrl(view.id, meeting.id)} download size="sm">
            {t('meetings.ics')}
          </Anchor>
          <Anchor href={meetingMinutesUrl(view.id, meeting.id)} download size="sm">
            {t('meetings.minutesPdf')}
          </Anchor>
          {meeting.abilities.update && (
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('meetings.edit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function MeetingForm({
  view,
  meeting,
  onDone,
}: {
  view: PartnershipView;
  meeting?: MeetingView;
  onDone: () => void;
}) {
  const { t } = useTranslation('partnerships');
  const create = useCreateMeeting(view.id);
  const update = useUpdateMeeting(view.id);
  const save = meeting ? update : create;
  const [values, setValues] = useState({
    title: meeting?.title ?? '',
    startsAt: toLocal(meeting?.startsAt ?? null),
    endsAt: toLocal(meeting?.endsAt ?? null),
    place: meeting?.place ?? '',
    onlineUrl: meeting?.onlineUrl ?? '',
    agenda: meeting?.agenda ?? '',
    minutes: meeting?.minutes ?? '',
  });
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...values,
      startsAt: toInstant(values.startsAt),
      endsAt: values.endsAt ? toInstant(values.endsAt) : null,
    };
    if (meeting)
      update.mutate({ ...body, meetingId: meeting.id, version: meeting.version }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  };
  const field = (
    key: keyof typeof values,
    options: { required?: boolean; type?: string; area?: boolean } = {},
  ) => {
    const props = {
      id: `meeting-${key}`,
      label: t(`meetings.${key === 'title' ? 'meetingTitle' : key}`),
      withAsterisk: options.required,
      value: values[key],
      onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
      error: fieldError(save.error, key),
    };
    return options.area ? (
      <Textarea {...props} autosize minRows={3} />
    ) : (
      <TextInput {...props} type={options.type} />
    );
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={meeting ? t('meetings.edit') : t('meetings.add')}
    >
      <Stack>
        <ErrorSummary
          error={save.error}
          fieldIds={Object.fromEntries(Object.keys(values).map((k) => [k, `meeting-${k}`]))}
        />
        {field('title', { required: true })}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field('startsAt', { required: true, type: 'datetime-local' })}
          {field('endsAt', { type: 'datetime-local' })}
          {field('place')}
          {field('onlineUrl', { type: 'url' })}
        </SimpleGrid>
        {field('agenda', { required: true, area: true })}
        {meeting && field('minutes', { area: true })}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('meetings.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('cancel', { ns: 'common' })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Attendance per current member; recorded by those who govern the partnership, at the meeting's version. */
function Attendance({ view, meeting }: { view: PartnershipView; meeting: MeetingView }) {
  const { t } = useTranslation('partnerships');
  const save = useSetAttendance(view.id);
  const [statuses, setStatuses] = useState<Record<string, AttendanceStatus | null>>(
    Object.fromEntries(meeting.attendance.map((a) => [a.memberId, a.status])),
  );
  if (!meeting.abilities.update)
    return meeting.attendance.length ? (
      <Text size="sm">
        {t('meetings.attendance')}:{' '}
        {meeting.attendance.map((a) => `${a.institutionName} (${t(`attendance.${a.status}`)})`).join(', ')}
      </Text>
    ) : null;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('meetings.attendance')}
      </Text>
      <ErrorSummary error={save.error} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {view.members.map((m) => (
          <Select
            key={m.id}
            label={m.institution.name}
            clearable
            placeholder={t('form.choose')}
            data={attendanceStatuses.map((s) => ({ value: s, label: t(`attendance.${s}`) }))}
            value={statuses[m.id] ?? null}
            onChange={(v) => setStatuses((s) => ({ ...s, [m.id]: v as AttendanceStatus | null }))}
          />
        ))}
      </SimpleGrid>
      <Group>
        <Button
          size="xs"
          loading={save.isPending}
          onClick={() =>
            save.mutate({
              meetingId: meeting.id,
              version: meeting.version,
              entries: Object.entries(statuses).flatMap(([memberId, status]) =>
                status ? [{ memberId, status }] : [],
              ),
            })
          }
        >
          {t('meetings.saveAttendance')}
        </Button>
      </Group>
    </Stack>
  );
}
