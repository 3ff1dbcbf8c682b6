import { z } from 'zod';
import { toSearchable } from '../../../common/text';

/** The ids Postgres accepts as uuid; anything else names no record and answers 404, not 400. */
export const isUuid = (value: string): boolean => z.guid().safeParse(value).success;

/** A code for an entry added without one: "Usługi opiekuńcze" → "uslugi-opiekuncze". */
export const codeFromName = (name: string): string =>
  toSearchable(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 72)
    .replace(/-+$/, '') || 'pozycja';

/** The code itself when free, else the first of code-2, code-3… that is free. */
export function firstFreeCode(code: string, taken: ReadonlySet<string>): string {
  if (!taken.has(code)) return code;
  for (let n = 2; ; n++) if (!taken.has(`${code}-${n}`)) return `${code}-${n}`;
}
