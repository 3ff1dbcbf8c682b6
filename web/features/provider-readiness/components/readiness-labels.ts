import { useTranslation } from 'react-i18next';
import type { ReadinessItemRef } from '../../../../common/contracts/provider-readiness';
import type { ReadinessStatus } from '../../../../common/enums';

/** A checklist item's name: the card's own wording, or the interface's name of a procedure or register. */
export function useItemLabel() {
  const { t } = useTranslation('providerReadiness');
  return (item: ReadinessItemRef) => item.text ?? t(`items.${item.key}`);
}

/** Filled badges in dark tones and an outline orange: each passes WCAG AA contrast (as the catalogue's). */
export const statusBadge: Record<ReadinessStatus, { variant: 'filled' | 'outline'; color: string }> = {
  draft: { variant: 'outline', color: 'gray.8' },
  submitted: { variant: 'filled', color: 'blue.9' },
  confirmed: { variant: 'filled', color: 'teal.9' },
  returned: { variant: 'outline', color: 'orange' },
  expired: { variant: 'filled', color: 'gray.8' },
};
