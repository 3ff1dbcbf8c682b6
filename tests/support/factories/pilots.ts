import type { CreatePilotInput } from '../../../common/contracts/pilots';
import {
  addCandidate,
  addExpert,
  assignCaretaker,
  chooseSites,
  createPilot,
  fileSiteReport,
  recordAttendance,
} from '../../../server/modules/pilots';
import type { Ctx } from '../../../server/platform/authz';
import { buildInstitution } from './institutions';

/** The first day of the month `monthsAgo` months before this one (UTC), as an ISO date. */
export const monthStart = (monthsAgo: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1))
    .toISOString()
    .slice(0, 10);
};

/** A pilot's form whose 14-month testing period started three months ago, so months 1–3 may be reported. */
export const pilotForm = (organiserInstitutionId: string): CreatePilotInput => ({
  name: 'Pilotaż modelu współpracy PZS',
  organiserInstitutionId,
  startsOn: monthStart(4),
  endsOn: monthStart(-12),
  testingStartsOn: monthStart(3),
  testingMonths: 14,
  sitesToChoose: 2,
});

/**
 * A pilot run by an association, with three CIS candidates of which two are chosen, a trained
 * expert caring for the first site and that site's report on month 1: every part of the pilot
 * exists, built through the real use cases.
 */
export async function buildPilot(ctx: Ctx) {
  const organiser = await buildInstitution(ctx, { type: 'ngo' });
  const owes = await buildInstitution(ctx, { type: 'owes' });
  const sites = [
    await buildInstitution(ctx, { type: 'cis' }),
    await buildInstitution(ctx, { type: 'cis' }),
    await buildInstitution(ctx, { type: 'kis' }),
  ];
  let pilot = await createPilot(ctx, pilotForm(organiser.id));
  for (const [n, site] of sites.entries())
    pilot = await addCandidate(ctx, pilot.id, {
      institutionId: site.id,
      organiserType: 'ngo',
      yearsOfExperience: 10 - n * 4,
      sectionsCount: 3,
      cooperatingPesCount: 1,
      owesRecommendedById: n === 0 ? owes.id : null,
    });
  pilot = await chooseSites(ctx, pilot.id, { version: pilot.version });
  pilot = await addExpert(ctx, pilot.id, { name: 'Anna Opiekuńska', email: 'anna.opiekunska@example.pl' });
  const expert = pilot.experts[0]!;
  pilot = await recordAttendance(ctx, pilot.id, expert.id, {
    days: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    version: expert.version,
  });
  const site = pilot.candidates.find((c) => c.state === 'chosen')!;
  pilot = await assignCaretaker(ctx, pilot.id, { candidateId: site.id, expertId: expert.id });
  await fileSiteReport(ctx, pilot.id, {
    candidateId: site.id,
    month: 1,
    modelProducts: ['standardOffer'],
    activities: 'Spotkania z OPS',
    cooperation: 'Współpraca z OWES',
  });
  return { pilot, organiser, owes, sites, siteId: site.id, expertId: expert.id };
}
