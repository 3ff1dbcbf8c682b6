import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { AppError, invalid, notFound, versionConflict } from '../../platform/errors';
import type { MemberRow } from './member.repository';
import { canGovern } from './partnership.policy';
import { type LoadedPartnership, loadPartnership, requireOpen, requirePrivate } from './partnership-access';
import { canManagePlan } from './plan.policy';

/**
 * What every use case of the plan, pledges and budget starts with: the partnership loaded with
 * its members, and the door it passes. Outsiders get 404, members who may not change a record 403.
 */

/** Every member reads the whole plan; to anyone else the partnership's plan does not exist. */
export async function readablePlan(ctx: Ctx, id: string): Promise<LoadedPartnership> {
  const loaded = await loadPartnership(ctx, id);
  requirePrivate(ctx, loaded);
  return loaded;
}

/** The partnership locked for a change of its records, which must be open; members only. */
export async function lockedPlan(ctx: Ctx, id: string): Promise<LoadedPartnership> {
  const loaded = await loadPartnership(ctx, id, true);
  requirePrivate(ctx, loaded);
  return loaded;
}

/** The shared plan is written by those who govern the partnership, while it is open. */
export async function governedPlan(ctx: Ctx, id: string): Promise<LoadedPartnership> {
  const loaded = await lockedPlan(ctx, id);
  authorize(ctx, (actor) => canGovern(actor, loaded.facts));
  requireOpen(loaded);
  return loaded;
}

/** A change of the shared plan in one transaction, after the governing check. */
export const withGovernedPlan = <T>(
  ctx: Ctx,
  id: string,
  work: (tctx: Ctx, loaded: LoadedPartnership) => Promise<T>,
) => inTransaction(ctx, async (tctx) => work(tctx, await governedPlan(tctx, id)));

export const managesPlan = (ctx: Ctx, loaded: LoadedPartnership) =>
  Boolean(ctx.system) || canManagePlan(ctx.actor, loaded.facts);

/** A current member named by a field of the request, or a 400 on that field. */
export function currentMember(loaded: LoadedPartnership, memberId: string, field: string): MemberRow {
  const member = loaded.members.find((m) => m.id === memberId);
  if (!member) throw invalid([{ field, id: 'partnership.memberUnknown' }]);
  return member;
}

/** A plan is for a dozen or so people: these caps keep every list of it whole on one page. */
export const LIMITS = {
  goals: 50,
  scopeItems: 100,
  tasks: 300,
  ownStandards: 50,
  pledges: 300,
  budgetLines: 1000,
};

export function underLimit(count: number, max: number) {
  if (count >= max) throw new AppError('conflict', 'plan.limitReached', { params: { max } });
}

/** An update that found no row at the version read: 409 with the record as it is now, or 404 when it is gone. */
export const staleOrGone = <T>(now: T | undefined) => (now === undefined ? notFound() : versionConflict(now));
