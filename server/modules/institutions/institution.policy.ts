import { type Actor, hasPermission } from '../../platform/authz';

/**
 * Who may do what to an institution's card. The registry is shared: every signed-in user reads
 * every card (partners must find each other), so a refused change on a card the actor can see
 * answers 403, not 404.
 */
export const canReadInstitutions = (actor: Actor | null): boolean => actor !== null;

/** New institutions enter the registry only through a platform administrator. */
export const canCreateInstitution = (actor: Actor | null): boolean =>
  hasPermission(actor, 'institutions.create');

/** A platform administrator, or an administrator or manager of that very institution. */
export const canUpdateInstitution = (actor: Actor | null, institution: { id: string }): boolean =>
  hasPermission(actor, 'institutions.update', institution.id);

/**
 * A platform administrator, or an administrator of that very institution: taking a card out of
 * the registry is the owner's decision, not a manager's.
 */
export const canDeactivateInstitution = (actor: Actor | null, institution: { id: string }): boolean =>
  Boolean(actor?.isPlatformAdmin) ||
  Boolean(
    actor?.memberships.some((m) => m.institutionId === institution.id && m.role === 'institutionAdmin'),
  );

/** What the web app may offer on a card: the same rules, sent along so the browser never repeats them. */
export const institutionAbilities = (actor: Actor | null, institution: { id: string }) => ({
  update: canUpdateInstitution(actor, institution),
  deactivate: canDeactivateInstitution(actor, institution),
});
