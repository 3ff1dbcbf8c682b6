import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadinessStatus } from '../../../../common/enums';
import { statusBadge } from './readiness-labels';

export function StatusBadge({ status }: { status: ReadinessStatus }) {
  const { t } = useTranslation('providerReadiness');
  return (
    <Badge {...statusBadge[status]} data-testid="readiness-status">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
