import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProgrammeView, voivodeshipCodes } from '../../../../common/contracts/training-programme';
import { EmptyState } from '../../../components/EmptyState';
import { ListPager } from '../../../components/ListPager';
import { type ParticipantFilters, useParticipants, useProgress } from '../api/programmes';
import { AdvisoryBar } from './AdvisoryBar';
import { EnrolForm } from './EnrolForm';

/** The participating JSTs in the recruitment order, with filters, and recruiting one more. */
export function JstsTab({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation('trainingProgramme');
  const [filters, setFilters] = useState<ParticipantFilters>({});
  const list = useParticipants(programme.id, filters);
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== 1);
  return (
    <Stack>
      <Alert title={t('fields.priority')} color="gray" variant="outline">
        <Text size="sm">{t('priorityRule')}</Text>
      </Alert>
      <Filters programmeId={programme.id} onApply={(f) => setFilters(f)} />
      {list.error && <Text role="alert">{list.error.message}</Text>}
      {!list.data && !list.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {list.data && list.data.total === 0 && (
        <EmptyState
          title={t('noJsts')}
          hint={programme.abilities.manage || filtered ? t('noJstsHint') : undefined}
        />
      )}
      {list.data && list.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={860}>
            <Table striped data-testid="jsts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.jst')}</Table.Th>
                  <Table.Th>{t('fields.voivodeship')}</Table.Th>
                  <Table.Th>{t('fields.priority')}</Table.Th>
                  <Table.Th>{t('fields.people')}</Table.Th>
                  <Table.Th>{t('fields.trained')}</Table.Th>
                  <Table.Th>{t('fields.advisory')}</Table.Th>
                  <Table.Th>{t('fields.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link
                            {...props}
                            to="/training-programmes/$id/participants/$participantId"
                            params={{ id: programme.id, participantId: p.id }}
                          />
                        )}
                      >
                        {p.jst.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.jst.voivodeshipName ?? p.jst.voivodeshipCode}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {p.priority && (
                          <Badge color="violet.9" variant="filled">
                            {t('priorityYes')}
                          </Badge>
                        )}
                        <Text size="xs">
                          {t('fields.priorityScore')}: {p.priorityScore}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {t('peopleCount', { count: p.peopleCount, completed: p.completedPeople })}
                    </Table.Td>
                    <Table.Td>{p.trained ? t('yes') : t('no')}</Table.Td>
                    <Table.Td>
                      <AdvisoryBar minutes={p.advisoryMinutes} jstName={p.jst.name} />
                    </Table.Td>
                    <Table.Td>
                      {p.outcome ? `${p.outcome.title} (${t(`states.${p.outcome.state}`)})` : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPager
            total={list.data.total}
            page={filters.page ?? 1}
            pageSize={list.data.pageSize}
            onChange={(page) => setFilters((f) => ({ ...f, page }))}
          />
        </>
      )}
      {programme.abilities.manage && <EnrolForm programmeId={programme.id} />}
    </Stack>
  );
}

function Filters({
  programmeId,
  onApply,
}: {
  programmeId: string;
  onApply: (filters: ParticipantFilters) => void;
}) {
  const { t } = useTranslation('trainingProgramme');
  const progress = useProgress(programmeId);
  const names = new Map((progress.data?.rows ?? []).map((r) => [r.voivodeshipCode, r.voivodeshipName]));
  const [q, setQ] = useState('');
  const [voivodeship, setVoivodeship] = useState<string | null>(null);
  const [priority, setPriority] = useState<string | null>(null);
  const [minimumMet, setMinimumMet] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...(q.trim() && { q: q.trim() }),
      ...(voivodeship && { voivodeship: voivodeship as ParticipantFilters['voivodeship'] }),
      ...(priority && { priority: priority as 'yes' | 'no' }),
      ...(minimumMet && { minimumMet: minimumMet as 'yes' | 'no' }),
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('filters.apply')}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          id="filter-q"
          label={t('filters.q')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Select
          id="filter-voivodeship"
          label={t('filters.voivodeship')}
          placeholder={t('filters.anyVoivodeship')}
          clearable
          data={voivodeshipCodes.map((code) => ({ value: code, label: names.get(code) ?? code }))}
          value={voivodeship}
          onChange={setVoivodeship}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          id="filter-priority"
          label={t('filters.priority')}
          placeholder={t('filters.any')}
          clearable
          data={[
            { value: 'yes', label: t('filters.priorityYes') },
            { value: 'no', label: t('filters.priorityNo') },
          ]}
          value={priority}
          onChange={setPriority}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          id="filter-minimumMet"
          label={t('filters.minimumMet')}
          placeholder={t('filters.any')}
          clearable
          data={[
            { value: 'yes', label: t('filters.minimumYes') },
            { value: 'no', label: t('filters.minimumNo') },
          ]}
          value={minimumMet}
          onChange={setMinimumMet}
          comboboxProps={{ withinPortal: true }}
        />
        <Button type="submit">{t('filters.apply')}</Button>
      </Group>
    </form>
  );
}
