import type { DelegationStatus, GroupStatus } from '../../../common/contracts/cooperation-groups';
import { type Actor, hasPermission } from '../../platform/authz';

/**
 * Who may do what in a cooperation group (GGK). The convening OPS coordinates: its staff see the
 * whole record and its managers change it. An institution asked to delegate sees the shared
 * summary, the delegates and the meetings, and only its own tasks; once it declines, the group is
 * closed to it. Anyone else never learns the group exists. A closed group is read-only.
 */
export interface GroupFacts {
  opsInstitutionId: string;
  status: GroupStatus;
  members: readonly { id: string; institutionId: string; status: DelegationStatus }[];
}

const admin = (actor: Actor | null) => Boolean(actor?.isPlatformAdmin);
const open = (g: GroupFacts) => g.status === 'active';

/** Staff of the convening OPS (or a platform administrator): they see the whole record. */
export const isCoordinator = (actor: Actor | null, g: GroupFacts): boolean =>
  admin(actor) || hasPermission(actor, 'cooperationGroups.read', g.opsInstitutionId);

/** The institutions of the actor that take part (asked and not declined). */
export const ownMembers = (actor: Actor | null, g: GroupFacts) =>
  g.members.filter(
    (m) => m.status !== 'declined' && hasPermission(actor, 'cooperationGroups.read', m.institutionId),
  );

export const canViewGroup = (actor: Actor | null, g: GroupFacts): boolean =>
  isCoordinator(actor, g) || ownMembers(actor, g).length > 0;

/** Those who speak for the OPS coordinate: invite, hold meetings, divide tasks, close. */
export const canManageGroup = (actor: Actor | null, g: GroupFacts): boolean =>
  admin(actor) || hasPermission(actor, 'cooperationGroups.manage', g.opsInstitutionId);

/** The asked institution names its delegate (or declines), and may name another while the group is open. */
export const canRespond = (
  actor: Actor | null,
  g: GroupFacts,
  member: { institutionId: string; status: DelegationStatus },
): boolean =>
  open(g) &&
  member.status !== 'declined' &&
  (admin(actor) || hasPermission(actor, 'cooperationGroups.participate', member.institutionId));

/** A task's status is reported by its institution, or by the coordinating OPS. */
export const canChangeTaskStatus = (
  actor: Actor | null,
  g: GroupFacts,
  task: { institutionId: string },
): boolean =>
  open(g) &&
  (canManageGroup(actor, g) || hasPermission(actor, 'cooperationGroups.participate', task.institutionId));

/** Which tasks a viewer sees: all for the coordinator, its own institutions' for a member. */
export const visibleTask = (actor: Actor | null, g: GroupFacts, task: { institutionId: string }): boolean =>
  isCoordinator(actor, g) || ownMembers(actor, g).some((m) => m.institutionId === task.institutionId);

export const groupAbilities = (actor: Actor | null, g: GroupFacts) => ({
  manage: open(g) && canManageGroup(actor, g),
  close: open(g) && canManageGroup(actor, g),
});

/** An OPS's manager convenes groups and records its authorisations and reports. */
export const canActForOps = (actor: Actor | null, opsInstitutionId: string): boolean =>
  admin(actor) || hasPermission(actor, 'cooperationGroups.manage', opsInstitutionId);

/** The authorisation is read by the OPS it authorises and the gmina that granted it. */
export const canReadAuthorisation = (
  actor: Actor | null,
  a: { opsInstitutionId: string; jstInstitutionId: string },
) =>
  admin(actor) ||
  hasPermission(actor, 'cooperationGroups.read', a.opsInstitutionId) ||
  hasPermission(actor, 'cooperationGroups.read', a.jstInstitutionId);

/** The record of needs is read by the OPS that sent it and the ROPS it was sent to. */
export const canReadNeedsReport = (
  actor: Actor | null,
  r: { opsInstitutionId: string; ropsInstitutionId: string },
) =>
  admin(actor) ||
  hasPermission(actor, 'cooperationGroups.read', r.opsInstitutionId) ||
  hasPermission(actor, 'cooperationGroups.read', r.ropsInstitutionId);

/** The mayor's summary goes to the people of the gmina government that granted the authorisations. */
export const canReadMayorSummary = (actor: Actor | null, jstInstitutionId: string) =>
  admin(actor) || hasPermission(actor, 'cooperationGroups.read', jstInstitutionId);
