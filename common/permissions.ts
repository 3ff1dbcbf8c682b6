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
  'partnerships.read',
  'partnerships.create',
  'partnerships.manage',
  'socialServices.read',
  /**
   * Areas, service types and qualifications: the model's minimal unified offer, one standard for
   * the whole country and the taxonomy of the public HSDS directory. No role holds it, so only the
   * platform administrator changes the catalogue: a ROPS or OWES administrator speaks for one
   * region, and letting each region add its own types would split the one standard (and the
   * published taxonomy) into regional variants; they propose changes to the platform instead.
   */
  'socialServices.manageCatalogue',
  /** Which services an institution offers where: its own offerings, decided by those who speak for it. */
  'socialServices.manageOfferings',
] as const;
export type Permission = (typeof permissions)[number];

/** Every member reads partnerships: what of one it sees depends on its institution being a member. */
const everyone: Permission[] = [
  'territory.read',
  'institutions.read',
  'partnerships.read',
  'socialServices.read',
];

/** Those who speak for an institution may found partnerships and act in those it belongs to. */
const partnering: Permission[] = ['partnerships.create', 'partnerships.manage'];

export const rolePermissions: Record<MembershipRole, readonly Permission[]> = {
  institutionAdmin: [
    ...everyone,
    ...partnering,
    'socialServices.manageOfferings',
    'institutions.update',
    'users.read',
    'users.invite',
    'users.manage',
    'audit.read',
  ],
  manager: [
    ...everyone,
    ...partnering,
    'socialServices.manageOfferings',
    'institutions.update',
    'users.read',
  ],
  coordinator: [...everyone, ...partnering, 'socialServices.manageOfferings', 'users.read'],
  caseWorker: [...everyone],
  official: [...everyone],
  evaluator: [...everyone],
};

/** The platform administrator may do everything, on every institution. */
export const platformAdminPermissions: readonly Permission[] = permissions;
