import { type Actor, hasPermission } from '../../platform/authz';

/**
 * Declared needs are the material of a joint diagnosis: every member reads them (they name
 * positions and qualifications, never people). Only those who speak for the provider declare
 * and change its needs; a refused change on a need the actor can see answers 403.
 */
export const canReadNeeds = (actor: Actor | null): boolean => hasPermission(actor, 'socialServices.read');

export const canDeclareFor = (actor: Actor | null, institutionId: string): boolean =>
  hasPermission(actor, 'staffingNeeds.declare', institutionId);

/** A need is changed (or closed as filled or withdrawn) by its provider while it is open. */
export const needAbilities = (actor: Actor | null, need: { institutionId: string; status: string }) => ({
  update: need.status === 'open' && canDeclareFor(actor, need.institutionId),
});
