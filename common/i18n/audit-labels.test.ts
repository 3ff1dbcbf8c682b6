import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en/audit.json';
import pl from './pl/audit.json';

/** Every `action: 'group.name'` and `entityType: 'name'` literal the server writes to the audit log. */
function auditedCodes(): { actions: Set<string>; entityTypes: Set<string> } {
  const actions = new Set<string>();
  const entityTypes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.includes('.test.')) {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(/\baction: '([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g))
          actions.add(m[1] as string);
        for (const m of source.matchAll(/\bentityType: '([a-zA-Z]+)'/g)) entityTypes.add(m[1] as string);
      }
    }
  };
  walk(join(import.meta.dirname, '../../server'));
  return { actions, entityTypes };
}

const lookup = (catalog: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalog);

describe('the audit view names every event in both languages', () => {
  const { actions, entityTypes } = auditedCodes();

  it('finds the audited actions in the server code', () => {
    expect(actions.has('institution.update')).toBe(true);
    expect(entityTypes.has('institution')).toBe(true);
  });

  it.each([
    ['pl', pl],
    ['en', en],
  ])('%s: every audited action, its group and every record type has a label', (_, catalog) => {
    const missing = [
      ...[...actions]
        .filter((a) => typeof lookup(catalog.actions, a) !== 'string')
        .map((a) => `actions.${a}`),
      ...[...actions]
        .map((a) => a.split('.')[0] as string)
        .filter((g) => typeof lookup(catalog.actionGroups, g) !== 'string')
        .map((g) => `actionGroups.${g}`),
      ...[...entityTypes]
        .filter((e) => typeof lookup(catalog.entityTypes, e) !== 'string')
        .map((e) => `entityTypes.${e}`),
    ];
    expect([...new Set(missing)]).toEqual([]);
  });
});
