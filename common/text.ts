/**
 * The form of a name that search compares: lower case, no Polish diacritics ("Łódź" → "lodz"),
 * single spaces. Stored beside the name so an index serves accent-insensitive prefix search.
 */
export function toSearchable(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards in user input, so "50%" searches for "50%". */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
