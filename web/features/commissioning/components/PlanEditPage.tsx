import { Loader, Stack, Text } from '@mantine/core';
import { notFound, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { UpdatePlanInput } from '../../../../common/contracts/commissioning';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { usePlan, useUpdatePlan } from '../api/plans';
import { PlanForm } from './PlanForm';

/** Editing a draft at the version read; a plan one may not edit shows its page instead. */
export function PlanEditPage() {
  const { id } = useParams({ from: '/authed/commissioning/$id/edit' });
  const { t } = useTranslation('commissioning');
  const navigate = useNavigate();
  const plan = usePlan(id);
  const update = useUpdatePlan(id);
  if (plan.error instanceof ApiError && plan.error.status === 404) throw notFound();
  const toPlan = () => navigate({ to: '/commissioning/$id', params: { id } });
  return (
    <Stack>
      <PageHeader title={t('editTitle')} />
      {plan.error && <Text role="alert">{plan.error.message}</Text>}
      {!plan.data && !plan.error && <Loader aria-label={t('loading', { ns: 'common' })} />}
      {plan.data && (
        <PlanForm
          key={plan.data.version}
          initial={plan.data}
          error={update.error}
          pending={update.isPending}
          submitLabel={t('actions.save')}
          onSubmit={(fields) =>
            update.mutate({ ...fields, version: plan.data.version } as UpdatePlanInput, { onSuccess: toPlan })
          }
          onCancel={toPlan}
        />
      )}
    </Stack>
  );
}
