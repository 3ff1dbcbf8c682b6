import type { InstitutionType, JstHeadOffice, TerritorialLevel } from '../enums';

/** The facts only some institution types carry; every other type leaves them empty. */
export const typeSpecificFields = [
  'headOffice',
  'aksesNumber',
  'aksesValidUntil',
  'registerEntryNumber',
  'registerEntryDate',
  'pesLegalForm',
  'socialEconomyStatus',
] as const;
export type TypeSpecificField = (typeof typeSpecificFields)[number];

interface TypeFacts {
  required: readonly TypeSpecificField[];
  optional: readonly TypeSpecificField[];
}

const none: TypeFacts = { required: [], optional: [] };
const jst: TypeFacts = { required: ['headOffice'], optional: [] };

/**
 * Which type carries which facts: a JST its head office, an OWES its AKSES accreditation, a CIS
 * its entry in the voivode's register (optional for a KIS), a PES its legal form and whether it
 * holds the status of a social enterprise.
 */
export const factsByType: Record<InstitutionType, TypeFacts> = {
  jstGmina: jst,
  jstPowiat: jst,
  jstVoivodeship: jst,
  ops: none,
  cus: none,
  pcpr: none,
  pup: none,
  wup: none,
  rops: none,
  owes: { required: ['aksesNumber', 'aksesValidUntil'], optional: [] },
  cis: { required: ['registerEntryNumber', 'registerEntryDate'], optional: [] },
  kis: { required: [], optional: ['registerEntryNumber', 'registerEntryDate'] },
  pes: { required: ['pesLegalForm', 'socialEconomyStatus'], optional: [] },
  ngo: none,
  school: none,
  police: none,
  healthCare: none,
  courtCurators: none,
  other: none,
};

/** The head of a gmina is a wójt, burmistrz or prezydent; of a powiat a starosta; of a voivodeship a marszałek. */
export const headOfficesByType: Partial<Record<InstitutionType, readonly JstHeadOffice[]>> = {
  jstGmina: ['wojt', 'burmistrz', 'prezydent'],
  jstPowiat: ['starosta'],
  jstVoivodeship: ['marszalek'],
};

/** A local government's territory is the unit it governs, so its level follows from the type. */
export const territoryLevelByType: Partial<Record<InstitutionType, TerritorialLevel>> = {
  jstGmina: 'gmina',
  jstPowiat: 'powiat',
  jstVoivodeship: 'voivodeship',
};

export const allowedFactsOf = (type: InstitutionType): TypeSpecificField[] => [
  ...factsByType[type].required,
  ...factsByType[type].optional,
];

const isGiven = (value: unknown) => value !== undefined && value !== null && value !== '';

export interface FactIssue {
  field: TypeSpecificField;
  /** A key of the `errors` catalog. */
  message: string;
}

/**
 * The rules that tie facts to the type: required facts present, the head office one that heads
 * this level, and no fact that belongs to another type. The create schema and the update
 * service (which checks the record as it will be after the change) both ask this one function.
 */
export function typeFactIssues(
  record: { type: InstitutionType } & Partial<Record<TypeSpecificField, unknown>>,
): FactIssue[] {
  const issues: FactIssue[] = [];
  const allowed = allowedFactsOf(record.type);
  for (const field of typeSpecificFields) {
    const given = isGiven(record[field]);
    if (!allowed.includes(field)) {
      if (given) issues.push({ field, message: 'field.notForType' });
    } else if (!given && factsByType[record.type].required.includes(field)) {
      issues.push({ field, message: 'field.required' });
    }
  }
  const offices = headOfficesByType[record.type];
  if (offices && isGiven(record.headOffice) && !offices.includes(record.headOffice as JstHeadOffice))
    issues.push({ field: 'headOffice', message: 'field.headOfficeForType' });
  return issues;
}
