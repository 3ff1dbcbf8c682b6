import type { RoutesPlugin } from '../../platform/http';
import { groupRoutes } from './group.routes';
import { reportRoutes } from './report.routes';

/** For seeds and tests' factories, which create through the real use cases (rules, audit and all). */
export { attachDocument, createAuthorisation } from './authorisation.service';
export { closeGroup, conveneGroup, respond } from './group.service';
export { changeTaskStatus, createMeeting, createTask } from './meeting-task.service';
export { submitNeedsReport } from './report.service';

/** Model D: the mayor's authorisation, cooperation groups (GGK), the mayor's summary, the record for the ROPS. */
export const cooperationGroupRoutes: RoutesPlugin = async (app, deps) => {
  await groupRoutes(app, deps);
  await reportRoutes(app, deps);
};
