import {
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LifecycleStepView, LifecycleView } from '../../../../common/contracts/partnership-activity';
import { stepArtefacts } from '../../../../common/contracts/partnership-lifecycle';
import type { PartnershipView } from '../../../../common/contracts/partnerships';
import { type ContinuationOutcome, continuationOutcomes, lifecycleSteps } from '../../../../common/enums';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { formatDateTime } from '../../../lib/format';
import { useCompleteStep } from '../api/complete-step';
import { useLifecycle } from '../api/get-lifecycle';
import { useDecisions } from '../api/list-decisions';
import { useReopenStep } from '../api/reopen-step';

/** Filled badges: each colour keeps white 11px text above 4.5:1 (green.9 does not). */
const statusColor = { completed: 'teal.9', inProgress: 'blue.9', cannotStartYet: 'gray.8' } as const;

/**
 * The eleven steps as a GOV.UK task list: each with its status and what it needs; the current
 * one can be completed with its record, a completed one can be gone back to. History below.
 */
export function LifecycleTab({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnerships');
  const lifecycle = useLifecycle(view.id);
  if (!lifecycle.data)
    return lifecycle.error ? <Text role="alert">{lifecycle.error.message}</Text> : <Loader />;
  const data = lifecycle.data;
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('lifecycle.title', { cycle: data.cycle })}
      </Title>
      <ol className="task-list" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="task-list">
        {data.steps.map((step) => (
          <li key={step.step}>
            <StepItem id={view.id} lifecycle={data} step={step} />
          </li>
        ))}
      </ol>
      <History lifecycle={data} />
    </Stack>
  );
}

function StepItem({
  id,
  lifecycle,
  step,
}: {
  id: string;
  lifecycle: LifecycleView;
  step: LifecycleStepView;
}) {
  const { t } = useTranslation('partnerships');
  const { t: tErrors } = useTranslation('errors');
  const missing = lifecycle.missingRequirements.map((r) => t(`requirements.${r}`)).join(', ');
  return (
    <Paper withBorder p="sm" mb="xs">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>
            {step.number}. {t(`steps.${step.step}`)}
          </Text>
          <Text size="sm">
            {t('lifecycle.needs', { artefact: t(`artefacts.${stepArtefacts[step.step]}`) })}
          </Text>
          {step.status !== 'completed' && step.missing && (
            <Text size="sm" c="red.9">
              {tErrors(step.missing, { missing })}
            </Text>
          )}
          {step.completion && (
            <Text size="sm">
              {t('lifecycle.completedBy', {
                date: formatDateTime(step.completion.at),
                name: step.completion.byName ?? '—',
              })}
            </Text>
          )}
        </Stack>
        <Badge color={statusColor[step.status]} variant="filled" style={{ flexShrink: 0 }}>
          {t(`stepStatuses.${step.status}`)}
        </Badge>
      </Group>
      {lifecycle.abilities.manage && lifecycle.status === 'active' && step.status === 'inProgress' && (
        <CompleteForm id={id} lifecycle={lifecycle} step={step} />
      )}
      {lifecycle.abilities.manage && step.status === 'completed' && (
        <Reopen id={id} lifecycle={lifecycle} step={step} />
      )}
    </Paper>
  );
}

