import {
  type CoalitionRole,
  type InstitutionType,
  jstTypes,
  type PartnershipKind,
  type TerritorialLevel,
} from '../enums';

/**
 * What each kind of partnership demands of its members and its area. Pure functions, so the
 * server refuses what the create form already shows as missing, with the same words.
 */

export const kindRequirementIds = [
  'opsOrCus',
  'pup',
  'ngoOrPes',
  'jstInitiator',
  'owes',
  'cisOrKis',
  'socialEconomyEntity',
  'powiatInstitution',
  'twoJst',
] as const;
export type KindRequirementId = (typeof kindRequirementIds)[number];

/** At least `min` members of one of `types`; in a coalition, also playing one of `coalitionRoles`. */
export interface KindRequirement {
  id: KindRequirementId;
  types: readonly InstitutionType[];
  coalitionRoles?: readonly CoalitionRole[];
  min: number;
}

export interface KindRule {
  requirements: readonly KindRequirement[];
  /** The TERYT levels the area may be given in (a gmina's parts never: a service covers a whole gmina). */
  areaLevels: readonly TerritorialLevel[];
  /** Members of a coalition each play one of seed 000's roles. */
  usesCoalitionRoles: boolean;
  /** A PZK gathers the institutions of one powiat: its area and local members lie in that powiat. */
  singlePowiat: boolean;
}

/** Gmina and powiat governments: seed 000 considers these for a coalition (footnote 1). */
const localJst = ['jstGmina', 'jstPowiat'] as const satisfies readonly InstitutionType[];

export const kindRules: Record<PartnershipKind, KindRule> = {
  integrationPartnership: {
    requirements: [
      { id: 'opsOrCus', types: ['ops', 'cus'], min: 1 },
      { id: 'pup', types: ['pup'], min: 1 },
      { id: 'ngoOrPes', types: ['ngo', 'pes'], min: 1 },
    ],
    areaLevels: ['gmina', 'powiat', 'voivodeship'],
    usesCoalitionRoles: false,
    singlePowiat: false,
  },
  socialEmploymentCoalition: {
    requirements: [
      { id: 'jstInitiator', types: localJst, coalitionRoles: ['jst1'], min: 1 },
      { id: 'owes', types: ['owes'], coalitionRoles: ['owes'], min: 1 },
      { id: 'cisOrKis', types: ['cis', 'kis'], coalitionRoles: ['cisKis'], min: 1 },
      {
        id: 'socialEconomyEntity',
        types: ['pes', 'ngo'],
        coalitionRoles: ['pes1', 'pes2', 'pes3'],
        min: 1,
      },
    ],
    areaLevels: ['gmina', 'powiat'],
    usesCoalitionRoles: true,
    singlePowiat: false,
  },
  partnerTeam: {
    requirements: [
      { id: 'opsOrCus', types: ['ops', 'cus'], min: 1 },
      { id: 'powiatInstitution', types: ['pcpr', 'pup', 'jstPowiat'], min: 1 },
    ],
    areaLevels: ['gmina', 'powiat'],
    usesCoalitionRoles: false,
    singlePowiat: true,
  },
  jstConsortium: {
    requirements: [{ id: 'twoJst', types: jstTypes, min: 2 }],
    areaLevels: ['gmina', 'powiat', 'voivodeship'],
    usesCoalitionRoles: false,
    singlePowiat: false,
  },
};

/** The institution types that may play each coalition role (seed 000, table 1). */
export const coalitionRoleTypes: Record<CoalitionRole, readonly InstitutionType[]> = {
  jst1: localJst,
  jst2: localJst,
  owes: ['owes'],
  cisKis: ['cis', 'kis'],
  pes1: ['pes', 'ngo'],
  pes2: ['pes', 'ngo'],
  pes3: ['pes', 'ngo'],
  ops: ['ops', 'cus'],
  pcpr: ['pcpr'],
  pup: ['pup'],
};

/** Institutions of the region (ROPS, WUP, the voivodeship) may sit in a PZK from outside its powiat. */
const regionalTypes: readonly InstitutionType[] = ['rops', 'wup', 'jstVoivodeship'];

export interface KindMember {
  type: InstitutionType;
  coalitionRole?: CoalitionRole | null;
  /** TERYT code of the institution's seat, for the PZK's one-powiat rule. */
  territoryCode?: string;
}

export interface KindArea {
  code: string;
  level: TerritorialLevel;
}

/** A problem with one member (by its index) or with the area (by the index of the unit). */
export interface KindIssue {
  field: 'member' | 'area';
  index: number;
  id:
    | 'coalitionRoleRequired'
    | 'coalitionRoleForType'
    | 'coalitionRoleNotInKind'
    | 'outsidePowiat'
    | 'areaLevel'
    | 'areaSinglePowiat';
}

const satisfies = (requirement: KindRequirement, member: KindMember) =>
  requirement.types.includes(member.type) &&
  (!requirement.coalitionRoles ||
    (member.coalitionRole != null && requirement.coalitionRoles.includes(member.coalitionRole)));

/** The requirements of the kind that the members leave unmet, in the kind's order. */
export function missingRequirements(
  kind: PartnershipKind,
  members: readonly KindMember[],
): KindRequirement[] {
  return kindRules[kind].requirements.filter(
    (requirement) => members.filter((m) => satisfies(requirement, m)).length < requirement.min,
  );
}

/** The powiat (4 digits) a unit lies in; a voivodeship lies in none. */
const powiatOf = (code: string) => (code.length >= 4 ? code.slice(0, 4) : null);

/** The one powiat of a PZK's area, or null when the area is not within exactly one powiat. */
function areaPowiat(area: readonly KindArea[]): string | null {
  const powiats = new Set(area.map((unit) => powiatOf(unit.code)));
  const [only] = [...powiats];
  return powiats.size === 1 && only ? only : null;
}

/** Problems with single members and with the area; what is missing is {@link missingRequirements}. */
export function kindIssues(
  kind: PartnershipKind,
  members: readonly KindMember[],
  area: readonly KindArea[],
): KindIssue[] {
  const rule = kindRules[kind];
  const issues: KindIssue[] = [];
  members.forEach((member, index) => {
    if (!rule.usesCoalitionRoles) {
      if (member.coalitionRole) issues.push({ field: 'member', index, id: 'coalitionRoleNotInKind' });
    } else if (!member.coalitionRole) issues.push({ field: 'member', index, id: 'coalitionRoleRequired' });
    else if (!coalitionRoleTypes[member.coalitionRole].includes(member.type))
      issues.push({ field: 'member', index, id: 'coalitionRoleForType' });
  });
  area.forEach((unit, index) => {
    if (!rule.areaLevels.includes(unit.level)) issues.push({ field: 'area', index, id: 'areaLevel' });
  });
  if (rule.singlePowiat && area.length > 0) {
    const powiat = areaPowiat(area);
    if (!powiat) issues.push({ field: 'area', index: 0, id: 'areaSinglePowiat' });
    else
      members.forEach((member, index) => {
        if (
          member.territoryCode &&
          !regionalTypes.includes(member.type) &&
          powiatOf(member.territoryCode) !== powiat
        )
          issues.push({ field: 'member', index, id: 'outsidePowiat' });
      });
  }
  return issues;
}
