import type { z } from 'zod';
import { AppError } from './app-error';
import { RequestValidationError } from './request-validation';

/** A field the server found wrong, named by the key of its message in the `errors` catalog. */
export interface FieldProblem {
  field: string;
  id: string;
  params?: Record<string, unknown>;
}

/**
 * A 400 naming fields, for rules only the server can check (a code taken, a member of the
 * wrong kind). Takes the problems one by one or as a list, whichever the caller has at hand.
 */
export const invalid = (...fields: (FieldProblem | readonly FieldProblem[])[]) =>
  new AppError('validation', 'validation', { fields: fields.flat() });

/**
 * Checks input the same way a route's schema does, so seeds, imports and tests' factories that
 * call a use case directly get the same rules and the same 400.
 */
export function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new RequestValidationError(result.error.issues, 'body');
  return result.data;
}

/** PostgreSQL's unique_violation, as `pg` and PGlite both report it (drizzle wraps it in `cause`). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (e: unknown) => (e as { code?: unknown } | null)?.code;
  return code(err) === '23505' || code((err as { cause?: unknown } | null)?.cause) === '23505';
}

/** The fields a change names, without those left out: what the audit row's before/after compares. */
export const givenFields = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