function CompleteForm({
  id,
  lifecycle,
  step,
}: {
  id: string;
  lifecycle: LifecycleView;
  step: LifecycleStepView;
}) {
  const { t } = useTranslation('partnerships');
  const complete = useCompleteStep(id);
  const decisions = useDecisions(id);
  const [note, setNote] = useState('');
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const [evaluation, setEvaluation] = useState({ effectiveness: '', efficiency: '', utility: '' });
  const [outcome, setOutcome] = useState<ContinuationOutcome | null>(null);
  const artefact = stepArtefacts[step.step];
  const recorded = artefact === 'rulesRecord' || artefact === 'continuationDecision';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate({
      step: step.step,
      version: lifecycle.version,
      note,
      decisionId,
      ...(artefact === 'evaluation' && { evaluation }),
      ...(artefact === 'continuationDecision' && { outcome }),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('lifecycle.completeTitle', { number: step.number })}>
      <Stack mt="sm">
        <ErrorSummary
          error={complete.error}
          fieldIds={{ note: `note-${step.step}`, outcome: `outcome-${step.step}` }}
        />
        {artefact === 'continuationDecision' && (
          <Radio.Group
            id={`outcome-${step.step}`}
            label={t('lifecycle.outcome')}
            withAsterisk
            value={outcome}
            onChange={(v) => setOutcome(v as ContinuationOutcome)}
            error={fieldError(complete.error, 'outcome')}
          >
            <Stack mt="xs" gap="xs">
              {continuationOutcomes.map((o) => (
                <Radio key={o} value={o} label={t(`outcomes.${o}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {artefact === 'evaluation' &&
          (['effectiveness', 'efficiency', 'utility'] as const).map((q) => (
            <Textarea
              key={q}
              id={`evaluation-${q}`}
              label={t(`lifecycle.${q}`)}
              withAsterisk
              autosize
              minRows={2}
              value={evaluation[q]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setEvaluation((v) => ({ ...v, [q]: value }));
              }}
              error={fieldError(complete.error, 'evaluation')}
            />
          ))}
        {recorded && (
          <Select
            id={`decision-${step.step}`}
            label={t('lifecycle.decision')}
            clearable
            data={(decisions.data?.items ?? []).map((d) => ({
              value: d.id,
              label: `${d.decidedOn}: ${d.summary}`,
            }))}
            value={decisionId}
            onChange={setDecisionId}
          />
        )}
        <Textarea
          id={`note-${step.step}`}
          label={t('lifecycle.note')}
          description={recorded ? t('lifecycle.noteHint') : undefined}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(complete.error, 'note')}
        />
        <Group>
          <Button type="submit" loading={complete.isPending}>
            {t('lifecycle.complete')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Reopen({ id, lifecycle, step }: { id: string; lifecycle: LifecycleView; step: LifecycleStepView }) {
  const { t } = useTranslation('partnerships');
  const reopen = useReopenStep(id);
  const [reason, setReason] = useState('');
  return (
    <Group mt="xs">
      <ConfirmAction
        size="xs"
        label={t('lifecycle.reopen')}
        title={t('lifecycle.reopenTitle', { number: step.number })}
        message={t('lifecycle.reopenMessage')}
        loading={reopen.isPending}
        confirmDisabled={reason.trim().length < 3}
        onConfirm={() =>
          reopen.mutateAsync({ step: step.step, reason: reason.trim(), version: lifecycle.version })
        }
      >
        <ErrorSummary error={reopen.error} fieldIds={{ reason: `reopen-${step.step}` }} />
        <Textarea
          id={`reopen-${step.step}`}
          label={t('lifecycle.reason')}
          withAsterisk
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </ConfirmAction>
    </Group>
  );
}

function History({ lifecycle }: { lifecycle: LifecycleView }) {
  const { t } = useTranslation('partnerships');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lifecycle-history">
      <Title order={2} size="h5" id="lifecycle-history" mb="xs">
        {t('lifecycle.history')}
      </Title>
      {lifecycle.history.length === 0 ? (
        <Text size="sm">{t('lifecycle.historyEmpty')}</Text>
      ) : (
        <Stack gap="xs">
          {lifecycle.history.map((e) => (
            <Text size="sm" key={e.id}>
              {t(e.action === 'completed' ? 'lifecycle.eventCompleted' : 'lifecycle.eventReopened', {
                cycle: e.cycle,
                number: lifecycleSteps.indexOf(e.step) + 1,
              })}{' '}
              — {t('lifecycle.by', { date: formatDateTime(e.at), name: e.byName ?? '—' })}
              {e.reason && ` — ${e.reason}`}
              {e.outcome && ` — ${t(`outcomes.${e.outcome}`)}`}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
