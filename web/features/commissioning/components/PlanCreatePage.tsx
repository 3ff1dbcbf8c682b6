import { Loader, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useCreatePlan, usePlans } from '../api/plans';
import { PlanForm } from './PlanForm';

/** A new draft plan, for one of the JSTs the user may write plans for. */
export function PlanCreatePage() {
  const { t } = useTranslation('commissioning');
  const navigate = useNavigate();
  const own = usePlans({});
  const create = useCreatePlan();
  return (
    <Stack>
      <PageHeader title={t('newTitle')} />
      {!own.data ? (
        <Loader aria-label={t('loading', { ns: 'common' })} />
      ) : (
        <PlanForm
          jstChoices={own.data.canCreateFor}
          error={create.error}
          pending={create.isPending}
          submitLabel={t('actions.create')}
          onSubmit={(fields) =>
            create.mutate(fields as Parameters<typeof create.mutate>[0], {
              onSuccess: (plan) => navigate({ to: '/commissioning/$id', params: { id: plan.id } }),
            })
          }
          onCancel={() => navigate({ to: '/commissioning' })}
        />
      )}
    </Stack>
  );
}
