import type { Locale } from '../../../common/i18n';
import type { Executor } from '../db';
import { AppError } from '../errors';
import type { Actor } from './actor';

/** What every service call takes first: who acts, on which connection, for which request. */
export interface Ctx {
  db: Executor;
  actor: Actor | null;
  requestId: string;
  locale: Locale;
  ip?: string | undefined;
  /** True for work the platform does itself (seed, import): policies let it through, audit names no user. */
  system?: boolean;
}

/** A context whose actor is signed in; services that need one call {@link requireActor}. */
export type ActorCtx = Ctx & { actor: Actor };

export function requireActor(ctx: Ctx): asserts ctx is ActorCtx {
  if (!ctx.actor) throw new AppError('unauthenticated', 'unauthenticated');
}

/**
 * The permission check of a use case: the platform itself (seeding, imports, tests' factories)
 * passes; anyone else must be signed in and allowed by the module's policy, else 403.
 */
export function authorize(ctx: Ctx, allowed: (actor: Actor | null) => boolean): void {
  if (ctx.system) return;
  requireActor(ctx);
  if (!allowed(ctx.actor)) throw new AppError('forbidden', 'forbidden');
}

/** Runs a use case in one transaction (a savepoint when already inside one). */
export function inTransaction<T>(ctx: Ctx, work: (tctx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work({ ...ctx, db: tx }));
}

/** A context for work the system does itself (seeding, imports): no actor, no request. */
export function systemContext(db: Executor, requestId = 'system'): Ctx {
  return { db, actor: null, requestId, locale: 'pl', system: true };
}
