import type {
  AgreementKind,
  AgreementSection,
  AgreementSections,
} from '../../../common/contracts/partnership-agreements';
import { sectionsOfKind } from '../../../common/contracts/partnership-agreements';
import type { InstitutionType, PartnershipRole } from '../../../common/enums';

/**
 * The first draft of each kind of agreement, written from what the partnership already records:
 * its members and their roles, its area, the decisions of step 3 (goals, rules, roles). The
 * text is Polish whatever the interface language, because the document is signed in Polish;
 * the partners edit every section before they send it to signature.
 */

export interface TemplateParty {
  institutionName: string;
  institutionType: InstitutionType;
  role: PartnershipRole;
  inManagementBody: boolean;
}

export interface TemplateInput {
  kind: AgreementKind;
  partnershipName: string;
  description: string | null;
  /** Names of the TERYT units the partnership covers, e.g. "gmina Janów Lubelski". */
  area: string[];
  parties: TemplateParty[];
  /** Decisions recorded for step 3 (goals, rules and roles agreed jointly), oldest first. */
  agreedRules: { summary: string; decidedOn: string }[];
  termFrom: string | null;
  termTo: string | null;
  /** For an annex: the title of the agreement it amends. */
  parentTitle?: string | null;
}

/** Headings of the sections in the signed document (Polish, like the text). */
export const sectionHeadings: Record<AgreementSection, string> = {
  parties: 'Strony',
  goals: 'Cel i przedmiot współpracy',
  roles: 'Role i zadania stron',
  dataExchange: 'Zasady wymiany informacji i ochrona danych osobowych',
  resources: 'Zasoby i finansowanie',
  decisionMaking: 'Podejmowanie decyzji i komunikacja',
  amendments: 'Zmiany',
  term: 'Czas obowiązywania',
  termination: 'Wystąpienie, rozwiązanie i zmiany',
  legalBases: 'Podstawy prawne',
};

/** Role names as the document calls them. */
export const roleNames: Record<PartnershipRole, string> = {
  leader: 'Lider',
  coordinator: 'Koordynator/operator',
  implementer: 'Realizator',
  member: 'Partner',
};

const roleDuties: Record<PartnershipRole, string> = {
  leader:
    'inicjuje działania Partnerstwa, reprezentuje je na zewnątrz w zakresie uzgodnionym przez Partnerów i zwołuje posiedzenia ciała zarządzającego',
  coordinator:
    'koordynuje bieżące działania Partnerstwa, w szczególności związane ze świadczeniem wybranej usługi, i prowadzi dokumentację Partnerstwa',
  implementer: 'realizuje powierzone mu zadania Partnerstwa w zakresie swoich zadań ustawowych',
  member: 'uczestniczy w pracach Partnerstwa i realizuje zadania uzgodnione przez ciało zarządzające',
};

const titles: Record<AgreementKind, string> = {
  cooperation: 'Porozumienie o współpracy',
  pzkDeclaration: 'Deklaracja współpracy w Partnerskim Zespole Kooperacji',
  jstConsortium: 'Porozumienie jednostek samorządu terytorialnego o wspólnym zlecaniu usług społecznych',
  annex: 'Aneks',
};

