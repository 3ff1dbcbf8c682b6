import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementState } from '../../../../../common/contracts/partnership-agreements';

/** Dark shades on an outline badge: the text keeps AA contrast on white (axe checks it). */
const colours: Record<AgreementState, string> = {
  draft: 'gray.8',
  inSignature: 'blue.9',
  inForce: 'teal.9',
  expired: 'grape.9',
  terminated: 'red.9',
};

export function AgreementStateBadge({ state }: { state: AgreementState }) {
  const { t } = useTranslation('partnerships');
  return (
    <Badge variant="outline" color={colours[state]} data-testid="agreement-state">
      {t(`agreements.states.${state}`)}
    </Badge>
  );
}
