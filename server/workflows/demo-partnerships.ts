import type { LifecycleStep } from '../../common/enums';
import { standardPrinciples } from '../../common/plan-catalogue';
import {
  completeStep,
  createAgreement,
  createBudgetLine,
  createDecision,
  createGoal,
  createMeeting,
  createNeedsAssessment,
  createPartnership,
  createPledge,
  createScopeItem,
  createTask,
  saveTargetGroup,
  sendToSignature,
  setPrinciple,
  signAgreement,
} from '../modules/partnerships';
import type { Ctx } from '../platform/authz';
import { type DemoInstitutionKey, demoTerritory } from './demo-data';

/**
 * The demo's partnerships, built through the partnerships module's own use cases so that they
 * obey its rules (members of the kind, artefacts of each step, signatures) and leave an audit
 * trail. Dates are set relative to the day of seeding, so a fresh demo always shows an overdue
 * task, an agreement in force that runs out within the reminder's window, and a coming meeting.
 */

/** The integration service partnership of model A, and the coalition of model B, by name. */
export const demoPartnershipNames = {
  integration: 'Partnerstwo na rzecz integracji społecznej i zawodowej w Gminie Janów Lubelski',
  coalition: 'Janowska Koalicja na rzecz Zatrudnienia Socjalnego',
} as const;

const day = (today: Date, days: number) =>
  new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoPartnerships(
  ctx: Ctx,
  institutionIds: ReadonlyMap<DemoInstitutionKey, string>,
  today = new Date(),
) {
  const id = (key: DemoInstitutionKey) => institutionIds.get(key)!;
  await seedIntegrationPartnership(ctx, id, today);
  await seedCoalition(ctx, id);
}

/**
 * Model A in the gmina: the OPS leads, the NGO coordinates, the PUP implements and the gmina
 * office is a member. Steps 1–7 are completed (the agreement signed by all, the target group
 * assessed, the scope and the action plan written); step 8 waits for the members to complete it.
 */
