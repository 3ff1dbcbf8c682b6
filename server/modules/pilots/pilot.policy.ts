import { type Actor, hasPermission } from '../../platform/authz';

/** What of a pilot the rules below need to know. */
export interface PilotParties {
  organiserInstitutionId: string;
  qualitySpecialistUserId: string | null;
  learningExpertUserId: string | null;
}

/**
 * The pilot is run by the institution that runs the project (seed 001: the partnership's leader or
 * a partner); those who speak for it (administrator, manager, coordinator) and the platform
 * administrator change it. Its card, the ranking and the caretakers' names are public to every
 * signed-in user, as the choice of sites on published criteria should be.
 */
export const canManagePilot = (actor: Actor | null, p: PilotParties): boolean =>
  hasPermission(actor, 'pilots.manage', p.organiserInstitutionId);

const holdsRole = (actor: Actor | null, p: PilotParties) =>
  !!actor && (actor.userId === p.qualitySpecialistUserId || actor.userId === p.learningExpertUserId);

/**
 * The sites whose monthly reports the actor files: every chosen site for the organiser, otherwise
 * the chosen sites whose institution the actor speaks for (its CIS or KIS reports on itself).
 */
export const reportingSites = (
  actor: Actor | null,
  p: PilotParties,
  chosen: readonly { id: string; institutionId: string }[],
): string[] =>
  canManagePilot(actor, p)
    ? chosen.map((c) => c.id)
    : chosen.filter((c) => hasPermission(actor, 'pilots.manage', c.institutionId)).map((c) => c.id);

/**
 * Who reads the testing record (reports, reviews, assessments, testing reports): the organiser,
 * the quality specialist and the learning-outcomes expert see all of it; a site sees its own
 * reports and assessments only; anyone else is told the record does not exist.
 */
export const testingAccess = (
  actor: Actor | null,
  p: PilotParties,
  chosen: readonly { id: string; institutionId: string }[],
): { all: true } | { all: false; sites: string[] } | null => {
  if (canManagePilot(actor, p) || holdsRole(actor, p)) return { all: true };
  const sites = reportingSites(actor, p, chosen);
  return sites.length > 0 ? { all: false, sites } : null;
};

export const canReviewQuality = (actor: Actor | null, p: PilotParties) =>
  !!actor && !!p.qualitySpecialistUserId && actor.userId === p.qualitySpecialistUserId;

export const canAssessOutcomes = (actor: Actor | null, p: PilotParties) =>
  !!actor && !!p.learningExpertUserId && actor.userId === p.learningExpertUserId;
