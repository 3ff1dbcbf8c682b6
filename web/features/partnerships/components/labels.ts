import type { TFunction } from 'i18next';
import { stepNumber } from '../../../../common/contracts/partnership-lifecycle';
import type { LifecycleStep } from '../../../../common/enums';

/** "Step 3: Goals, rules, roles…": how every page names a lifecycle step. */
export const stepLabel = (t: TFunction, step: LifecycleStep) =>
  t('partnerships:list.step', { number: stepNumber(step), name: t(`partnerships:steps.${step}`) });
