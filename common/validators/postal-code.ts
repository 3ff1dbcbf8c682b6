import { z } from 'zod';

/** Polish postal code: two digits, a dash, three digits ("23-300"). */
export const isValidPostalCode = (value: string): boolean => /^\d{2}-\d{3}$/.test(value.trim());

export const postalCodeSchema = z.string().trim().refine(isValidPostalCode, { message: 'field.postalCode' });
