import { z } from 'zod';
import { weightedSum } from './digits';

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** The century is encoded in the month: +80 for the 1800s, +0 for the 1900s, +20, +40, +60 after. */
const CENTURY_BY_MONTH_OFFSET: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };

export type Sex = 'female' | 'male';

export interface PeselFacts {
  /** ISO date, yyyy-mm-dd. */
  birthDate: string;
  sex: Sex;
}

/**
 * Reads the birth date and sex out of a PESEL, or null when the number is not a valid one
 * (wrong length, check digit, or a date that does not exist). The beneficiaries' records take
 * both facts from here rather than asking for them twice.
 */
export function parsePesel(value: string): PeselFacts | null {
  const pesel = value.trim();
  if (!/^\d{11}$/.test(pesel)) return null;
  if ((10 - (weightedSum(pesel, PESEL_WEIGHTS) % 10)) % 10 !== Number(pesel[10])) return null;
  const yy = Number(pesel.slice(0, 2));
  const encodedMonth = Number(pesel.slice(2, 4));
  const day = Number(pesel.slice(4, 6));
  const offset = encodedMonth - (encodedMonth % 20);
  const century = CENTURY_BY_MONTH_OFFSET[offset];
  const month = encodedMonth - offset;
  if (century === undefined || month < 1 || month > 12) return null;
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return {
    birthDate: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    sex: Number(pesel[9]) % 2 === 1 ? 'male' : 'female',
  };
}

export const isValidPesel = (value: string): boolean => parsePesel(value) !== null;

export const peselSchema = z.string().trim().refine(isValidPesel, { message: 'field.peselChecksum' });
