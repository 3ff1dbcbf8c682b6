import { i18next } from '../../lib/i18n';

/** The namespace whose `fields.*` labels name the fields of a record type, where one exists. */
const fieldNamespaces: Record<string, string> = { institution: 'institutions', user: 'users' };

const resource = (ns: string, key: string): unknown => i18next.getResource(i18next.language, ns, key);
const textOf = (ns: string, key: string): string | undefined => {
  const value = resource(ns, key);
  return typeof value === 'string' ? value : undefined;
};

/** The action's label where the catalog knows it; the raw code for actions added since. */
export const actionLabel = (action: string): string => textOf('audit', `actions.${action}`) ?? action;

export const entityTypeLabel = (entityType: string): string =>
  textOf('audit', `entityTypes.${entityType}`) ?? entityType;

/** A changed field by the label its own form uses, or its API name. */
export const fieldLabel = (entityType: string, field: string): string => {
  const ns = fieldNamespaces[entityType];
  return (ns && textOf(ns, `fields.${field}`)) || field;
};

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** Every labelled action under a catalog node, as dotted codes (`partnership.member.add`). */
const actionCodes = (prefix: string, node: unknown): string[] =>
  typeof node === 'string'
    ? [prefix]
    : Object.entries(asRecord(node)).flatMap(([key, child]) => actionCodes(`${prefix}.${key}`, child));

/**
 * The action filter's options, from the catalog: each group's "all" (a prefix) and its actions,
 * so actions other modules add appear as soon as they are given a label.
 */
export function actionOptions(): { group: string; items: { value: string; label: string }[] }[] {
  return Object.entries(asRecord(resource('audit', 'actions'))).map(([group, actions]) => {
    const groupLabel = textOf('audit', `actionGroups.${group}`) ?? group;
    return {
      group: groupLabel,
      items: [
        { value: `${group}.`, label: i18next.t('audit:filters.allInGroup', { group: groupLabel }) },
        ...actionCodes(group, actions).map((value) => ({ value, label: actionLabel(value) })),
      ],
    };
  });
}

export const entityTypeOptions = (): { value: string; label: string }[] =>
  Object.keys(asRecord(resource('audit', 'entityTypes'))).map((value) => ({
    value,
    label: entityTypeLabel(value),
  }));
