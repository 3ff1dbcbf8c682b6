import type { MembershipRole } from '../../../common/enums';
import { type Permission, platformAdminPermissions, rolePermissions } from '../../../common/permissions';

export interface Membership {
  institutionId: string;
  institutionName: string;
  role: MembershipRole;
}

/** Who is acting: the signed-in user with the active memberships that give them rights. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  memberships: Membership[];
}

/**
 * Whether the actor holds a permission at all, or, with `institutionId`, for that institution.
 * A platform admin holds every permission everywhere.
 */
export function hasPermission(actor: Actor | null, permission: Permission, institutionId?: string): boolean {
  if (!actor) return false;
  if (actor.isPlatformAdmin) return platformAdminPermissions.includes(permission);
  return actor.memberships.some(
    (m) =>
      (institutionId === undefined || m.institutionId === institutionId) &&
      rolePermissions[m.role].includes(permission),
  );
}

/** Institutions in which the actor holds the permission: the scope of what they may list. */
export function institutionsWithPermission(actor: Actor, permission: Permission): string[] {
  return actor.memberships
    .filter((m) => rolePermissions[m.role].includes(permission))
    .map((m) => m.institutionId);
}

/** The institution in whose name an action on a record of `institutionId` is taken, for the audit log. */
export function actingInstitution(actor: Actor | null, institutionId?: string | null): string | null {
  if (!actor) return null;
  const own = actor.memberships.find((m) => m.institutionId === institutionId);
  return (own ?? actor.memberships[0])?.institutionId ?? null;
}
