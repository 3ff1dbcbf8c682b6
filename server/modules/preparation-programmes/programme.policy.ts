import type { ParticipantState, ProgrammeState } from '../../../common/contracts/preparation-programmes';
import { type Actor, hasPermission } from '../../platform/authz';

/**
 * A programme's card (title, qualifications, targeted needs, counts) is read by every member: it
 * tells providers and the JST who is being prepared for what. Its participants are people in
 * social exclusion: only those who speak for the CIS or KIS running it see them and manage it;
 * to anyone else a participant or a match of theirs answers 404.
 */
export const canReadProgrammes = (actor: Actor | null): boolean =>
  hasPermission(actor, 'socialServices.read');

export const canManageProgramme = (actor: Actor | null, p: { institutionId: string }): boolean =>
  hasPermission(actor, 'preparationProgrammes.manage', p.institutionId);

/** The provider that declared the need answers a match to it (and sees the candidate). */
export const canAnswerMatch = (actor: Actor | null, m: { providerInstitutionId: string }): boolean =>
  hasPermission(actor, 'staffingNeeds.declare', m.providerInstitutionId);

export const canSeeMatch = (
  actor: Actor | null,
  m: { providerInstitutionId: string; programmeInstitutionId: string },
): boolean =>
  canAnswerMatch(actor, m) || canManageProgramme(actor, { institutionId: m.programmeInstitutionId });

/** planned → running → finished: enrolment while not finished, progress and graduation while running. */
export const programmeAbilities = (
  actor: Actor | null,
  p: { institutionId: string; state: ProgrammeState },
) => {
  const manage = canManageProgramme(actor, p);
  return {
    update: manage && p.state !== 'finished',
    advance: manage && p.state !== 'finished',
    enroll: manage && p.state !== 'finished',
  };
};

const active = (s: ParticipantState) => s === 'enrolled' || s === 'inProgress';

export const participantAbilities = (
  actor: Actor | null,
  p: { institutionId: string; state: ProgrammeState },
  participant: { state: ParticipantState },
  hasOpenMatch: boolean,
) => {
  const manage = canManageProgramme(actor, p);
  return {
    update: manage && p.state === 'running' && active(participant.state),
    graduate: manage && p.state === 'running' && active(participant.state),
    dropOut: manage && p.state !== 'finished' && active(participant.state),
    match: manage && participant.state === 'graduated' && !hasOpenMatch,
  };
};

/** The provider records hired or not hired while pending; either side may record a withdrawal. */
export const matchAbilities = (
  actor: Actor | null,
  m: { providerInstitutionId: string; programmeInstitutionId: string; result: string },
) => ({
  recordResult: m.result === 'pending' && canAnswerMatch(actor, m),
  withdraw:
    m.result === 'pending' &&
    (canAnswerMatch(actor, m) || canManageProgramme(actor, { institutionId: m.programmeInstitutionId })),
});
