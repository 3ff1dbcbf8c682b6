import type { RoutesPlugin } from '../../platform/http';
import { groupRoutes } from './group.routes';
import { periodSummaryRoutes } from './period-summary.routes';
import { reportRoutes } from './report.routes';

/** For seeds and tests' factories, which create through the real use cases (rules, audit and all). */
export { attachDocument, createAuthorisation } from './authorisation.service';
export { closeGroup, conveneGroup, respond } from './group.service';
export { changeTaskStatus, createMeeting, createTask } from './meeting-task.service';
/** The home page's line for a gmina's people: the mayor's summary of the quarter just closed, until opened. */
export { periodSummaryAttention } from './period-summary.service';
export { submitNeedsReport } from './report.service';
/** The home page's worklist: overdue tasks of the groups the user takes part in or coordinates. */
export { groupTaskAttention } from './task-attention.service';

/** Model D: the mayor's authorisation, cooperation groups (GGK), the mayor's summary, the record for the ROPS. */
export const cooperationGroupRoutes: RoutesPlugin = async (app, deps) => {
  await groupRoutes(app, deps);
  await reportRoutes(app, deps);
  await periodSummaryRoutes(app, deps);
};
