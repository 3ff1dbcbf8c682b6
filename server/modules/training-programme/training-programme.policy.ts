import { type Actor, hasPermission } from '../../platform/authz';

/**
 * Who may do what in a training programme (seed 003).
 *
 * - A programme is run by the platform administrator, or by the institution the administrator
 *   designates as its operator: that institution's people holding `trainingProgramme.manage`
 *   recruit JSTs, run trainings and advisory, and record visits and outcomes; its other people
 *   read all of it.
 * - A participating JST reads its own participation only: its people, their attendance, its
 *   advisory and visits, and the aggregate progress. Other JSTs' rows do not exist for it.
 * - To anyone else the programme does not exist (404). Only the platform administrator starts a
 *   programme, because choosing who runs a national programme is the administrator's call.
 */

export interface ProgrammeFacts {
  operatorInstitutionId: string | null;
}

export const canReadProgrammes = (actor: Actor | null): boolean =>
  hasPermission(actor, 'trainingProgramme.read');

export const canCreateProgramme = (actor: Actor | null): boolean => actor?.isPlatformAdmin === true;

/** The platform administrator, or the operator's people holding the manage permission. */
export const canManageProgramme = (actor: Actor | null, programme: ProgrammeFacts): boolean =>
  actor?.isPlatformAdmin === true ||
  (programme.operatorInstitutionId !== null &&
    hasPermission(actor, 'trainingProgramme.manage', programme.operatorInstitutionId));

/** Those who see every participant: the managers and the operator's other people. */
export const seesWholeProgramme = (actor: Actor | null, programme: ProgrammeFacts): boolean =>
  canManageProgramme(actor, programme) ||
  (programme.operatorInstitutionId !== null &&
    hasPermission(actor, 'trainingProgramme.read', programme.operatorInstitutionId));

/** A participating JST's people see its own participation. */
export const seesParticipant = (actor: Actor | null, programme: ProgrammeFacts, jstId: string): boolean =>
  seesWholeProgramme(actor, programme) || hasPermission(actor, 'trainingProgramme.read', jstId);
