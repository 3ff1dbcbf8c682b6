import type { PersonalDataVault } from '../../platform/personal-data';
import type { PersonInsert, PersonRow } from './person.repository';

/**
 * Which of a person's fields are encrypted, and how: each value is bound to its row and column
 * (`persons.<field>:<id>`), so a ciphertext copied elsewhere does not decrypt.
 */
export const sealedFields = ['pesel', 'phone', 'email', 'street'] as const;
export type SealedField = (typeof sealedFields)[number];
export type OpenedFields = Record<SealedField, string | null>;

const columnOf = { pesel: 'peselEnc', phone: 'phoneEnc', email: 'emailEnc', street: 'streetEnc' } as const;
const contextOf = (field: SealedField, personId: string) => `persons.${field}:${personId}`;

export const PESEL_INDEX = 'pesel';

/** The encrypted columns and the PESEL's blind index for a person's clear values. */
export function sealPerson(
  vault: PersonalDataVault,
  personId: string,
  values: OpenedFields,
): Partial<PersonInsert> {
  const out: Partial<PersonInsert> = {
    peselIndex: values.pesel ? vault.blindIndex(PESEL_INDEX, values.pesel) : null,
  };
  for (const field of sealedFields) {
    const value = values[field];
    out[columnOf[field]] = value ? vault.seal(value, contextOf(field, personId)) : null;
  }
  return out;
}

/** The clear values of a person's encrypted columns. */
export function openPerson(vault: PersonalDataVault, row: PersonRow): OpenedFields {
  const open = (field: SealedField) => {
    const sealed = row[columnOf[field]];
    return sealed ? vault.open(sealed, contextOf(field, row.id)) : null;
  };
  return { pesel: open('pesel'), phone: open('phone'), email: open('email'), street: open('street') };
}

/** The file of a person, bound to the person and the file's id. */
export const fileContext = (personId: string, fileId: string) => `person_files.content:${personId}:${fileId}`;

/**
 * How an encrypted value appears in the audit log, which lies in the same database: enough to
 * tell that and roughly how it changed, never the value. A PESEL keeps its last four digits.
 */
export function maskSealed(field: SealedField, value: string | null): string | null {
  if (!value) return null;
  if (field === 'pesel') return `*******${value.slice(-4)}`;
  if (field === 'phone') return `***${value.replace(/\D/g, '').slice(-3)}`;
  if (field === 'email') return `${value.slice(0, 1)}***@${value.split('@')[1] ?? ''}`;
  return '***';
}
