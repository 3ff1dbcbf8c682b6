import { z } from 'zod';
import { stripSeparators, weightedSum } from './digits';

const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7] as const;
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;

const checkDigit = (digits: string, weights: readonly number[]) => (weightedSum(digits, weights) % 11) % 10;

/**
 * REGON: 9 digits for an entity, 14 for its local unit. A 14-digit number carries two checks:
 * its own, and that of the parent's 9-digit REGON it begins with.
 */
export function isValidRegon(value: string): boolean {
  const regon = stripSeparators(value);
  if (/^\d{9}$/.test(regon)) return checkDigit(regon, REGON9_WEIGHTS) === Number(regon[8]);
  if (/^\d{14}$/.test(regon))
    return isValidRegon(regon.slice(0, 9)) && checkDigit(regon, REGON14_WEIGHTS) === Number(regon[13]);
  return false;
}

export const regonSchema = z
  .string()
  .trim()
  .transform(stripSeparators)
  .refine(isValidRegon, { message: 'field.regonChecksum' });
