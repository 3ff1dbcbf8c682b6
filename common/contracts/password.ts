import { z } from 'zod';
import { commonPasswords } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Local parts shorter than this ("a@…", "jo@…") would forbid ordinary letters, so they are not checked. */
const MIN_CHECKED_LOCAL_PART = 3;

const localPartOf = (email: string) => email.trim().toLowerCase().split('@')[0] ?? '';

/** Whether the password repeats the e-mail's local part: the first guess of anyone who knows the address. */
export function passwordContainsEmail(password: string, email: string): boolean {
  const local = localPartOf(email);
  return local.length >= MIN_CHECKED_LOCAL_PART && password.toLowerCase().includes(local);
}

export const isCommonPassword = (password: string): boolean => commonPasswords.has(password.toLowerCase());

/**
 * A new password on its own: long enough (length beats composition rules, NIST SP 800-63B),
 * not absurdly long (argon2 would hash it anyway, but a request that large is abuse), and not
 * one of the first passwords an attacker tries. Whether it contains the e-mail is checked where
 * the e-mail is known, with {@link passwordIssue}.
 */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: 'field.passwordTooShort' })
  .max(PASSWORD_MAX_LENGTH, { message: 'field.passwordTooLong' })
  .refine((password) => !isCommonPassword(password), { message: 'field.passwordTooCommon' });

/**
 * Every password rule at once, for the server and for the browser's hint alike: the key of the
 * `errors` catalog naming the first rule the password breaks, or null when it passes.
 */
export function passwordIssue(password: string, email: string): string | null {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'field.passwordTooShort';
  if (passwordContainsEmail(password, email)) return 'field.passwordContainsEmail';
  return null;
}
