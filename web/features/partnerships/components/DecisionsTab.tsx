import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import {
  type DecisionBody,
  decisionBodies,
  type LifecycleStep,
  lifecycleSteps,
} from '../../../../common/enums';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCreateDecision } from '../api/create-decision';
import { useDecisions } from '../api/list-decisions';
import { useMeetings } from '../api/list-meetings';
import { stepLabel } from './labels';

/** The decisions log: what was decided, by which body, when, and from which meeting or document. */
export function DecisionsTab({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const decisions = useDecisions(view.id);
  return (
    <Stack>
      {view.abilities.manageMeetings && <DecisionForm view={view} />}
      {decisions.data?.items.length === 0 && <EmptyState title={t('decisions.none')} />}
      {decisions.data && decisions.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped captionSide="top">
            <Table.Caption>{t('decisions.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('decisions.decidedOn')}</Table.Th>
                <Table.Th>{t('decisions.body')}</Table.Th>
                <Table.Th>{t('decisions.summary')}</Table.Th>
                <Table.Th>{t('decisions.meeting')}</Table.Th>
                <Table.Th>{t('decisions.recordedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decisions.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDate(d.decidedOn)}</Table.Td>
                  <Table.Td>{t(`bodies.${d.body}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                    {d.summary}
                    {d.lifecycleStep && ` (${stepLabel(t, d.lifecycleStep)})`}
                  </Table.Td>
                  <Table.Td>
                    {d.meeting
                      ? `${formatDateTime(d.meeting.startsAt)} — ${d.meeting.title}`
                      : d.sourceDocument}
                  </Table.Td>
                  <Table.Td>{d.recordedByName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function DecisionForm({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const create = useCreateDecision(view.id);
  const meetings = useMeetings(view.id);
  const empty = {
    body: 'managementBody' as DecisionBody,
    summary: '',
    decidedOn: new Date().toISOString().slice(0, 10),
    meetingId: null as string | null,
    sourceDocument: '',
    lifecycleStep: null as LifecycleStep | null,
  };
  const [values, setValues] = useState(empty);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(values, { onSuccess: () => setValues(empty) });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('decisions.add')}>
      <Stack>
        <ErrorSummary
          error={create.error}
          fieldIds={{ summary: 'decision-summary', decidedOn: 'decision-date' }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            id="decision-body"
            label={t('decisions.body')}
            allowDeselect={false}
            data={decisionBodies.map((b) => ({ value: b, label: t(`bodies.${b}`) }))}
            value={values.body}
            onChange={(v) =>
              setValues((s) => ({ ...s, body: (v as DecisionBody | null) ?? 'managementBody' }))
            }
          />
          <TextInput
            id="decision-date"
            type="date"
            label={t('decisions.decidedOn')}
            withAsterisk
            value={values.decidedOn}
            onChange={(e) => {
              const decidedOn = e.currentTarget.value;
              setValues((s) => ({ ...s, decidedOn }));
            }}
            error={fieldError(create.error, 'decidedOn')}
          />
          <Select
            id="decision-meeting"
            label={t('decisions.meeting')}
            clearable
            data={(meetings.data?.items ?? []).map((m) => ({
              value: m.id,
              label: `${formatDateTime(m.startsAt)} — ${m.title}`,
            }))}
            value={values.meetingId}
            onChange={(meetingId) => setValues((s) => ({ ...s, meetingId }))}
          />
          <TextInput
            id="decision-source"
            label={t('decisions.sourceDocument')}
            value={values.sourceDocument}
            onChange={(e) => {
              const sourceDocument = e.currentTarget.value;
              setValues((s) => ({ ...s, sourceDocument }));
            }}
          />
          <Select
            id="decision-step"
            label={t('decisions.lifecycleStep')}
            clearable
            data={lifecycleSteps.map((s) => ({ value: s, label: stepLabel(t, s) }))}
            value={values.lifecycleStep}
            onChange={(v) => setValues((s) => ({ ...s, lifecycleStep: v as LifecycleStep | null }))}
          />
        </SimpleGrid>
        <Textarea
          id="decision-summary"
          label={t('decisions.summary')}
          withAsterisk
          autosize
          minRows={2}
          value={values.summary}
          onChange={(e) => {
            const summary = e.currentTarget.value;
            setValues((s) => ({ ...s, summary }));
          }}
          error={fieldError(create.error, 'summary')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('decisions.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
