import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExpertView, type PilotView, TRAINING_DAYS } from '../../../../common/contracts/pilots';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { ListPager } from '../../../components/ListPager';
import { useInstitutionOptions, usePilotChange } from '../api/pilots';

const PAGE_SIZE = 20;
const days = Array.from({ length: TRAINING_DAYS }, (_, i) => i + 1);

/** The expert caretakers and their attendance of the 9-day training, day by day. */
export function ExpertsTab({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const shown = pilot.experts.filter((e) => e.name.toLowerCase().includes(q.trim().toLowerCase()));
  return (
    <Stack>
      {pilot.abilities.manage && <AddExpert pilot={pilot} />}
      {pilot.experts.length === 0 ? (
        <EmptyState title={t('experts.empty')} />
      ) : (
        <>
          <TextInput
            id="experts-q"
            label={t('experts.search')}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
            maw={320}
          />
          <Table.ScrollContainer minWidth={900}>
            <Table striped captionSide="top">
              <Table.Caption>{t('experts.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.expertName')}</Table.Th>
                  <Table.Th>{t('fields.nominatedBy')}</Table.Th>
                  <Table.Th>{t('fields.training')}</Table.Th>
                  <Table.Th>{t('tabs.sites')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((e) => (
                  <Table.Tr key={e.id} data-testid="expert-row">
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {e.name}
                      </Text>
                      {e.email && <Text size="xs">{e.email}</Text>}
                    </Table.Td>
                    <Table.Td>{e.nominatedBy?.name ?? '—'}</Table.Td>
                    <Table.Td>
                      <Attendance key={e.version} pilot={pilot} expert={e} />
                    </Table.Td>
                    <Table.Td>{e.site?.name ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPager total={shown.length} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

function Attendance({ pilot, expert }: { pilot: PilotView; expert: ExpertView }) {
  const { t } = useTranslation('pilots');
  const [attended, setAttended] = useState<string[]>(expert.attendedDays.map(String));
  const save = usePilotChange<{ days: number[]; version: number }>(
    'PUT',
    () => `/api/pilots/${pilot.id}/experts/${expert.id}/attendance`,
  );
  const badge = expert.trained ? (
    <Badge color="teal.9">{t('experts.trained')}</Badge>
  ) : (
    <Badge variant="outline" color="gray.8">
      {t('experts.untrained', { days: expert.attendedDays.length })}
    </Badge>
  );
  if (!pilot.abilities.manage) return badge;
  return (
    <Stack gap={4}>
      {badge}
      <Checkbox.Group
        label={t('experts.attendanceOf', { name: expert.name })}
        value={attended}
        onChange={setAttended}
        error={fieldError(save.error, 'days')}
      >
        <Group gap="xs" mt={4}>
          {days.map((d) => (
            <Checkbox key={d} value={String(d)} label={t('fields.trainingDay', { day: d })} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group>
        <Button
          size="xs"
          variant="default"
          loading={save.isPending}
          onClick={() =>
            save.mutateAsync({ days: attended.map(Number), version: expert.version }).catch(() => undefined)
          }
        >
          {t('experts.saveAttendance')}
        </Button>
      </Group>
    </Stack>
  );
}

function AddExpert({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  const empty = { name: '', email: '', nominatedByInstitutionId: null as string | null };
  const [form, setForm] = useState(empty);
  const institutions = useInstitutionOptions('cis,kis,owes,jstGmina,jstPowiat,ops');
  const add = usePilotChange<typeof empty>('POST', () => `/api/pilots/${pilot.id}/experts`);
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        aria-label={t('experts.addTitle')}
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = await add.mutateAsync(form).catch(() => undefined);
          if (saved) setForm(empty);
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            {t('experts.addTitle')}
          </Title>
          <ErrorSummary error={add.error} />
          <Group grow align="flex-start">
            <TextInput
              id="field-name"
              label={t('fields.expertName')}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
              withAsterisk
              error={fieldError(add.error, 'name')}
            />
            <TextInput
              id="field-email"
              type="email"
              label={t('fields.expertEmail')}
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
              withAsterisk
              error={fieldError(add.error, 'email')}
            />
            <Select
              id="field-nominatedByInstitutionId"
              label={t('fields.nominatedBy')}
              data={institutions.data ?? []}
              value={form.nominatedByInstitutionId}
              onChange={(v) => setForm({ ...form, nominatedByInstitutionId: v })}
              searchable
              clearable
              error={fieldError(add.error, 'nominatedByInstitutionId')}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              {t('experts.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
