import {
  advanceProgramme,
  createMatch,
  createProgramme,
  enrollParticipant,
  graduateParticipant,
  recordMatchResult,
  updateParticipant,
} from '../modules/preparation-programmes';
import { declareNeed } from '../modules/staffing-needs';
import { type DemoSeed, dayFrom, qualificationId } from './demo-context';
import { demoTerritory } from './demo-data';

/**
 * Sphere 1 of seed 001 in the demo: the social cooperative declares the carer it will need, the
 * CIS runs a programme preparing people for it, and of three participants one has graduated and
 * was hired by the cooperative, one is halfway, one has just enrolled. The hire fills the need, so
 * the open needs and the joint diagnosis start empty for a person trying to declare one.
 * Participants are named as the module allows, by first name and initial only.
 */

export const demoProgrammeTitle = 'Opiekunka środowiskowa — kurs kwalifikacyjny w CIS (demo)';

export async function seedDemoProgrammes(demo: DemoSeed): Promise<void> {
  const { today } = demo;
  const carer = await qualificationId(demo.ctx, 'opiekunka-srodowiskowa');
  const need = await declareNeed(demo.as('pes.prezes@demo.kooperacja.example'), {
    institutionId: demo.institution('cooperative'),
    position: 'Opiekunka środowiskowa w usługach opiekuńczych',
    qualificationId: carer,
    headcount: 1,
    neededFrom: dayFrom(today, 14),
    territoryCode: demoTerritory.gmina,
    note: 'Na potrzeby zlecenia usług opiekuńczych przez gminę.',
  });

  const cis = demo.as('cis.kierownik@demo.kooperacja.example');
  const planned = await createProgramme(cis, {
    institutionId: demo.institution('cis'),
    title: demoProgrammeTitle,
    qualificationIds: [carer],
    staffingNeedIds: [need.id],
    startsOn: dayFrom(today, -90),
    endsOn: dayFrom(today, 90),
    places: 6,
    territoryCode: demoTerritory.powiat,
    modules: [
      { title: 'Opieka nad osobą niesamodzielną — zajęcia teoretyczne', plannedHours: 60 },
      { title: 'Praktyka w usługach opiekuńczych w miejscu zamieszkania', plannedHours: 80 },
    ],
  });
  const programme = await advanceProgramme(cis, planned.id, { version: planned.version });
  const [theory, practice] = programme.modules.map((m) => m.id) as [string, string];

  const enrol = (label: string) => enrollParticipant(cis, programme.id, { label });
  const graduate = await enrol('Marta W.');
  const halfway = await enrol('Zofia P.');
  await enrol('Krzysztof L.');

  const done = await updateParticipant(cis, programme.id, graduate.id, {
    version: graduate.version,
    progress: [
      { moduleId: theory, hoursAttended: 60, completed: true },
      { moduleId: practice, hoursAttended: 80, completed: true },
    ],
  });
  await graduateParticipant(cis, programme.id, graduate.id, {
    version: done.version,
    qualificationId: carer,
    examPassedOn: dayFrom(today, -10),
  });
  await updateParticipant(cis, programme.id, halfway.id, {
    version: halfway.version,
    progress: [
      { moduleId: theory, hoursAttended: 56, completed: true },
      { moduleId: practice, hoursAttended: 24, completed: false },
    ],
  });

  const matched = await createMatch(cis, programme.id, graduate.id, { staffingNeedId: need.id });
  const match = matched.matches.find((m) => m.need.id === need.id)!;
  await recordMatchResult(demo.as('pes.prezes@demo.kooperacja.example'), match.id, {
    version: match.version,
    result: 'hired',
    hiredFrom: dayFrom(today, 14),
    contractType: 'cooperativeEmployment',
  });
}
