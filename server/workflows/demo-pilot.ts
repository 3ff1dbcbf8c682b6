import {
  addCandidate,
  addExpert,
  assignCaretaker,
  chooseSites,
  createPilot,
  fileSiteReport,
  recordAttendance,
} from '../modules/pilots';
import { type DemoSeed, dayFrom } from './demo-context';

/**
 * A pilot of the social employment model (seed 001) organised by the ROPS: the demo's CIS and KIS
 * applied and were scored on the published criteria, the CIS was chosen and the KIS is on the
 * reserve list; an expert who attended all 9 training days cares for the CIS, another with four
 * days may not yet; the CIS filed its report on month 1 of a testing period that began about five
 * weeks before seeding (so the report is on time and month 2 is due).
 */

export const demoPilotName =
  'Pilotaż modelu współpracy instytucji zatrudnienia socjalnego — Lubelskie (demo)';

export async function seedDemoPilot(demo: DemoSeed): Promise<void> {
  const { ctx, today } = demo;
  let pilot = await createPilot(ctx, {
    name: demoPilotName,
    organiserInstitutionId: demo.institution('rops'),
    startsOn: dayFrom(today, -60),
    endsOn: dayFrom(today, 420),
    testingStartsOn: dayFrom(today, -35),
    testingMonths: 14,
    sitesToChoose: 1,
  });
  pilot = await addCandidate(ctx, pilot.id, {
    institutionId: demo.institution('cis'),
    organiserType: 'ngo',
    yearsOfExperience: 7,
    sectionsCount: 3,
    cooperatingPesCount: 2,
    owesRecommendedById: demo.institution('owes'),
  });
  pilot = await addCandidate(ctx, pilot.id, {
    institutionId: demo.institution('kis'),
    organiserType: 'jst',
    yearsOfExperience: 3,
    sectionsCount: 1,
    cooperatingPesCount: 1,
    owesRecommendedById: null,
  });
  pilot = await chooseSites(ctx, pilot.id, { version: pilot.version });
  pilot = await addExpert(ctx, pilot.id, {
    name: 'Alicja Nowakowska',
    email: 'alicja.nowakowska@demo.kooperacja.example',
    nominatedByInstitutionId: demo.institution('cis'),
  });
  pilot = await addExpert(ctx, pilot.id, {
    name: 'Bartosz Zając',
    email: 'bartosz.zajac@demo.kooperacja.example',
    nominatedByInstitutionId: demo.institution('owes'),
  });
  const expert = (name: string) => pilot.experts.find((e) => e.name === name)!;
  pilot = await recordAttendance(ctx, pilot.id, expert('Alicja Nowakowska').id, {
    days: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    version: expert('Alicja Nowakowska').version,
  });
  pilot = await recordAttendance(ctx, pilot.id, expert('Bartosz Zając').id, {
    days: [1, 2, 3, 4],
    version: expert('Bartosz Zając').version,
  });
  const site = pilot.candidates.find((c) => c.institution.id === demo.institution('cis'))!;
  await assignCaretaker(ctx, pilot.id, { candidateId: site.id, expertId: expert('Alicja Nowakowska').id });
  await fileSiteReport(ctx, pilot.id, {
    candidateId: site.id,
    month: 1,
    modelProducts: ['contactProcedures', 'standardOffer'],
    activities:
      'Spotkania z MGOPS i PUP: uzgodniona procedura kontaktu w sprawie uczestników; przegląd oferty usług CIS.',
    cooperation: 'Wspólne spotkanie z OWES i Urzędem Miejskim w sprawie zlecania usług opiekuńczych.',
    difficulties: 'Dojazd uczestników z terenów wiejskich gminy.',
    proposals: 'Dowóz uczestników busem gminnym w dni zajęć.',
  });
}
