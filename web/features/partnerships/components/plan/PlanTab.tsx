import { Divider, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';
import { usePlan } from '../../api/plan';
import { GoalsSection } from './GoalsSection';
import { ScopeSection } from './ScopeSection';
import { StandardsSection } from './StandardsSection';
import { TargetGroupSection } from './TargetGroupSection';
import { TasksSection } from './TasksSection';

/** The partnership's plan, in the order of lifecycle steps 5–7: group and needs, scope, tasks and standards. */
export function PlanTab({ view }: { view: PartnershipView }) {
  const { t } = useTranslation('partnershipPlan');
  const plan = usePlan(view.id);
  if (!plan.data)
    return plan.error ? (
      <Text role="alert">{plan.error.message}</Text>
    ) : (
      <Loader aria-label={t('tabs.plan')} />
    );
  return (
    <Stack gap="xl">
      <GoalsSection id={view.id} plan={plan.data} />
      <Divider />
      <TargetGroupSection view={view} plan={plan.data} />
      <Divider />
      <ScopeSection view={view} plan={plan.data} />
      <Divider />
      <TasksSection view={view} plan={plan.data} />
      <Divider />
      <StandardsSection id={view.id} plan={plan.data} />
    </Stack>
  );
}
