import {
  createEdition,
  createProgramme,
  enrol,
  linkOutcome,
  recordAdvisory,
  recordAttendance,
  recordVisit,
} from '../modules/training-programme';
import { type DemoSeed, dayFrom } from './demo-context';
import { demoAccounts } from './demo-data';

/**
 * The training and advisory programme for JSTs (seed 003) run by the ROPS: the gmina (its official
 * and its secretary, baseline from its commissioning plan, which is linked as the outcome) and the
 * powiat (a priority JST: no service went to a PES in its base year). One 4-day edition with
 * attendance, where one powiat person missed a day; advisory above the 5-hour minimum for the
 * gmina and below it for the powiat; a study visit to the social cooperative two weeks before
 * seeding, so the progress of lubelskie is filled in every column.
 */

export const demoTrainingName =
  'Zlecamy usługi społeczne — szkolenia i doradztwo dla JST Lubelszczyzny (demo)';

export async function seedDemoTraining(demo: DemoSeed, planId: string): Promise<void> {
  const { ctx, today } = demo;
  const year = Number(dayFrom(today, 0).slice(0, 4));
  const programme = await createProgramme(ctx, {
    name: demoTrainingName,
    startsOn: `${year}-01-01`,
    endsOn: `${year + 1}-12-31`,
    operatorInstitutionId: demo.institution('rops'),
    targetJsts: 40,
    targetPeople: 80,
  });
  const official = demoAccounts.find((a) => a.email === 'gmina.urzednik@demo.kooperacja.example')!;
  const gmina = await enrol(ctx, programme.id, {
    jstInstitutionId: demo.institution('gmina'),
    people: [
      {
        userId: demo.as(official.email).actor!.userId,
        name: official.displayName,
        position: 'Inspektor ds. współpracy z organizacjami pozarządowymi',
      },
      { name: 'Tomasz Sadowski', position: 'Sekretarz Gminy' },
    ],
  });
  // The gmina's plan, adopted by its council, is the outcome the programme is judged by.
  await linkOutcome(ctx, programme.id, gmina.id, { version: gmina.version, commissioningPlanId: planId });
  const powiat = await enrol(ctx, programme.id, {
    jstInstitutionId: demo.institution('powiat'),
    people: [
      { name: 'Małgorzata Kurek', position: 'Naczelnik Wydziału Spraw Społecznych' },
      { name: 'Paweł Wrona', position: 'Inspektor ds. polityki społecznej' },
    ],
    baseYear: year - 1,
    baselinePesCount: 0,
    baselinePesValue: '0',
    baselineTotalCount: 4,
    baselineTotalValue: '260 000',
  });

  const people = [...gmina.people, ...powiat.people];
  const edition = await createEdition(ctx, programme.id, {
    title: 'Edycja 1 — zlecanie usług społecznych podmiotom ekonomii społecznej',
    days: [
      { date: dayFrom(today, -60), practical: false, remote: true },
      { date: dayFrom(today, -59), practical: false, remote: true },
      { date: dayFrom(today, -53), practical: true, remote: false },
      { date: dayFrom(today, -52), practical: true, remote: false },
    ],
    personIds: people.map((p) => p.id),
  });
  const missedLastDay = powiat.people[1]!.id;
  await recordAttendance(ctx, programme.id, edition.id, {
    version: edition.version,
    entries: people.map((p) => ({
      personId: p.id,
      days: p.id === missedLastDay ? [true, true, true, false] : [true, true, true, true],
    })),
  });

  for (const [participantId, days, hours, topic] of [
    [gmina.id, -45, 3, 'Tryby zlecania usług społecznych i klauzule społeczne'],
    [gmina.id, -30, 3, 'Projekt planu zlecania usług na dwa lata budżetowe'],
    [powiat.id, -28, 2, 'Diagnoza usług powiatu możliwych do zlecenia PES'],
  ] as const)
    await recordAdvisory(ctx, programme.id, {
      participantId,
      heldOn: dayFrom(today, days),
      hours,
      topic,
      adviser: 'Dorota Sikora (ROPS Lublin)',
      remote: days !== -45,
    });

  await recordVisit(ctx, programme.id, {
    visitedOn: dayFrom(today, -14),
    hostInstitutionId: demo.institution('cooperative'),
    participantIds: [gmina.id, powiat.id],
    notes: 'Catering społeczny i usługi opiekuńcze świadczone przez spółdzielnię socjalną.',
  });
}
