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
  /** Self-assessing the readiness of one's own provider institution (PES, CIS, KIS, NGO) for a service type. */
  'providerReadiness.assess',
  /** Verifying providers' readiness: what the policy lets through is an OWES of the provider's voivodeship. */
  'providerReadiness.verify',
  /** Declaring the staff one's own provider institution will need, for the joint diagnosis of a gmina and powiat. */
  'staffingNeeds.declare',
  /** Running a CIS or KIS preparation programme, its participants and their matches to staffing needs. */
  'preparationProgrammes.manage',
  /** Initiative groups founding a PES: what of one an institution sees is the policy's business. */
  'pesInitiatives.read',
  /** Starting and leading an initiative group: the policy lets through its OWES and PUP. */
  'pesInitiatives.manage',
  'commissioning.read',
  /** A JST's commissioning plans, commissions and contracts: held at the gmina or powiat office. */
  'commissioning.managePlans',
  /** Quality reviews of commissioned services: held at the OPS or PCPR of the plan's territory. */
  'commissioning.reviewQuality',
  /** Training programmes for JSTs (seed 003): the operator's people see all, a JST only its own participation. */
  'trainingProgramme.read',
  /** Running a training programme: held at the designated operator, who recruits JSTs and records trainings. */
  'trainingProgramme.manage',
  /** Cooperation groups (GGK) an institution takes part in; what of one it sees is the policy's business. */
  'cooperationGroups.read',
  /** Naming the institution's delegate to a group and reporting on its own tasks. */
  'cooperationGroups.participate',
  /** The OPS's authorisation, convening and coordinating groups, the record of needs for the ROPS. */
  'cooperationGroups.manage',
  /** People of partnerships' services: what of a person one sees is decided by the beneficiaries' access rule. */
  'beneficiaries.read',
  /** Registering people (entry institutions only, by the record-level rule), their records and consents. */
  'beneficiaries.register',
  /** A pilot's public parts (its ranking of candidate sites, chosen sites and caretakers): everyone reads them. */
  'pilots.read',
  /**
   * Running a pilot (seed 001): held by those who speak for an institution; the policy lets through
   * the pilot's organiser for the pilot itself, and a chosen site for its own monthly reports.
   */
  'pilots.manage',
] as const;
export type Permission = (typeof permissions)[number];

/** Every member reads partnerships: what of one it sees depends on its institution being a member. */
const everyone: Permission[] = [
  'territory.read',
  'institutions.read',
  'partnerships.read',
  'socialServices.read',
  'commissioning.read',
  'cooperationGroups.read',
  'pesInitiatives.read',
  'trainingProgramme.read',
  'pilots.read',
];

/** Staff who work with people: officials and evaluators see no personal data. */
const casework: Permission[] = ['beneficiaries.read', 'beneficiaries.register'];

/** Those who speak for an institution may found partnerships and act in those it belongs to. */
const partnering: Permission[] = [
  'partnerships.create',
  'partnerships.manage',
  'providerReadiness.assess',
  'providerReadiness.verify',
  'staffingNeeds.declare',
  'preparationProgrammes.manage',
  'pesInitiatives.manage',
  'cooperationGroups.participate',
  'cooperationGroups.manage',
  'trainingProgramme.manage',
  'pilots.manage',
];

export const rolePermissions: Record<MembershipRole, readonly Permission[]> = {
  institutionAdmin: [
    ...everyone,
    ...partnering,
    ...casework,
    'socialServices.manageOfferings',
    'commissioning.managePlans',
    'commissioning.reviewQuality',
    'institutions.update',
    'users.read',
    'users.invite',
    'users.manage',
    'audit.read',
  ],
  manager: [
    ...everyone,
    ...partnering,
    ...casework,
    'socialServices.manageOfferings',
    'commissioning.managePlans',
    'commissioning.reviewQuality',
    'institutions.update',
    'users.read',
  ],
  coordinator: [
    ...everyone,
    ...partnering,
    ...casework,
    'socialServices.manageOfferings',
    'commissioning.managePlans',
    'commissioning.reviewQuality',
    'users.read',
  ],
  caseWorker: [...everyone, ...casework, 'commissioning.reviewQuality', 'cooperationGroups.participate'],
  official: [...everyone, 'commissioning.managePlans'],
  evaluator: [...everyone],
};

/** The platform administrator may do everything, on every institution. */
export const platformAdminPermissions: readonly Permission[] = permissions;
