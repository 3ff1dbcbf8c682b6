import { describe, expect, it } from 'vitest';
import { formatPln, groszeToInput, MAX_GROSZE, parseGrosze } from './money';

describe('PLN amounts typed by people', () => {
  it('reads Polish and plain decimal forms into exact grosze', () => {
    expect(parseGrosze('1234,56')).toBe(123456);
    expect(parseGrosze('1234.5')).toBe(123450);
    expect(parseGrosze(' 1 234 567,89 ')).toBe(123456789);
    expect(parseGrosze('1\u00a0234,05')).toBe(123405);
    expect(parseGrosze('0')).toBe(0);
    expect(parseGrosze('0,1')).toBe(10);
  });

  it('never goes through floating point: 0,29 is 29 grosze, not 28.999…', () => {
    expect(parseGrosze('0,29')).toBe(29);
    expect(parseGrosze('1,13')).toBe(113);
  });

  it('refuses negative amounts, more than two decimals, bad grouping, letters and absurd sums', () => {
    for (const text of ['-5', '1,234', '12 34', '1.2.3', 'abc', '', '1e3', '12 zł'])
      expect(parseGrosze(text)).toBeNull();
    expect(parseGrosze(groszeToInput(MAX_GROSZE + 1))).toBeNull();
  });

  it('shows grosze in pl-PL currency format and back as an editable text', () => {
    // Polish groups thousands only from five digits up (1234,56 zł; 12 345,67 zł).
    expect(formatPln(1234567).replace(/\s/g, ' ')).toBe('12 345,67 zł');
    expect(formatPln(123456).replace(/\s/g, ' ')).toBe('1234,56 zł');
    expect(groszeToInput(123405)).toBe('1234,05');
    expect(parseGrosze(groszeToInput(987654321))).toBe(987654321);
  });
});
