import { type Actor, hasPermission } from '../../platform/authz';
import { canGovern, type PartnershipFacts } from './partnership.policy';

/**
 * Who changes what of a partnership's plan. Every member reads all of it. Those who govern the
 * partnership (leader, coordinators) write the shared plan: goals, target group, needs
 * assessment, service scope, tasks, standards. What binds one partner's own means is that
 * partner's alone: only it pledges its resources and writes its budget lines (each partner pays
 * from its own funds, seed 002 §9.1), so not even the leader may commit another's money. The
 * status of a task may also be moved by the partner responsible for it.
 */

const open = (p: PartnershipFacts) => p.status === 'active';

/** One who may speak for this member institution itself (or a platform administrator). */
export const speaksFor = (actor: Actor | null, member: { institutionId: string }): boolean =>
  Boolean(actor?.isPlatformAdmin) || hasPermission(actor, 'partnerships.manage', member.institutionId);

export const canManagePlan = (actor: Actor | null, p: PartnershipFacts): boolean =>
  open(p) && canGovern(actor, p);

/** A pledge or a budget line of a current member, changed by that member only, while the partnership is open. */
export const canManageOwnMeans = (
  actor: Actor | null,
  p: PartnershipFacts,
  member: { id: string; institutionId: string },
): boolean => open(p) && p.members.some((m) => m.id === member.id) && speaksFor(actor, member);

/** Those who govern, or the partner responsible for the task. */
export const canChangeTaskStatus = (
  actor: Actor | null,
  p: PartnershipFacts,
  responsible: { id: string; institutionId: string } | null,
): boolean => canManagePlan(actor, p) || (responsible !== null && canManageOwnMeans(actor, p, responsible));

/** The current members the actor may pledge or budget for: its own institutions among the partners. */
export const membersActorSpeaksFor = (actor: Actor | null, p: PartnershipFacts): string[] =>
  open(p) ? p.members.filter((m) => speaksFor(actor, m)).map((m) => m.id) : [];
