import type { RoutesPlugin } from '../../platform/http';
import { participantRoutes } from './participant.routes';
import { programmeRoutes } from './programme.routes';

export { createMatch, recordMatchResult } from './match.service';
export {
  dropOutParticipant,
  enrollParticipant,
  graduateParticipant,
  updateParticipant,
} from './participant.service';
export { advanceProgramme, createProgramme } from './programme.service';
export { preparationProgrammes, programmeMatches, programmeParticipants } from './programme.table';

/** Every route of CIS and KIS preparation programmes, their participants and matches. */
export const preparationProgrammeRoutes: RoutesPlugin = async (app, deps) => {
  await programmeRoutes(app, deps);
  await participantRoutes(app, deps);
};
