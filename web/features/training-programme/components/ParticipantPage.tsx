import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link, notFound, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../../common/contracts/training-programme';
import { formatPln } from '../../../../common/money';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useAdvisory } from '../api/activity';
import { useJstStaff, useLinkOutcome, useParticipant, useUpdatePeople } from '../api/programmes';
import { AdvisoryBar } from './AdvisoryBar';
import { AdvisoryTable } from './AdvisoryTab';
import { PeopleFields, type PersonDraft, toInput } from './PeopleFields';

/**
 * One JST's participation: its priority and baseline, its people and their completion, advisory
 * against the 5-hour minimum, and the commissioning plan linked as the outcome. The JST's own
 * people see this page read-only; a JST they are not of does not exist for them.
 */
export function ParticipantPage() {
  const { id, participantId } = useParams({
    from: '/authed/training-programmes/$id/participants/$participantId',
  });
  const { t } = useTranslation('trainingProgramme');
  const participant = useParticipant(id, participantId);
  if (participant.error instanceof ApiError && participant.error.status === 404) throw notFound();
  if (!participant.data)
    return participant.error ? (
      <Text role="alert">{participant.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <Participant programmeId={id} participant={participant.data} />;
}

function Participant({ programmeId, participant: p }: { programmeId: string; participant: ParticipantView }) {
  const { t } = useTranslation('trainingProgramme');
  const sessions = useAdvisory(programmeId, p.id);
  const money = (grosze: number) => formatPln(grosze, currentLocale());
  return (
    <Stack>
      <Anchor
        renderRoot={(props) => <Link {...props} to="/training-programmes/$id" params={{ id: programmeId }} />}
      >
        {t('participant.back')}
      </Anchor>
      <PageHeader title={p.jst.name} />
      <Group gap="sm">
        <Text size="sm">
          {t('fields.voivodeship')}: {p.jst.voivodeshipName ?? p.jst.voivodeshipCode}
        </Text>
        {p.priority && (
          <Badge color="violet.9" variant="filled">
            {t('priorityYes')}
          </Badge>
        )}
        <Text size="sm">
          {t('fields.priorityScore')}: {p.priorityScore}
        </Text>
        <Text size="sm">
          {t('fields.trained')}: {p.trained ? t('yes') : t('no')}
        </Text>
      </Group>
      <Text size="xs">{t('priorityRule')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="baseline-title">
          <Title order={2} size="h5" id="baseline-title" mb="xs">
            {t('participant.baseline', { year: p.baseline.baseYear ?? '—' })} –{' '}
            {p.baseline.source === 'plan'
              ? t('participant.baselineFromPlan')
              : t('participant.baselineDeclared')}
          </Title>
          <Text size="sm">
            {t('fields.baselinePesCount')}: {p.baseline.pesCount} · {money(p.baseline.pesValue)}
          </Text>
          <Text size="sm">
            {t('fields.baselineTotalCount')}: {p.baseline.totalCount} · {money(p.baseline.totalValue)}
          </Text>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="advisory-title">
          <Title order={2} size="h5" id="advisory-title" mb="xs">
            {t('tabs.advisory')}
          </Title>
          <AdvisoryBar minutes={p.advisoryMinutes} jstName={p.jst.name} />
        </Paper>
      </SimpleGrid>
      <People programmeId={programmeId} participant={p} />
      <Outcome programmeId={programmeId} participant={p} />
      <Title order={2} size="h4">
        {t('participant.sessions')}
      </Title>
      {sessions.data ? (
        <AdvisoryTable programmeId={programmeId} sessions={sessions.data.items} manage={p.abilities.manage} />
      ) : (
        <Loader aria-label={t('loading', { ns: 'common' })} />
      )}
    </Stack>
  );
}

function People({ programmeId, participant: p }: { programmeId: string; participant: ParticipantView }) {
  const { t } = useTranslation('trainingProgramme');
  const [editing, setEditing] = useState(false);
  const [people, setPeople] = useState<PersonDraft[]>([]);
  const update = useUpdatePeople(programmeId, p.id);
  const staff = useJstStaff(programmeId, editing ? p.jst.id : null);
  const start = () => {
    setPeople(p.people.map(({ id, userId, name, position }) => ({ id, userId, name, position })));
    setEditing(true);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="people-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id="people-title">
          {t('fields.people')} ({t('peopleCount', { count: p.peopleCount, completed: p.completedPeople })})
        </Title>
        {p.abilities.manage && !editing && (
          <Button size="xs" variant="default" onClick={start}>
            {t('participant.editPeople')}
          </Button>
        )}
      </Group>
      {editing ? (
        <Stack>
          <ErrorSummary error={update.error} />
          {fieldError(update.error, 'people') && (
            <Text size="sm" c="red.9" role="alert">
              {fieldError(update.error, 'people')}
            </Text>
          )}
          <PeopleFields
            people={people}
            onChange={setPeople}
            staff={staff.data?.items ?? []}
            error={update.error}
          />
          <Group>
            <Button
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  { version: p.version, people: people.map(toInput) },
                  { onSuccess: () => setEditing(false) },
                )
              }
            >
              {t('participant.savePeople')}
            </Button>
            <Button variant="default" onClick={() => setEditing(false)}>
              {t('participant.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name_person')}</Table.Th>
              <Table.Th>{t('fields.position')}</Table.Th>
              <Table.Th>{t('fields.user')}</Table.Th>
              <Table.Th>{t('fields.completed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.people.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>{person.name}</Table.Td>
                <Table.Td>{person.position}</Table.Td>
                <Table.Td>{person.userId ? t('yes') : t('no')}</Table.Td>
                <Table.Td>{person.completed ? t('yes') : t('no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** The outcome: the JST's plan adopted by resolution, linked by the programme's managers. */
function Outcome({ programmeId, participant: p }: { programmeId: string; participant: ParticipantView }) {
  const { t } = useTranslation('trainingProgramme');
  const link = useLinkOutcome(programmeId, p.id);
  const [planId, setPlanId] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outcome-title">
      <Title order={2} size="h5" id="outcome-title" mb="xs">
        {t('fields.outcome')}
      </Title>
      {p.outcome ? (
        <Group gap="sm">
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/commissioning/$id" params={{ id: p.outcome!.planId }} />
            )}
          >
            {p.outcome.title}
          </Anchor>
          <Badge color="teal.9" variant="filled">
            {t(`states.${p.outcome.state}`)}
          </Badge>
          <Text size="sm">
            {formatDate(p.outcome.startsOn)} – {formatDate(p.outcome.endsOn)}
            {p.outcome.resolutionNumber ? ` · ${p.outcome.resolutionNumber}` : ''}
          </Text>
          {p.abilities.manage && (
            <ConfirmAction
              size="xs"
              label={t('participant.unlink')}
              title={t('participant.unlink')}
              message={t('participant.unlinkConfirm')}
              loading={link.isPending}
              onConfirm={() => link.mutateAsync({ version: p.version, commissioningPlanId: null })}
            >
              <ErrorSummary error={link.error} />
            </ConfirmAction>
          )}
        </Group>
      ) : (
        <Text size="sm">{t('participant.outcomeNone')}</Text>
      )}
      {p.abilities.manage && !p.outcome && (
        <Stack mt="sm">
          <ErrorSummary error={link.error} />
          {p.planCandidates.length === 0 ? (
            <Text size="sm">{t('participant.noCandidates')}</Text>
          ) : (
            <Group align="flex-end">
              <Select
                id="field-commissioningPlanId"
                label={t('fields.plan')}
                data={p.planCandidates.map((c) => ({
                  value: c.planId,
                  label: `${c.title} (${t(`states.${c.state}`)})`,
                }))}
                value={planId}
                onChange={setPlanId}
                error={fieldError(link.error, 'commissioningPlanId')}
                comboboxProps={{ withinPortal: true }}
              />
              <Button
                onClick={() => link.mutate({ version: p.version, commissioningPlanId: planId })}
                loading={link.isPending}
              >
                {t('participant.link')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}
