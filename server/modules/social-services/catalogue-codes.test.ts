import { describe, expect, it } from 'vitest';
import { codeFromName, firstFreeCode, isUuid } from './catalogue-codes';

describe('catalogue codes', () => {
  it('makes a code from a Polish name: lower case, no diacritics, words joined by hyphens', () => {
    expect(codeFromName('Usługi opiekuńcze w miejscu zamieszkania')).toBe(
      'uslugi-opiekuncze-w-miejscu-zamieszkania',
    );
    expect(codeFromName('  Żłobek (opieka) — 3 lata ')).toBe('zlobek-opieka-3-lata');
    expect(codeFromName('!!!')).toBe('pozycja');
    expect(codeFromName('a'.repeat(100)).length).toBeLessThanOrEqual(72);
  });

  it('takes the next free number when a code is taken', () => {
    expect(firstFreeCode('posilek', new Set())).toBe('posilek');
    expect(firstFreeCode('posilek', new Set(['posilek', 'posilek-2']))).toBe('posilek-3');
  });

  it('tells a uuid from anything else', () => {
    expect(isUuid('0190f3a4-0000-7000-8000-000000000001')).toBe(true);
    expect(isUuid('af69894e-7bed-11ef-a85c-07e0918a608c')).toBe(true);
    expect(isUuid('nie-ma')).toBe(false);
  });
});
