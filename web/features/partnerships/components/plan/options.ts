import type { TFunction } from 'i18next';
import type { PartnershipView } from '../../../../../common/contracts/partnerships';

/** The current members as choices of a select. */
export const memberOptions = (view: PartnershipView) =>
  view.members.map((m) => ({ value: m.id, label: m.institution.name }));

/** An enumeration as choices, each worded from the `partnershipPlan` catalog's `group`. */
export const enumOptions = (t: TFunction, group: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: t(`${group}.${value}`, { ns: 'partnershipPlan' }) }));
