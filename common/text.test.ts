import { describe, expect, it } from 'vitest';
import { escapeLike, toSearchable } from './text';

describe('search form of names', () => {
  it('folds case and Polish diacritics, so "Janow lubelski" finds "Janów Lubelski"', () => {
    expect(toSearchable('Janów Lubelski')).toBe(toSearchable('janow  LUBELSKI'));
    expect(toSearchable('Łódź Żółć Ęą Ść Ńń')).toBe('lodz zolc ea sc nn');
  });

  it('escapes LIKE wildcards typed by the user', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
