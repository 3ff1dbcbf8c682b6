import { type Actor, hasPermission } from '../../platform/authz';

/**
 * Who may do what with the catalogue of social services and the offerings. The catalogue and
 * every offering are open to every signed-in user (offerings are published as open data too), so
 * a refused change on a record the actor can see answers 403, not 404.
 */
export const canReadCatalogue = (actor: Actor | null): boolean => hasPermission(actor, 'socialServices.read');

/** Only the platform administrator: see `socialServices.manageCatalogue` for why no regional role. */
export const canManageCatalogue = (actor: Actor | null): boolean =>
  hasPermission(actor, 'socialServices.manageCatalogue');

/** An administrator, manager or coordinator of that very institution, or a platform administrator. */
export const canManageOfferingsOf = (actor: Actor | null, institutionId: string): boolean =>
  hasPermission(actor, 'socialServices.manageOfferings', institutionId);

/** What the web app may offer on a catalogue entry: the same rules, so the browser never repeats them. */
export const catalogueEntryAbilities = (actor: Actor | null, entry: { status: 'active' | 'retired' }) => ({
  update: canManageCatalogue(actor),
  retire: canManageCatalogue(actor) && entry.status === 'active',
});

/** An ended offering is history: nobody changes or ends it again. */
export const offeringAbilities = (
  actor: Actor | null,
  offering: { institutionId: string; status: 'active' | 'suspended' | 'ended' },
) => {
  const may = offering.status !== 'ended' && canManageOfferingsOf(actor, offering.institutionId);
  return { update: may, end: may };
};
