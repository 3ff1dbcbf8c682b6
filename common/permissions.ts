import type { MembershipRole } from './enums';

/**
 * Coarse permissions checked per route. Record-level rules (which institution's record) live in
 * each module's policy; this table only says what a role may attempt at all.
 */
export const permissions = [
  'territory.read',
  'institutions.read',
  'institutions.create',
  'institutions.update',
  'institutions.deactivate',
  'users.read',
  'users.invite',
  'users.manage',
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['territory.read', 'institutions.read'];

export const rolePermissions: Record<MembershipRole, readonly Permission[]> = {
  institutionAdmin: [
    ...everyone,
    'institutions.update',
    'users.read',
    'users.invite',
    'users.manage',
    'audit.read',
  ],
  manager: [...everyone, 'institutions.update', 'users.read'],
  coordinator: [...everyone, 'users.read'],
  caseWorker: [...everyone],
  official: [...everyone],
  evaluator: [...everyone],
};

/** The platform administrator may do everything, on every institution. */
export const platformAdminPermissions: readonly Permission[] = permissions;
