import { z } from 'zod';
import { stripSeparators, weightedSum } from './digits';

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/**
 * NIP (tax identification number): 10 digits, the last a mod-11 check digit. A remainder of 10
 * is never issued, so such a number is invalid rather than "check digit 0".
 */
export function isValidNip(value: string): boolean {
  const nip = stripSeparators(value);
  if (!/^\d{10}$/.test(nip)) return false;
  const check = weightedSum(nip, NIP_WEIGHTS) % 11;
  return check !== 10 && check === Number(nip[9]);
}

/** Accepts "526-025-02-74" or "526 025 02 74" as typed, and yields the 10 digits that are stored. */
export const nipSchema = z
  .string()
  .trim()
  .transform(stripSeparators)
  .refine(isValidNip, { message: 'field.nipChecksum' });
