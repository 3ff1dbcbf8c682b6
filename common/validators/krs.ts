import { z } from 'zod';

/** KRS (National Court Register) number: 10 digits with leading zeros, and no check digit. */
export const isValidKrs = (value: string): boolean => /^\d{10}$/.test(value.trim());

export const krsSchema = z.string().trim().refine(isValidKrs, { message: 'field.krsFormat' });
