import { Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView, ProgrammeView } from '../../../../common/contracts/preparation-programmes';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { useDropOut, useEnroll } from '../api/programmes';
import { GraduateDialog } from './GraduateDialog';
import { MatchDialog } from './MatchDialog';
import { ProgressDialog } from './ProgressDialog';

/** The programme's participants with their progress, for the CIS or KIS running it. */
export function ParticipantsSection({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation('preparationProgrammes');
  const participants = programme.participants ?? [];
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('participants.title')}
      </Title>
      <Text size="sm">{t('participants.privacy')}</Text>
      {programme.abilities.enroll && <EnrollForm programmeId={programme.id} />}
      {participants.length === 0 ? (
        <EmptyState title={t('participants.empty')} hint={t('participants.emptyHint')} />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('participants.label')}</Table.Th>
                <Table.Th>{t('participants.state')}</Table.Th>
                <Table.Th>{t('participants.progress')}</Table.Th>
                <Table.Th>{t('participants.qualificationObtained')}</Table.Th>
                <Table.Th>{t('participants.match')}</Table.Th>
                <Table.Th>{t('participants.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.map((p) => (
                <ParticipantRow key={p.id} programme={programme} participant={p} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function ParticipantRow({
  programme,
  participant: p,
}: {
  programme: ProgrammeView;
  participant: ParticipantView;
}) {
  const { t } = useTranslation('preparationProgrammes');
  const hours = p.progress.reduce((n, e) => n + e.hoursAttended, 0);
  const planned = programme.modules.reduce((n, m) => n + m.plannedHours, 0);
  const completed = p.progress.filter((e) => e.completed).length;
  const last = p.matches.at(-1);
  return (
    <Table.Tr data-testid={`participant-${p.label}`}>
      <Table.Td>{p.label}</Table.Td>
      <Table.Td>
        <Badge variant="light">{t(`participantStates.${p.state}`)}</Badge>
        {p.dropReason && <Text size="xs">{p.dropReason}</Text>}
      </Table.Td>
      <Table.Td>
        {t('participants.progressSummary', { hours, planned, completed, modules: programme.modules.length })}
      </Table.Td>
      <Table.Td>{p.qualificationObtained?.name ?? '—'}</Table.Td>
      <Table.Td>
        {last
          ? t('participants.matchSummary', {
              provider: last.need.institution.name,
              position: last.need.position,
              result: t(`matchResults.${last.result}`),
            })
          : '—'}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {p.abilities.update && <ProgressDialog programme={programme} participant={p} />}
          {p.abilities.graduate && <GraduateDialog programme={programme} participant={p} />}
          {p.abilities.match && <MatchDialog programmeId={programme.id} participant={p} />}
          {p.abilities.dropOut && <DropOut programmeId={programme.id} participant={p} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function EnrollForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('preparationProgrammes');
  const enroll = useEnroll(programmeId);
  const [label, setLabel] = useState('');
  const [done, setDone] = useState('');
  return (
    <form
      noValidate
      aria-label={t('participants.enrollTitle')}
      onSubmit={async (event) => {
        event.preventDefault();
        const added = await enroll.mutateAsync({ label }).catch(() => undefined);
        if (added) {
          setDone(t('participants.enrolled', { label: added.label }));
          setLabel('');
        }
      }}
    >
      <Stack gap="xs">
        <ErrorSummary error={enroll.error} fieldIds={{ label: 'field-label' }} />
        <Group align="flex-end">
          <TextInput
            id="field-label"
            label={t('participants.labelInput')}
            description={t('participants.labelHint')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            withAsterisk
            error={fieldError(enroll.error, 'label')}
          />
          <Button type="submit" loading={enroll.isPending}>
            {t('participants.enroll')}
          </Button>
        </Group>
        {done && (
          <Text role="status" size="sm">
            {done}
          </Text>
        )}
      </Stack>
    </form>
  );
}

function DropOut({ programmeId, participant }: { programmeId: string; participant: ParticipantView }) {
  const { t } = useTranslation('preparationProgrammes');
  const drop = useDropOut(programmeId, participant.id);
  const [reason, setReason] = useState('');
  return (
    <ConfirmAction
      size="xs"
      label={t('dropOut.open')}
      title={t('dropOut.title', { label: participant.label })}
      message={t('dropOut.message')}
      confirmLabel={t('dropOut.confirm')}
      loading={drop.isPending}
      confirmDisabled={!reason.trim()}
      onConfirm={() => drop.mutateAsync({ version: participant.version, reason }).catch(() => undefined)}
    >
      <ErrorSummary error={drop.error} />
      <TextInput
        id="field-reason"
        label={t('dropOut.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        withAsterisk
        error={fieldError(drop.error, 'reason')}
      />
    </ConfirmAction>
  );
}
