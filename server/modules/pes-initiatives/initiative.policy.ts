import type { InitiativeState } from '../../../common/contracts/pes-initiatives';
import { type Actor, hasPermission } from '../../platform/authz';

/** The institutions an initiative involves, as far as the rules below need to know it. */
export interface InitiativeParties {
  jstInstitutionId: string;
  owesInstitutionId: string;
  pupInstitutionId: string | null;
}

const supporters = (i: InitiativeParties): string[] =>
  [i.owesInstitutionId, i.pupInstitutionId].filter((id): id is string => !!id);

/**
 * Who sees an initiative group: the OWES and the PUP supporting it, the JST whose planned
 * services it aims at, and the platform administrator. Nobody else, not even other OWES: the
 * group's founders and the grants it received are its own business until it is registered
 * (the registered PES is then public in the registry). To anyone else it answers 404.
 */
export const canReadInitiative = (actor: Actor | null, i: InitiativeParties): boolean =>
  !!actor &&
  (actor.isPlatformAdmin ||
    [...supporters(i), i.jstInstitutionId].some((id) => hasPermission(actor, 'pesInitiatives.read', id)));

/**
 * Who leads it: those who speak for its OWES or its PUP (administrator, manager, coordinator),
 * and the platform administrator. The JST follows it but does not run it: it only reads.
 */
export const canManageInitiative = (actor: Actor | null, i: InitiativeParties): boolean =>
  supporters(i).some((id) => hasPermission(actor, 'pesInitiatives.manage', id));

const open = (state: InitiativeState) => state !== 'registered' && state !== 'abandoned';

/** What the actor may do with the initiative now: the state machine forming → … → registered. */
export const initiativeAbilities = (
  actor: Actor | null,
  i: InitiativeParties & { state: InitiativeState },
) => {
  const manage = canManageInitiative(actor, i);
  return {
    update: manage && open(i.state),
    advance: manage && (i.state === 'forming' || i.state === 'preparing'),
    register: manage && i.state === 'registering',
    abandon: manage && open(i.state),
  };
};