async function seedIntegrationPartnership(ctx: Ctx, id: (key: DemoInstitutionKey) => string, today: Date) {
  const created = await createPartnership(ctx, {
    name: demoPartnershipNames.integration,
    kind: 'integrationPartnership',
    description:
      'Wspólna usługa integracji społecznej i zawodowej dla osób długotrwale bezrobotnych korzystających z pomocy społecznej: diagnoza, praca socjalna, doradztwo zawodowe, szkolenia i staże w jednym planie działań.',
    area: [demoTerritory.gmina],
    members: [
      { institutionId: id('ops'), role: 'leader' },
      { institutionId: id('ngo'), role: 'coordinator' },
      { institutionId: id('pup'), role: 'implementer' },
      { institutionId: id('gmina'), role: 'member', inManagementBody: false },
    ],
  });
  const pid = created.row.id;
  const member = (key: DemoInstitutionKey) => created.members.find((m) => m.institutionId === id(key))!.id;
  let version = created.row.version;
  const complete = async (step: LifecycleStep, extra: { note?: string; decisionId?: string } = {}) => {
    version = (await completeStep(ctx, pid, step, { version, ...extra })).version;
  };

  await complete('leaderEmerged', { note: 'MGOPS przyjął rolę lidera na spotkaniu inicjującym.' });
  await complete('partnersAcquired', {
    note: 'Do partnerstwa przystąpiły PUP, stowarzyszenie i urząd gminy.',
  });
  const rules = await createDecision(ctx, pid, {
    body: 'heads',
    summary:
      'Przyjęto cele, zasady współpracy, role partnerów i formy komunikacji (trzy poziomy: kierownicy, zespół koordynujący, specjaliści).',
    decidedOn: day(today, -150),
    lifecycleStep: 'rulesAgreed',
  });
  await complete('rulesAgreed', { decisionId: rules.id });

  const draft = await createAgreement(ctx, pid, {
    kind: 'cooperation',
    termFrom: day(today, -120),
    termTo: day(today, 50),
  });
  let agreement = await sendToSignature(ctx, pid, draft.id, { version: draft.version });
  for (const [key, signerName, signerPosition, signedOn] of [
    ['ops', 'Katarzyna Mazur', 'Dyrektor MGOPS', day(today, -125)],
    ['pup', 'Tomasz Kaczmarek', 'Dyrektor PUP', day(today, -123)],
    ['ngo', 'Halina Kamińska', 'Prezes zarządu stowarzyszenia', day(today, -122)],
    ['gmina', 'Jan Pawlak', 'Burmistrz Janowa Lubelskiego', day(today, -120)],
  ] as const)
    agreement = await signAgreement(ctx, pid, agreement.id, {
      version: agreement.version,
      memberId: member(key),
      signerName,
      signerPosition,
      signedOn,
    });
  await complete('agreementSigned');

  await createGoal(ctx, pid, {
    text: 'Aktywizacja społeczna i zawodowa osób długotrwale bezrobotnych korzystających z pomocy społecznej',
    expectedResult: 'Uczestnicy podejmują zatrudnienie albo szkolenie i przestają potrzebować zasiłków',
    indicator: 'Uczestnicy zatrudnieni w ciągu 3 miesięcy od zakończenia wsparcia',
    targetValue: 6,
    unit: 'osób',
    baseline: 0,
  });
  await createGoal(ctx, pid, {
    text: 'Jeden plan wsparcia dla każdej rodziny zamiast równoległych działań instytucji',
    expectedResult: 'Każdy uczestnik ma indywidualny plan uzgodniony przez OPS, PUP i stowarzyszenie',
    indicator: 'Uczestnicy z uzgodnionym planem',
    targetValue: 12,
    unit: 'osób',
  });
  await saveTargetGroup(ctx, pid, {
    description: 'Osoby długotrwale bezrobotne z gminy Janów Lubelski korzystające ze świadczeń MGOPS',
    plannedSize: 12,
    selectionCriteria:
      'Status osoby długotrwale bezrobotnej w PUP, korzystanie z pomocy społecznej, zgoda na udział i kontrakt socjalny.',
    version: 0,
  });
  await createNeedsAssessment(ctx, pid, {
    assessedOn: day(today, -100),
    method: 'Wywiady środowiskowe pracowników socjalnych i profile pomocy PUP',
    findings:
      'Najczęstsze bariery: brak aktualnych kwalifikacji, opieka nad dziećmi, zadłużenie i brak dojazdu do pracy poza Janowem.',
    memberId: member('ops'),
  });
  await complete('targetGroupAssessed');

  for (const [instrument, providers, statutoryBasis] of [
    ['socialDiagnosis', ['ops'], 'art. 45 ustawy o pomocy społecznej'],
    ['socialWork', ['ops', 'ngo'], 'art. 45 ustawy o pomocy społecznej'],
    ['vocationalCounselling', ['pup'], 'ustawa o rynku pracy i służbach zatrudnienia'],
    ['training', ['pup', 'ngo'], 'ustawa o rynku pracy i służbach zatrudnienia'],
    ['internship', ['pup'], 'ustawa o rynku pracy i służbach zatrudnienia'],
  ] as const)
    await createScopeItem(ctx, pid, {
      instrument,
      statutoryBasis,
      providerMemberIds: providers.map(member),
    });
  await complete('serviceScopeDefined');

  const recruitment = await createTask(ctx, pid, {
    title: 'Rekrutacja uczestników i kontrakty socjalne',
    responsibleMemberId: member('ops'),
    startsOn: day(today, -60),
    dueOn: day(today, -10),
  });
  await createTask(ctx, pid, {
    title: 'Indywidualne plany działania z doradcą zawodowym',
    responsibleMemberId: member('pup'),
    startsOn: day(today, -5),
    dueOn: day(today, 30),
    dependsOn: [recruitment.id],
  });
  await createTask(ctx, pid, {
    title: 'Warsztaty kompetencji społecznych i grupa wsparcia',
    responsibleMemberId: member('ngo'),
    startsOn: day(today, 10),
    dueOn: day(today, 90),
    dependsOn: [recruitment.id],
  });
  await createTask(ctx, pid, {
    title: 'Transport uczestników na staże poza Janowem',
    responsibleMemberId: member('gmina'),
    dueOn: day(today, 60),
  });
  for (const principle of standardPrinciples) await setPrinciple(ctx, pid, principle, { confirmed: true });
  await complete('actionPlanWritten');

  const year = Number(day(today, 0).slice(0, 4));
  for (const pledge of [
    {
      key: 'ops',
      kind: 'staffTime',
      description: 'Pracownik socjalny – asystent rodziny',
      quantity: 40,
      unit: 'godz./mies.',
    },
    { key: 'pup', kind: 'staffTime', description: 'Doradca zawodowy', quantity: 24, unit: 'godz./mies.' },
    {
      key: 'ngo',
      kind: 'premises',
      description: 'Sala warsztatowa przy ul. Wesołej',
      quantity: 1,
      unit: 'sala',
    },
    {
      key: 'ngo',
      kind: 'volunteers',
      description: 'Wolontariusze – mentorzy uczestników',
      quantity: 5,
      unit: 'osób',
    },
    { key: 'gmina', kind: 'equipment', description: 'Bus gminny na dojazdy', quantity: 1, unit: 'pojazd' },
  ] as const) {
    const { key, ...fields } = pledge;
    await createPledge(ctx, pid, { ...fields, memberId: member(key) });
  }
  for (const line of [
    {
      key: 'ops',
      source: 'socialAssistance',
      legalBasis: 'art. 17 ust. 1 ustawy o pomocy społecznej',
      category: 'materialAid',
      planned: '18000.00',
      spent: '4500.00',
    },
    {
      key: 'ops',
      source: 'socialAssistance',
      legalBasis: 'art. 110 ustawy o pomocy społecznej',
      category: 'coordination',
      description: 'Koordynacja partnerstwa',
      planned: '6000.00',
    },
    {
      key: 'pup',
      source: 'labourFund',
      legalBasis: 'ustawa o rynku pracy i służbach zatrudnienia (staże)',
      category: 'supportServices',
      description: 'Stypendia stażowe',
      planned: '42000.00',
      spent: '7000.00',
    },
    {
      key: 'ngo',
      source: 'project',
      legalBasis: 'umowa o dofinansowanie projektu (EFS+)',
      category: 'training',
      description: 'Warsztaty kompetencji społecznych',
      planned: '12500.00',
    },
    {
      key: 'gmina',
      source: 'jst',
      legalBasis: 'art. 7 ust. 1 pkt 6 ustawy o samorządzie gminnym',
      category: 'other',
      description: 'Paliwo i kierowca busa',
      planned: '3600.00',
    },
  ] as const) {
    const { key, ...fields } = line;
    await createBudgetLine(ctx, pid, { ...fields, year, memberId: member(key) });
  }

  await createMeeting(ctx, pid, {
    title: 'Posiedzenie zespołu koordynującego: podział zadań i zasobów',
    startsAt: `${day(today, 7)}T08:00:00Z`,
    endsAt: `${day(today, 7)}T10:00:00Z`,
    place: 'MGOPS w Janowie Lubelskim, ul. Ogrodowa 12, sala nr 4',
    agenda: '1. Przebieg rekrutacji.\n2. Zasoby zadeklarowane przez partnerów.\n3. Zamknięcie etapu 8.',
  });
}

/** Model B at its start: the gmina initiates it, and only the leader's step is done. */
async function seedCoalition(ctx: Ctx, id: (key: DemoInstitutionKey) => string) {
  const created = await createPartnership(ctx, {
    name: demoPartnershipNames.coalition,
    kind: 'socialEmploymentCoalition',
    description:
      'Koalicja gminy, OWES, CIS i KIS oraz podmiotów ekonomii społecznej na rzecz zatrudnienia socjalnego i zlecania usług społecznych PES.',
    area: [demoTerritory.gmina],
    members: [
      { institutionId: id('gmina'), role: 'leader', coalitionRole: 'jst1' },
      { institutionId: id('owes'), role: 'coordinator', coalitionRole: 'owes' },
      { institutionId: id('cis'), role: 'implementer', coalitionRole: 'cisKis' },
      { institutionId: id('cooperative'), role: 'member', coalitionRole: 'pes1' },
    ],
  });
  await completeStep(ctx, created.row.id, 'leaderEmerged', {
    version: created.row.version,
    note: 'Burmistrz powierzył przygotowanie koalicji Urzędowi Miejskiemu.',
  });
}
