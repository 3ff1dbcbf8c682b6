import { describe, expect, it } from 'vitest';
import en from './en/socialServices.json';
import pl from './pl/socialServices.json';

/** Keys of a catalog, plural forms folded into their base key (Polish has more of them). */
function keysOf(node: unknown, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'object' && value !== null)
      for (const k of keysOf(value, `${prefix}${key}.`)) keys.add(k);
    else keys.add(`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`);
  }
  return keys;
}

describe('the catalogue of social services speaks both languages', () => {
  it('has every Polish string in English and no English string without a Polish one', () => {
    expect([...keysOf(pl)].sort()).toEqual([...keysOf(en)].sort());
  });
});
