import {
  type AgreementKind,
  type AgreementSections,
  type AgreementState,
  sectionsOfKind,
} from '../../../common/contracts/partnership-agreements';
import { warsawToday } from '../../../common/contracts/partnership-plan';

/**
 * The agreement's states as pure rules, so the API's abilities, the refusals and the dashboard
 * all read the same answer. "Expired" is never stored: an agreement in force whose term ended
 * before today (in Warsaw) is expired when read, with no timer to flip it.
 */

/** Today's legal date in Poland, whatever the server's zone: the plan's deadlines use the same. */
export { warsawToday };

/** Adds days to a legal date (yyyy-mm-dd). */
export const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function effectiveState(
  a: { state: AgreementState; termTo: string | null },
  today: string = warsawToday(),
): AgreementState {
  return a.state === 'inForce' && a.termTo !== null && a.termTo < today ? 'expired' : a.state;
}

/** Only a draft's text changes; from "in signature" on it is frozen. */
export const isEditable = (state: AgreementState) => state === 'draft';

/** Only a text in signature goes back to a draft: once in force, it changes by an annex. */
export const canBeWithdrawnFromSignature = (state: AgreementState) => state === 'inSignature';

/**
 * Signatures are recorded once the text is frozen; a member who joins an agreement in force
 * signs it too, so that it again binds every current member.
 */
export const acceptsSignatures = (state: AgreementState) => state === 'inSignature' || state === 'inForce';

/** A draft may be abandoned, an agreement in signature or in force terminated; the expired and terminated stay. */
export const canBeTerminated = (state: AgreementState) =>
  state === 'draft' || state === 'inSignature' || state === 'inForce';

/** The fields still empty that a text sent to signature must have, named as the API's field paths. */
export function missingForSignature(
  kind: AgreementKind,
  title: string,
  sections: AgreementSections,
): string[] {
  const missing = title.trim() ? [] : ['title'];
  for (const key of sectionsOfKind[kind]) if (!sections[key]?.trim()) missing.push(`sections.${key}`);
  return missing;
}

/** The term's end comes after its start. */
export const termProblem = (termFrom: string | null, termTo: string | null): string | null =>
  termFrom && termTo && termTo < termFrom ? 'termTo' : null;

/** Every current member has signed: the moment an agreement in signature comes into force. */
export const signedByAll = (memberIds: readonly string[], signedMemberIds: ReadonlySet<string>): boolean =>
  memberIds.length > 0 && memberIds.every((id) => signedMemberIds.has(id));
