import { Anchor, Group, Loader, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { notFound, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../common/contracts/commissioning';
import { ButtonLink } from '../../../components/ButtonLink';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorSummary, fieldError } from '../../../components/ErrorSummary';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useAdoptPlan, usePlan, usePlanStep } from '../api/plans';
import { CommissionsTab } from './CommissionsTab';
import { ContractsTab } from './ContractsTab';
import { PlanStateBadge } from './PlanStateBadge';
import { PlanTab } from './PlanTab';
import { ReviewsTab } from './ReviewsTab';

/**
 * A plan's page: the plan, its commissions, contracts with progress, and quality reviews, with
 * the steps its state allows. Which buttons show is decided by the API's abilities; a draft of
 * another JST, like a plan that does not exist, is the not-found page.
 */
export function PlanDetailPage() {
  const { id } = useParams({ from: '/authed/commissioning/$id' });
  const { t } = useTranslation('commissioning');
  const plan = usePlan(id);
  if (plan.error instanceof ApiError && plan.error.status === 404) throw notFound();
  if (!plan.data)
    return plan.error ? (
      <Text role="alert">{plan.error.message}</Text>
    ) : (
      <Loader aria-label={t('loading', { ns: 'common' })} />
    );
  return <Detail plan={plan.data} />;
}

function Detail({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('commissioning');
  return (
    <Stack>
      <PageHeader title={plan.title} />
      <Group gap="xs">
        <PlanStateBadge state={plan.state} />
        <Text size="sm">
          {plan.jst.name} · {formatDate(plan.startsOn)} – {formatDate(plan.endsOn)}
        </Text>
        {plan.resolutionNumber && plan.resolutionDate && (
          <Text size="sm">
            · {t('resolutionLine', { number: plan.resolutionNumber, date: formatDate(plan.resolutionDate) })}
          </Text>
        )}
      </Group>
      <Group>
        {plan.abilities.update && (
          <ButtonLink to="/commissioning/$id/edit" params={{ id: plan.id }} variant="default">
            {t('actions.edit')}
          </ButtonLink>
        )}
        {plan.abilities.adopt && <AdoptAction plan={plan} />}
        {plan.abilities.startExecution && <StepAction plan={plan} step="start-execution" />}
        {plan.abilities.report && <StepAction plan={plan} step="report" />}
        <Anchor href={`/api/commissioning/plans/${plan.id}/plan.pdf`}>{t('actions.pdf')}</Anchor>
        <Anchor href={`/api/commissioning/plans/${plan.id}/export.xlsx`}>{t('actions.xlsx')}</Anchor>
      </Group>
      <Tabs defaultValue="plan" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plan">{t('tabs.plan')}</Tabs.Tab>
          <Tabs.Tab value="commissions">{t('tabs.commissions')}</Tabs.Tab>
          <Tabs.Tab value="contracts">{t('tabs.contracts')}</Tabs.Tab>
          <Tabs.Tab value="reviews">{t('tabs.reviews')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plan" pt="md">
          <PlanTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="commissions" pt="md">
          <CommissionsTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="contracts" pt="md">
          <ContractsTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="reviews" pt="md">
          <ReviewsTab plan={plan} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Adoption asks for the resolution's number and date, and warns that the plan is then fixed. */
function AdoptAction({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('commissioning');
  const adopt = useAdoptPlan(plan.id);
  const [resolutionNumber, setNumber] = useState('');
  const [resolutionDate, setDate] = useState('');
  return (
    <ConfirmAction
      color="blue"
      label={t('actions.adopt')}
      title={t('actions.adopt')}
      message={t('actions.adoptConfirm')}
      confirmLabel={t('actions.adopt')}
      loading={adopt.isPending}
      onConfirm={() => adopt.mutateAsync({ version: plan.version, resolutionNumber, resolutionDate })}
    >
      <ErrorSummary error={adopt.error} />
      <TextInput
        id="field-resolutionNumber"
        label={t('fields.resolutionNumber')}
        withAsterisk
        value={resolutionNumber}
        onChange={(e) => setNumber(e.currentTarget.value)}
        error={fieldError(adopt.error, 'resolutionNumber')}
      />
      <TextInput
        id="field-resolutionDate"
        type="date"
        label={t('fields.resolutionDate')}
        withAsterisk
        value={resolutionDate}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={fieldError(adopt.error, 'resolutionDate')}
      />
    </ConfirmAction>
  );
}

function StepAction({ plan, step }: { plan: PlanView; step: 'start-execution' | 'report' }) {
  const { t } = useTranslation('commissioning');
  const change = usePlanStep(plan.id, step);
  const name = step === 'report' ? 'report' : 'startExecution';
  return (
    <ConfirmAction
      color="blue"
      label={t(`actions.${name}`)}
      title={t(`actions.${name}`)}
      message={t(`actions.${name}Confirm`)}
      confirmLabel={t(`actions.${name}`)}
      loading={change.isPending}
      onConfirm={() => change.mutateAsync({ version: plan.version })}
    >
      <ErrorSummary error={change.error} />
    </ConfirmAction>
  );
}
