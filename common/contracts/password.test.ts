import { describe, expect, it } from 'vitest';
import { passwordContainsEmail, passwordIssue } from './password';

describe('password rules', () => {
  it('a password of at least 12 characters that is neither common nor the e-mail passes', () => {
    expect(passwordIssue('Wiosna-nad-Sanem-2024', 'anna.nowak@ops.pl')).toBeNull();
    expect(passwordIssue('dwanaście zn', 'anna.nowak@ops.pl')).toBeNull();
  });

  it('fewer than 12 characters is too short; more than 256 too long', () => {
    expect(passwordIssue('Krotkie-1', 'anna@ops.pl')).toBe('field.passwordTooShort');
    expect(passwordIssue('x'.repeat(257), 'anna@ops.pl')).toBe('field.passwordTooLong');
    expect(passwordIssue('x'.repeat(256), 'anna@ops.pl')).toBeNull();
  });

  it('a password from the list of the most common is refused, in any letter case', () => {
    expect(passwordIssue('Password1234', 'anna@ops.pl')).toBe('field.passwordTooCommon');
    expect(passwordIssue('ZAQ12WSXCDE3', 'anna@ops.pl')).toBe('field.passwordTooCommon');
    expect(passwordIssue('haslo1234567', 'anna@ops.pl')).toBe('field.passwordTooCommon');
  });

  it('a password containing the e-mail’s local part is refused, in any letter case', () => {
    expect(passwordIssue('Anna.Nowak-2024!', 'anna.nowak@ops.pl')).toBe('field.passwordContainsEmail');
    expect(passwordContainsEmail('moje-ANNA-haslo', 'Anna@ops.pl')).toBe(true);
    expect(passwordContainsEmail('Wiosna-nad-Sanem', 'anna@ops.pl')).toBe(false);
  });

  it('a local part of one or two letters is not checked: it would forbid ordinary letters', () => {
    expect(passwordContainsEmail('a-bardzo-dlugie-haslo', 'a@ops.pl')).toBe(false);
    expect(passwordContainsEmail('jo-jo-dlugie-haslo', 'jo@ops.pl')).toBe(false);
  });
});
