import { Badge, Group, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CandidateView,
  maxScore,
  type PilotView,
  scoringRules,
} from '../../../../common/contracts/pilots';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { ListPager } from '../../../components/ListPager';
import { usePilotChange } from '../api/pilots';
import { AddCandidate, EditCandidate } from './CandidateForm';

const PAGE_SIZE = 20;

/** The ranking on the published criteria, the form adding a candidate and the choice of the top sites. */
export function CandidatesTab({ pilot }: { pilot: PilotView }) {
  const { t } = useTranslation('pilots');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const choose = usePilotChange<{ version: number }>('POST', () => `/api/pilots/${pilot.id}/choose`);
  const shown = pilot.candidates.filter((c) =>
    c.institution.name.toLowerCase().includes(q.trim().toLowerCase()),
  );
  return (
    <Stack>
      <Scoring />
      {pilot.abilities.manage && pilot.state === 'recruiting' && <AddCandidate pilot={pilot} />}
      {pilot.abilities.choose && (
        <Group>
          <ConfirmAction
            color="teal.9"
            variant="filled"
            label={t('candidates.choose', { count: pilot.sitesToChoose })}
            title={t('candidates.chooseTitle')}
            message={t('candidates.chooseMessage', { count: pilot.sitesToChoose })}
            confirmLabel={t('candidates.chooseConfirm')}
            loading={choose.isPending}
            onConfirm={() => choose.mutateAsync({ version: pilot.version }).catch(() => undefined)}
          />
        </Group>
      )}
      <ErrorSummary error={choose.error} />
      {pilot.candidates.length === 0 ? (
        <EmptyState title={t('candidates.empty')} />
      ) : (
        <>
          <TextInput
            id="candidates-q"
            label={t('candidates.search')}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
            maw={320}
          />
          <Text size="sm">{t('candidates.limit', { count: pilot.sitesToChoose })}</Text>
          <Ranking pilot={pilot} items={shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)} />
          <ListPager total={shown.length} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

function Scoring() {
  const { t } = useTranslation('pilots');
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h5">
        {t('scoring.title')}
      </Title>
      <Text size="sm">{t('scoring.organiser', scoringRules.organiser)}</Text>
      <Text size="sm">{t('scoring.experience')}</Text>
      <Text size="sm">
        {t('scoring.potential', {
          perSection: scoringRules.pointsPerSection,
          maxSections: scoringRules.maxSectionPoints,
          perPes: scoringRules.pointsPerCooperatingPes,
          maxPes: scoringRules.maxCooperationPoints,
        })}
      </Text>
      <Text size="sm">{t('scoring.owes', { points: scoringRules.owesRecommendation })}</Text>
      <Text size="xs" mt="xs">
        {t('scoring.note')}
      </Text>
    </Paper>
  );
}

function Ranking({ pilot, items }: { pilot: PilotView; items: CandidateView[] }) {
  const { t } = useTranslation('pilots');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped captionSide="top" data-testid="ranking">
        <Table.Caption>{t('candidates.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.rank')}</Table.Th>
            <Table.Th>{t('fields.site')}</Table.Th>
            <Table.Th>{t('score.organiser')}</Table.Th>
            <Table.Th>{t('score.experience')}</Table.Th>
            <Table.Th>{t('score.potential')}</Table.Th>
            <Table.Th>{t('score.owesRecommendation')}</Table.Th>
            <Table.Th>{t('score.total')}</Table.Th>
            <Table.Th>{t('fields.state')}</Table.Th>
            {pilot.abilities.manage && pilot.state === 'recruiting' && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-testid="candidate-row">
              <Table.Td>{c.rank ?? '—'}</Table.Td>
              <Table.Td>
                <Text fw={600} size="sm">
                  {c.institution.name}
                </Text>
                {c.tie && <Text size="xs">{t(`tieBreakers.${c.tie.decidedBy}`)}</Text>}
                {c.rejectionReason && <Text size="xs">{c.rejectionReason}</Text>}
              </Table.Td>
              <Table.Td>
                {c.score.organiser}{' '}
                <Text span size="xs">
                  ({t(`organiserTypes.${c.organiserType}`)})
                </Text>
              </Table.Td>
              <Table.Td>
                {c.score.experience}{' '}
                <Text span size="xs">
                  ({c.yearsOfExperience})
                </Text>
              </Table.Td>
              <Table.Td>
                {c.score.potential}{' '}
                <Text span size="xs">
                  ({c.sectionsCount} / {c.cooperatingPesCount})
                </Text>
              </Table.Td>
              <Table.Td>
                {c.score.owesRecommendation}
                {c.owesRecommendedBy && <Text size="xs">{c.owesRecommendedBy.name}</Text>}
              </Table.Td>
              <Table.Td fw={700}>{t('score.of', { total: c.score.total, max: maxScore })}</Table.Td>
              <Table.Td>
                <Badge
                  variant={c.state === 'chosen' ? 'filled' : 'outline'}
                  color={c.state === 'rejected' ? 'gray.8' : 'teal.9'}
                >
                  {t(`candidateStates.${c.state}`)}
                </Badge>
                {c.state === 'candidate' && c.withinLimit && (
                  <Text size="xs">{t('candidates.withinLimit')}</Text>
                )}
              </Table.Td>
              {pilot.abilities.manage && pilot.state === 'recruiting' && (
                <Table.Td>
                  {c.state === 'candidate' && (
                    <Group gap="xs" wrap="nowrap">
                      <EditCandidate pilot={pilot} candidate={c} />
                      <Reject pilot={pilot} candidate={c} />
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Reject({ pilot, candidate }: { pilot: PilotView; candidate: CandidateView }) {
  const { t } = useTranslation('pilots');
  const [reason, setReason] = useState('');
  const reject = usePilotChange<{ version: number; reason: string }>(
    'POST',
    () => `/api/pilots/${pilot.id}/candidates/${candidate.id}/reject`,
  );
  return (
    <ConfirmAction
      size="xs"
      label={t('candidates.reject')}
      title={t('candidates.rejectTitle')}
      message={t('candidates.rejectMessage', { name: candidate.institution.name })}
      loading={reject.isPending}
      confirmDisabled={reason.trim().length < 3}
      onConfirm={() => reject.mutateAsync({ version: candidate.version, reason }).catch(() => undefined)}
    >
      <Textarea
        id={`field-reason-${candidate.id}`}
        label={t('fields.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        withAsterisk
        error={fieldError(reject.error, 'reason')}
      />
    </ConfirmAction>
  );
}
