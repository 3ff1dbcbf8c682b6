/**
 * Enumerations shared by server, web and database checks: defined once here, so a new value
 * is added in one place and the database refuses anything else.
 */

export const territorialLevels = ['voivodeship', 'powiat', 'gmina', 'gminaPart'] as const;
export type TerritorialLevel = (typeof territorialLevels)[number];

/** TERC RODZ codes: 1 urban, 2 rural, 3 urban-rural gmina; 4/5 parts of an urban-rural gmina; 8/9 districts and delegatures. */
export const gminaKinds = [
  'urban',
  'rural',
  'urbanRural',
  'town',
  'ruralArea',
  'district',
  'delegature',
] as const;
export type GminaKind = (typeof gminaKinds)[number];

export const institutionTypes = [
  'jstGmina',
  'jstPowiat',
  'jstVoivodeship',
  'ops',
  'cus',
  'pcpr',
  'pup',
  'wup',
  'rops',
  'owes',
  'cis',
  'kis',
  'pes',
  'ngo',
  'school',
  'police',
  'healthCare',
  'courtCurators',
  'other',
] as const;
export type InstitutionType = (typeof institutionTypes)[number];

export const jstTypes = [
  'jstGmina',
  'jstPowiat',
  'jstVoivodeship',
] as const satisfies readonly InstitutionType[];

/** Office of the head of a JST: wójt, burmistrz or prezydent of a gmina; starosta; marszałek. */
export const jstHeadOffices = ['wojt', 'burmistrz', 'prezydent', 'starosta', 'marszalek'] as const;
export type JstHeadOffice = (typeof jstHeadOffices)[number];

export const pesLegalForms = [
  'socialCooperative',
  'foundation',
  'association',
  'nonProfitCompany',
  'other',
] as const;
export type PesLegalForm = (typeof pesLegalForms)[number];

export const recordStatuses = ['active', 'inactive'] as const;
export type RecordStatus = (typeof recordStatuses)[number];

export const membershipRoles = [
  'institutionAdmin',
  'manager',
  'coordinator',
  'caseWorker',
  'official',
  'evaluator',
] as const;
export type MembershipRole = (typeof membershipRoles)[number];
