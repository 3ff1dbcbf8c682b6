import type { InstitutionFormInput } from '../../common/contracts/institutions';
import type { CreateOfferingInput } from '../../common/contracts/service-offerings';
import type { MembershipRole } from '../../common/enums';

/**
 * The demo locality: the real gmina Janów Lubelski (powiat janowski, lubelskie) with the
 * institutions that work together there. Addresses and names are plausible; every NIP and REGON
 * starts with 999, which no tax office or statistical office issues, so nobody mistakes them for
 * real ones, yet they pass the checksums like real ones must.
 */
export const demoTerritory = {
  voivodeship: '06',
  powiat: '0605',
  gmina: '0605053',
  /** Lublin, seat of the voivodeship's offices. */
  lublin: '0663011',
} as const;

const inJanow = {
  territoryCode: demoTerritory.gmina,
  postalCode: '23-300',
  city: 'Janów Lubelski',
} as const;

const inLublin = {
  territoryCode: demoTerritory.lublin,
  postalCode: '20-001',
  city: 'Lublin',
} as const;

export const demoInstitutions = {
  gmina: {
    ...inJanow,
    name: 'Urząd Miejski w Janowie Lubelskim',
    type: 'jstGmina',
    headOffice: 'burmistrz',
    street: 'ul. Jana Zamoyskiego',
    buildingNumber: '59',
    nip: '9990000014',
    regon: '999000012',
  },
  powiat: {
    ...inJanow,
    name: 'Starostwo Powiatowe w Janowie Lubelskim',
    type: 'jstPowiat',
    territoryCode: demoTerritory.powiat,
    headOffice: 'starosta',
    street: 'ul. Jana Zamoyskiego',
    buildingNumber: '59',
    nip: '9990000020',
    regon: '999000029',
  },
  voivodeship: {
    ...inLublin,
    name: 'Urząd Marszałkowski Województwa Lubelskiego',
    type: 'jstVoivodeship',
    territoryCode: demoTerritory.voivodeship,
    headOffice: 'marszalek',
    street: 'ul. Artura Grottgera',
    buildingNumber: '4',
    nip: '9990000037',
    regon: '999000035',
  },
  ops: {
    ...inJanow,
    name: 'Miejsko-Gminny Ośrodek Pomocy Społecznej w Janowie Lubelskim',
    shortName: 'MGOPS Janów Lubelski',
    type: 'ops',
    street: 'ul. Ogrodowa',
    buildingNumber: '12',
    email: 'mgops@demo.kooperacja.example',
    phone: '+48 15 800 00 01',
    nip: '9990000043',
    regon: '999000041',
  },
  pup: {
    ...inJanow,
    name: 'Powiatowy Urząd Pracy w Janowie Lubelskim',
    shortName: 'PUP Janów Lubelski',
    type: 'pup',
    street: 'ul. Przemysłowa',
    buildingNumber: '4',
    email: 'pup@demo.kooperacja.example',
    nip: '9990000066',
    regon: '999000064',
  },
  pcpr: {
    ...inJanow,
    name: 'Powiatowe Centrum Pomocy Rodzinie w Janowie Lubelskim',
    shortName: 'PCPR Janów Lubelski',
    type: 'pcpr',
    street: 'ul. Jana Zamoyskiego',
    buildingNumber: '59',
    nip: '9990000072',
    regon: '999000070',
  },
  rops: {
    ...inLublin,
    name: 'Regionalny Ośrodek Polityki Społecznej w Lublinie',
    shortName: 'ROPS Lublin',
    type: 'rops',
    street: 'ul. Diamentowa',
    buildingNumber: '2',
    nip: '9990000089',
    regon: '999000087',
  },
  owes: {
    ...inLublin,
    name: 'Ośrodek Wsparcia Ekonomii Społecznej Subregionu Lubelskiego (demo)',
    shortName: 'OWES Lublin',
    type: 'owes',
    street: 'ul. Narutowicza',
    buildingNumber: '20',
    aksesNumber: 'AKSES/DEMO/06/001',
    aksesValidUntil: '2028-12-31',
    nip: '9990000095',
    regon: '999000093',
  },
  cis: {
    ...inJanow,
    name: 'Centrum Integracji Społecznej w Janowie Lubelskim (demo)',
    shortName: 'CIS Janów Lubelski',
    type: 'cis',
    street: 'ul. Bialska',
    buildingNumber: '7',
    registerEntryNumber: 'CIS/DEMO/06/015',
    registerEntryDate: '2019-05-20',
    nip: '9990000103',
    regon: '999000101',
  },
  kis: {
    ...inJanow,
    name: 'Klub Integracji Społecznej przy MGOPS w Janowie Lubelskim (demo)',
    shortName: 'KIS Janów Lubelski',
    type: 'kis',
    street: 'ul. Ogrodowa',
    buildingNumber: '12',
  },
  ngo: {
    ...inJanow,
    name: 'Stowarzyszenie Razem dla Janowa (demo)',
    type: 'ngo',
    street: 'ul. Wesoła',
    buildingNumber: '3',
    nip: '9990000126',
    regon: '999000124',
    krs: '0000999001',
  },
  cooperative: {
    ...inJanow,
    name: 'Spółdzielnia Socjalna Janowskie Smaki (demo)',
    type: 'pes',
    pesLegalForm: 'socialCooperative',
    socialEconomyStatus: true,
    street: 'ul. Lubelska',
    buildingNumber: '18',
    nip: '9990000132',
    regon: '999000130',
    krs: '0000999002',
  },
  foundation: {
    ...inJanow,
    name: 'Fundacja Zielony Janów (demo)',
    type: 'pes',
    pesLegalForm: 'foundation',
    socialEconomyStatus: false,
    street: 'ul. Kilińskiego',
    buildingNumber: '9',
    nip: '9990000149',
    regon: '999000147',
    krs: '0000999003',
  },
} as const satisfies Record<string, InstitutionFormInput>;

