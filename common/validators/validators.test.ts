import { describe, expect, it } from 'vitest';
import {
  isValidKrs,
  isValidNip,
  isValidPesel,
  isValidPostalCode,
  isValidRegon,
  krsSchema,
  nipSchema,
  parsePesel,
  peselSchema,
  postalCodeSchema,
  regonSchema,
} from './index';

const issueMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('NIP', () => {
  it('accepts a real NIP, also typed with dashes or spaces', () => {
    expect(isValidNip('5260250274')).toBe(true);
    expect(isValidNip('526-025-02-74')).toBe(true);
    expect(isValidNip('526 025 02 74')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and letters', () => {
    expect(isValidNip('5260250275')).toBe(false);
    expect(isValidNip('526025027')).toBe(false);
    expect(isValidNip('52602502740')).toBe(false);
    expect(isValidNip('526025027A')).toBe(false);
    expect(isValidNip('')).toBe(false);
  });

  it('refuses a number whose checksum remainder is 10, even with check digit 0', () => {
    // 100006335: weighted sum ≡ 10 (mod 11), a NIP that is never issued
    expect(isValidNip('1000063350')).toBe(false);
  });

  it('the schema stores the ten digits and names the error with its catalog key', () => {
    expect(nipSchema.parse(' 526-025-02-74 ')).toBe('5260250274');
    expect(issueMessage(nipSchema.safeParse('5260250275'))).toBe('field.nipChecksum');
  });
});

describe('REGON', () => {
  it('accepts a valid 9-digit REGON', () => {
    expect(isValidRegon('123456785')).toBe(true);
  });

  it('takes 0 as the check digit when the remainder is 10', () => {
    // 10110866: weighted sum ≡ 10 (mod 11)
    expect(isValidRegon('101108660')).toBe(true);
    expect(isValidRegon('101108661')).toBe(false);
  });

  it('accepts a 14-digit REGON only when both its own and its parent number check', () => {
    expect(isValidRegon('12345678500002')).toBe(true);
    expect(isValidRegon('12345678500003')).toBe(false);
    // parent 123456784 is invalid; the last digit is recomputed to be right for the 14 digits
    expect(isValidRegon('12345678400007')).toBe(false);
  });

  it('refuses other lengths and a wrong 9-digit check', () => {
    expect(isValidRegon('123456784')).toBe(false);
    expect(isValidRegon('12345678')).toBe(false);
    expect(isValidRegon('1234567850')).toBe(false);
    expect(issueMessage(regonSchema.safeParse('123456784'))).toBe('field.regonChecksum');
    expect(regonSchema.parse('123 456 785')).toBe('123456785');
  });
});

describe('KRS', () => {
  it('is exactly ten digits, leading zeros kept', () => {
    expect(isValidKrs('0000012345')).toBe(true);
    expect(krsSchema.parse(' 0000012345 ')).toBe('0000012345');
    expect(isValidKrs('12345')).toBe(false);
    expect(isValidKrs('00000123456')).toBe(false);
    expect(issueMessage(krsSchema.safeParse('000001234X'))).toBe('field.krsFormat');
  });
});

describe('PESEL', () => {
  it('reads birth date and sex, with the century taken from the month', () => {
    expect(parsePesel('44051401359')).toEqual({ birthDate: '1944-05-14', sex: 'male' });
    expect(parsePesel('02270803624')).toEqual({ birthDate: '2002-07-08', sex: 'female' });
    expect(parsePesel('99923100113')).toEqual({ birthDate: '1899-12-31', sex: 'male' });
    expect(parsePesel('00410101230')).toEqual({ birthDate: '2100-01-01', sex: 'male' });
    expect(parsePesel('00610100051')).toEqual({ birthDate: '2200-01-01', sex: 'male' });
  });

  it('knows leap years: 29 February 2000 exists, 29 February 1900 does not', () => {
    expect(parsePesel('00222904560')).toEqual({ birthDate: '2000-02-29', sex: 'female' });
    // the check digit is right, the date is not
    expect(parsePesel('00022904564')).toBeNull();
  });

  it('refuses a wrong check digit, an impossible month and a wrong length', () => {
    expect(isValidPesel('44051401358')).toBe(false);
    // month 13 with a correct check digit
    expect(isValidPesel('80133100002')).toBe(false);
    expect(isValidPesel('4405140135')).toBe(false);
    expect(issueMessage(peselSchema.safeParse('44051401358'))).toBe('field.peselChecksum');
  });
});

describe('postal code', () => {
  it('is written 00-000', () => {
    expect(isValidPostalCode('23-300')).toBe(true);
    expect(postalCodeSchema.parse(' 23-300 ')).toBe('23-300');
    expect(isValidPostalCode('23300')).toBe(false);
    expect(isValidPostalCode('23-30')).toBe(false);
    expect(issueMessage(postalCodeSchema.safeParse('2-3300'))).toBe('field.postalCode');
  });
});