/** Dates in the document as Polish legal texts write them: 1 marca 2025 r. */
export function polishDate(iso: string): string {
  const months = [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ];
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y} r.`;
}

const numbered = (lines: string[]) => lines.map((line, i) => `${i + 1}. ${line}`).join('\n');
const areaText = (input: TemplateInput) =>
  input.area.length ? input.area.join(', ') : 'wskazanym przez Partnerów';
const isEntry = (t: InstitutionType) => t === 'ops' || t === 'cus' || t === 'pup';

function partiesText(input: TemplateInput): string {
  const list = numbered(input.parties.map((p) => `${p.institutionName} — ${roleNames[p.role]}`));
  return `${list}\n\nStrony, zwane dalej łącznie „Partnerami”, a każda z osobna „Partnerem”, tworzą partnerstwo „${input.partnershipName}”, zwane dalej „Partnerstwem”. Partnerstwo nie jest nowym podmiotem prawnym; każdy Partner zachowuje swoją samodzielność i odpowiada za swoje zadania ustawowe.`;
}

function goalsText(input: TemplateInput, purpose: string): string {
  const lines = [`Celem Partnerstwa jest ${purpose} na obszarze: ${areaText(input)}.`];
  if (input.description) lines.push(input.description);
  if (input.agreedRules.length)
    lines.push(
      `Partnerzy wspólnie ustalili:\n${input.agreedRules
        .map((r) => `– ${r.summary} (ustalenie z dnia ${polishDate(r.decidedOn)})`)
        .join('\n')}`,
    );
  lines.push(
    'Partnerzy działają na zasadach partnerstwa, wzajemnego zaufania, jawności i wspólnej odpowiedzialności za rezultaty.',
  );
  return lines.join('\n\n');
}

function rolesText(input: TemplateInput): string {
  const duties = numbered(
    input.parties.map((p) => `${p.institutionName} (${roleNames[p.role]}) ${roleDuties[p.role]}.`),
  );
  const entry = input.parties.filter((p) => isEntry(p.institutionType)).map((p) => p.institutionName);
  const entryLine = entry.length
    ? `\n\nInstytucjami wejścia, przez które osoba trafia do usługi Partnerstwa, są: ${entry.join(', ')}. Osoba znana tylko innemu Partnerowi także przechodzi przez instytucję wejścia.`
    : '';
  return `${duties}${entryLine}`;
}

const dataExchangeText = [
  'Każdy Partner jest odrębnym administratorem danych osobowych, które przetwarza w ramach swoich zadań ustawowych, i stosuje przepisy rozporządzenia (UE) 2016/679 (RODO).',
  'Informacje o osobie i jej planie wsparcia, których potrzebuje Partner realizujący wsparcie, przekazuje mu sama osoba, która otrzymuje je na piśmie w instytucji wejścia. Partnerzy nie przekazują sobie danych osobowych bez podstawy prawnej.',
  'Partnerzy wymieniają między sobą informacje o ofercie, zasobach i wynikach działań w formie zanonimizowanej.',
].join('\n\n');

const resourcesText = [
  'Partnerstwo nie tworzy wspólnego budżetu. Każdy Partner finansuje tę część wsparcia, która należy do jego zadań ustawowych, ze swoich środków.',
  'Partnerzy mogą udostępniać Partnerstwu swoje zasoby (lokal, sprzęt, pracowników, wolontariuszy); zasoby te pozostają własnością Partnera, który je udostępnia. Szczegóły udostępnienia określają odrębne umowy.',
  'Partnerzy wspólnie pozyskują dodatkowe środki (jednostek samorządu terytorialnego, państwowe, Unii Europejskiej) na działania Partnerstwa, w tym na jego koszty własne: szkolenia, zarządzanie i koordynację.',
].join('\n\n');

const decisionMakingText = [
  'Najważniejsze decyzje w Partnerstwie podejmuje ciało zarządzające złożone z przedstawicieli wszystkich Partnerów. Decyzje zapadają w drodze porozumienia, a gdy to niemożliwe — większością głosów obecnych przedstawicieli; każdy Partner ma jeden głos.',
  'Partnerzy komunikują się na trzech poziomach: kierowników instytucji, zespołu koordynującego i specjalistów. Z posiedzeń ciała zarządzającego sporządza się protokół, który otrzymują wszyscy Partnerzy.',
].join('\n\n');

function termText(input: TemplateInput): string {
  const from = input.termFrom
    ? `od dnia ${polishDate(input.termFrom)}`
    : 'od dnia podpisania przez wszystkie strony';
  const sentence = input.termTo
    ? `Porozumienie zawiera się na czas określony ${from} do dnia ${polishDate(input.termTo)}`
    : `Porozumienie zawiera się na czas nieokreślony ${from}`;
  // A date already ends with "r.": no second full stop.
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}

const terminationText = [
  'Każdy Partner może wystąpić z Partnerstwa z zachowaniem trzymiesięcznego okresu wypowiedzenia, składając pisemne oświadczenie pozostałym Partnerom. Wystąpienie jednego Partnera nie rozwiązuje porozumienia między pozostałymi.',
  'Porozumienie może zostać rozwiązane w każdym czasie za zgodą wszystkich Partnerów.',
  'Zmiany porozumienia wymagają formy pisemnej w postaci aneksu pod rygorem nieważności.',
].join('\n\n');

const modelALegalBases = numbered([
  'ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia — współpraca powiatowego urzędu pracy z ośrodkiem pomocy społecznej oraz zlecanie usług rynku pracy organizacjom pozarządowym;',
  'art. 25 ust. 4 i 5 ustawy z dnia 12 marca 2004 r. o pomocy społecznej — zlecanie zadań z zakresu pomocy społecznej organizacjom pozarządowym;',
  'art. 5 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie — współpraca organów administracji publicznej z organizacjami pozarządowymi;',
  'przepisy ustawy z dnia 23 kwietnia 1964 r. — Kodeks cywilny.',
]);

const pzkLegalBases = numbered([
  'ustawa z dnia 12 marca 2004 r. o pomocy społecznej — zadania ośrodka pomocy społecznej w zakresie współpracy z innymi instytucjami;',
  'art. 5 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie.',
]);

const jstLegalBases = numbered([
  'art. 10 ust. 1 i art. 74 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym — współdziałanie gmin i porozumienia międzygminne;',
  'art. 5 ust. 2 ustawy z dnia 5 czerwca 1998 r. o samorządzie powiatowym — porozumienia powiatu z jednostkami samorządu terytorialnego;',
  'art. 5 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie.',
]);

const pzkRolesText = (input: TemplateInput) =>
  `${numbered(input.parties.map((p) => `${p.institutionName}${p.role === 'leader' ? ' — koordynuje prace Zespołu' : ''}`))}\n\nSygnatariusze deklarują, że na wniosek ośrodka pomocy społecznej delegują swoich przedstawicieli do udziału w posiedzeniach Gminnej Grupy Kooperacji zwoływanych dla rozwiązania konkretnej sytuacji problemowej osoby, rodziny lub grupy, oraz wymieniają wiedzę i informacje potrzebne do skoordynowanego działania.`;

function sectionText(section: AgreementSection, input: TemplateInput): string {
  const kind = input.kind;
  switch (section) {
    case 'parties':
      return partiesText(input);
    case 'goals':
      return goalsText(
        input,
        kind === 'pzkDeclaration'
          ? 'skoordynowane działanie instytucji pomocy i integracji społecznej oraz innych polityk sektorowych na rzecz mieszkańców'
          : kind === 'jstConsortium'
            ? 'wspólne planowanie i zlecanie usług społecznych użyteczności publicznej podmiotom ekonomii społecznej'
            : 'wspólne świadczenie usługi integracji społeczno-zawodowej osobom bezrobotnym lub zagrożonym wykluczeniem społecznym',
      );
    case 'roles':
      return kind === 'pzkDeclaration' ? pzkRolesText(input) : rolesText(input);
    case 'dataExchange':
      return dataExchangeText;
    case 'resources':
      return kind === 'jstConsortium'
        ? 'Każda ze stron finansuje zlecane usługi ze swojego budżetu w wysokości określonej w planie zlecania usług na dany rok budżetowy. Strony mogą powierzyć jednej z nich przeprowadzenie wspólnego postępowania.'
        : resourcesText;
    case 'decisionMaking':
      return decisionMakingText;
    case 'amendments':
      return `W porozumieniu „${input.parentTitle ?? ''}” wprowadza się następujące zmiany:\n1. …\n\nPozostałe postanowienia porozumienia pozostają bez zmian.`;
    case 'term':
      return kind === 'annex'
        ? 'Aneks wchodzi w życie z dniem podpisania przez wszystkie strony.'
        : termText(input);
    case 'termination':
      return terminationText;
    case 'legalBases':
      return kind === 'pzkDeclaration'
        ? pzkLegalBases
        : kind === 'jstConsortium'
          ? jstLegalBases
          : modelALegalBases;
  }
}

/** The title and sections of a new draft of the given kind. */
export function draftFromTemplate(input: TemplateInput): { title: string; sections: AgreementSections } {
  const base = titles[input.kind];
  const title =
    input.kind === 'annex'
      ? `${base} do porozumienia „${input.parentTitle ?? ''}”`
      : `${base} w ramach partnerstwa „${input.partnershipName}”`;
  const sections: AgreementSections = {};
  for (const section of sectionsOfKind[input.kind]) sections[section] = sectionText(section, input);
  return { title, sections };
}
