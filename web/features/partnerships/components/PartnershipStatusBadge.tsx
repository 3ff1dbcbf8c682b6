import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipStatus } from '../../../../common/enums';

/**
 * Dark shades on an outline badge keep the text at AA contrast on white. A "light" badge with a
 * shade paints that shade as its background under its colour's darkest text, which left a
 * closed partnership's grey badge unreadable (axe checks it on a closed partnership's page).
 */
const colours: Record<PartnershipStatus, string> = { active: 'teal.9', closed: 'gray.8' };

export function PartnershipStatusBadge({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation('partnerships');
  return (
    <Badge variant="outline" color={colours[status]} data-testid="partnership-status">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