export type DemoInstitutionKey = keyof typeof demoInstitutions;

export interface DemoOffering extends Omit<CreateOfferingInput, 'institutionId' | 'serviceTypeId'> {
  institution: DemoInstitutionKey;
  /** The code of a service type of the bundled catalogue. */
  serviceType: string;
}

/**
 * What the demo institutions offer from the catalogue of social services, and where: the demo's
 * public HSDS directory (`/api/hsds/services`) lists these.
 */
export const demoOfferings = [
  {
    institution: 'cooperative',
    serviceType: 'posilek',
    territoryCode: demoTerritory.gmina,
    description: 'Obiady dla osób skierowanych przez MGOPS, z dowozem do domu na terenie gminy.',
    phone: '+48 15 800 00 21',
  },
  {
    institution: 'cooperative',
    serviceType: 'uslugi-opiekuncze',
    territoryCode: demoTerritory.gmina,
    contactName: 'Koordynatorka usług opiekuńczych',
    email: 'opieka@demo.kooperacja.example',
  },
  {
    institution: 'ngo',
    serviceType: 'specjalistyczne-uslugi-opiekuncze-zaburzenia-psychiczne',
    territoryCode: demoTerritory.gmina,
  },
  { institution: 'foundation', serviceType: 'klub-dzieciecy', territoryCode: demoTerritory.gmina },
  {
    institution: 'cis',
    serviceType: 'reintegracja-w-cis',
    territoryCode: demoTerritory.powiat,
    description: 'Warsztaty: gastronomiczny, remontowo-budowlany i opiekuńczy.',
  },
  { institution: 'kis', serviceType: 'zajecia-kis', territoryCode: demoTerritory.gmina },
  { institution: 'ops', serviceType: 'dzienny-dom-pomocy', territoryCode: demoTerritory.gmina },
] as const satisfies readonly DemoOffering[];

/** The one password of every demo account; the demo data must never reach production. */
export const demoPassword = 'Kooperacja-demo-2024';

export interface DemoAccount {
  email: string;
  displayName: string;
  /** The role at `institution`; a platform administrator has none. */
  role: MembershipRole | 'platformAdmin';
  institution: DemoInstitutionKey | null;
}

/**
 * One account per role, at the institutions where such a person works, so each role can be
 * tried by signing in. The seed, the start-up message, the README and the browser tests all
 * read this list.
 */
export const demoAccounts = [
  {
    email: 'admin@demo.kooperacja.example',
    displayName: 'Anna Administratorka',
    role: 'platformAdmin',
    institution: null,
  },
  {
    email: 'ops.admin@demo.kooperacja.example',
    displayName: 'Barbara Kowalczyk',
    role: 'institutionAdmin',
    institution: 'ops',
  },
  {
    // Approves individual support plans of the OPS's people (the drafter may not approve).
    email: 'ops.koordynator@demo.kooperacja.example',
    displayName: 'Katarzyna Dąbrowska',
    role: 'coordinator',
    institution: 'ops',
  },
  {
    email: 'cis.kierownik@demo.kooperacja.example',
    displayName: 'Czesław Nowak',
    role: 'manager',
    institution: 'cis',
  },
  {
    email: 'pup.koordynator@demo.kooperacja.example',
    displayName: 'Dorota Wiśniewska',
    role: 'coordinator',
    institution: 'pup',
  },
  {
    email: 'ngo.pracownik@demo.kooperacja.example',
    displayName: 'Edward Zieliński',
    role: 'caseWorker',
    institution: 'ngo',
  },
  {
    email: 'ngo.koordynator@demo.kooperacja.example',
    displayName: 'Halina Kamińska',
    role: 'coordinator',
    institution: 'ngo',
  },
  {
    email: 'gmina.urzednik@demo.kooperacja.example',
    displayName: 'Franciszka Wójcik',
    role: 'official',
    institution: 'gmina',
  },
  {
    email: 'rops.ewaluator@demo.kooperacja.example',
    displayName: 'Grzegorz Lewandowski',
    role: 'evaluator',
    institution: 'rops',
  },
  {
    email: 'owes.doradca@demo.kooperacja.example',
    displayName: 'Irena Mazur',
    role: 'coordinator',
    institution: 'owes',
  },
  {
    email: 'pes.prezes@demo.kooperacja.example',
    displayName: 'Jan Pawlak',
    role: 'manager',
    institution: 'cooperative',
  },
] as const satisfies readonly DemoAccount[];

/** The institution's name for a demo account, as people see it after signing in. */
export const demoInstitutionName = (account: DemoAccount): string | null =>
  account.institution ? demoInstitutions[account.institution].name : null;

/** The start-up message's list of demo sign-ins, one account a line. */
export function demoSignInsText(): string {
  const lines = demoAccounts.map(
    (a) => `  ${a.email.padEnd(42)} ${a.role.padEnd(17)} ${demoInstitutionName(a) ?? '(all institutions)'}`,
  );
  return `Demo sign-ins (password for all: ${demoPassword}):\n${lines.join('\n')}\n`;
}
