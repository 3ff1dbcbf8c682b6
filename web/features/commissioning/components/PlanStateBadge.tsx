import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommissioningPlanState } from '../../../../common/enums';

const colors: Record<CommissioningPlanState, string> = {
  draft: 'gray',
  adopted: 'blue',
  inExecution: 'teal.9',
  reported: 'dark',
};

/** A plan's state as a badge; the dark variants keep the text's contrast (axe). */
export function PlanStateBadge({ state }: { state: CommissioningPlanState }) {
  const { t } = useTranslation('commissioning');
  return (
    <Badge color={colors[state]} variant="filled" autoContrast>
      {t(`states.${state}`)}
    </Badge>
  );
}
