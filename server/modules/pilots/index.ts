import type { RoutesPlugin } from '../../platform/http';
import { pilotRoutes } from './pilot.routes';
import { testingRoutes } from './testing.routes';

export { chooseSites, createPilot } from './pilot.service';
export { pilots } from './pilot.table';
export { addCandidate, addExpert, assignCaretaker, recordAttendance } from './site.service';
export { fileSiteReport } from './testing.service';

/** The pilots' routes: the pilot and its sites, then the testing period and its documents. */
export const pilotsRoutes: RoutesPlugin = async (app, deps) => {
  await pilotRoutes(app, deps);
  await testingRoutes(app, deps);
};
