import type { PartnershipRole, PartnershipStatus } from '../../../common/enums';
import { type Actor, hasPermission } from '../../platform/authz';

/**
 * Who may do what to a partnership. Its public card (name, kind, area, members) is open to every
 * signed-in user, so partners can find each other; the rest belongs to its member institutions.
 * What a member may change follows its role in the partnership: the leader and the coordinators
 * govern (members, lifecycle, meetings, decisions); every member keeps its own contact persons
 * and may withdraw.
 */
export interface PartnershipFacts {
  status: PartnershipStatus;
  /** The current (not departed) members. */
  members: readonly { id: string; institutionId: string; role: PartnershipRole }[];
}

/** The roles that govern a partnership: their managers change its shared parts and are reminded of its deadlines. */
export const governingRoles: readonly PartnershipRole[] = ['leader', 'coordinator'];

export const canReadPartnerships = (actor: Actor | null): boolean =>
  hasPermission(actor, 'partnerships.read');

/** A platform administrator, or anyone working at a member institution. */
export const canViewPrivate = (actor: Actor | null, p: PartnershipFacts): boolean =>
  Boolean(actor?.isPlatformAdmin) ||
  p.members.some((m) => hasPermission(actor, 'partnerships.read', m.institutionId));

/** A platform administrator, or one who may act for the leader or a coordinator. */
export const canGovern = (actor: Actor | null, p: PartnershipFacts): boolean =>
  Boolean(actor?.isPlatformAdmin) ||
  p.members.some(
    (m) => governingRoles.includes(m.role) && hasPermission(actor, 'partnerships.manage', m.institutionId),
  );

/** One who governs, or one who may act for that member institution itself. */
export const canActForMember = (
  actor: Actor | null,
  p: PartnershipFacts,
  member: { institutionId: string },
) => canGovern(actor, p) || hasPermission(actor, 'partnerships.manage', member.institutionId);

/** Only an institution that joins it may found a partnership (or a platform administrator). */
export const canCreatePartnership = (actor: Actor | null, memberInstitutionIds: readonly string[]): boolean =>
  Boolean(actor?.isPlatformAdmin) ||
  memberInstitutionIds.some((id) => hasPermission(actor, 'partnerships.create', id));

/** A closed partnership keeps its records as they were; only going back in its lifecycle reopens it. */
const open = (p: PartnershipFacts) => p.status === 'active';

export const partnershipAbilities = (actor: Actor | null, p: PartnershipFacts) => {
  const governs = canGovern(actor, p);
  return {
    viewPrivate: canViewPrivate(actor, p),
    update: governs && open(p),
    manageMembers: governs && open(p),
    manageLifecycle: governs,
    manageMeetings: governs && open(p),
  };
};

export const memberAbilities = (
  actor: Actor | null,
  p: PartnershipFacts,
  member: { institutionId: string; role: PartnershipRole; leftAt: Date | null },
) => {
  const current = member.leftAt === null && open(p);
  return {
    update: current && canGovern(actor, p),
    leave: current && member.role !== 'leader' && canActForMember(actor, p, member),
    manageContacts: current && canActForMember(actor, p, member),
  };
};
