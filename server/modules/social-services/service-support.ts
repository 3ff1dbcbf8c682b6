import type { z } from 'zod';
import { type Actor, type Ctx, requireActor } from '../../platform/authz';
import { AppError, RequestValidationError } from '../../platform/errors';

export interface FieldProblem {
  field: string;
  id: string;
}

/** A 400 naming fields, for rules only the server can check (a code taken, an unknown area). */
export const invalid = (...fields: FieldProblem[]) => new AppError('validation', 'validation', { fields });

/** Checks input the same way the route does, so seeds and imports that call in directly get the same rules. */
export function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new RequestValidationError(result.error.issues, 'body');
  return result.data;
}

/** The platform itself (seeding, imports) passes; anyone else must be signed in and allowed. */
export function authorize(ctx: Ctx, allowed: (actor: Actor | null) => boolean): void {
  if (ctx.system) return;
  requireActor(ctx);
  if (!allowed(ctx.actor)) throw new AppError('forbidden', 'forbidden');
}

/** PostgreSQL's unique_violation, as `pg` and PGlite report it (drizzle wraps it in `cause`). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (e: unknown) => (e as { code?: unknown } | null)?.code;
  return code(err) === '23505' || code((err as { cause?: unknown } | null)?.cause) === '23505';
}

/** The fields a change names, without those left out. */
export const givenFields = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
