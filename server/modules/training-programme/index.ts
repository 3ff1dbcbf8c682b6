import type { RoutesPlugin } from '../../platform/http';
import { activityRoutes } from './activity.routes';
import { programmeRoutes } from './programme.routes';

/** For seeds and tests' factories, which create through the real use cases (rules, audit and all). */
export { recordAdvisory } from './advisory.service';
export { enrol, linkOutcome } from './participant.service';
export { createProgramme } from './programme.service';
export { createEdition, recordAttendance } from './training.service';
export { recordVisit } from './visit.service';

/** Every training programme route (seed 003): programmes, JSTs, trainings, advisory, visits, progress. */
export const trainingProgrammeRoutes: RoutesPlugin = async (app, deps) => {
  await programmeRoutes(app, deps);
  await activityRoutes(app, deps);
};
