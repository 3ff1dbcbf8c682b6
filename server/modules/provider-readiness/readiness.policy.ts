import { type InstitutionType, providerInstitutionTypes, type ReadinessStatus } from '../../../common/enums';
import { type Actor, hasPermission } from '../../platform/authz';

/** An institution of the actor, as far as the rules below need to know it. */
export interface ActorInstitution {
  id: string;
  type: InstitutionType;
  voivodeshipCode: string;
}

/** PES, CIS, KIS and NGO are the social economy's providers: only they assess their readiness. */
export const isProviderType = (type: InstitutionType): boolean =>
  (providerInstitutionTypes as readonly InstitutionType[]).includes(type);

/** Those who speak for the provider (its administrator, manager or coordinator) fill in and submit. */
export const canAssessFor = (actor: Actor | null, institutionId: string): boolean =>
  hasPermission(actor, 'providerReadiness.assess', institutionId);

/**
 * The OWES institutions in whose name the actor may verify a provider of this voivodeship: the
 * OWES accredited for a region supports that region's social economy (seed 000, table 1).
 */
export const verifyingOwes = (
  actor: Actor | null,
  own: readonly ActorInstitution[],
  providerVoivodeship: string,
): ActorInstitution[] =>
  own.filter(
    (i) =>
      i.type === 'owes' &&
      i.voivodeshipCode === providerVoivodeship &&
      hasPermission(actor, 'providerReadiness.verify', i.id),
  );

/** An OWES of the provider's voivodeship, or the platform administrator acting as an expert. */
export const mayVerify = (
  actor: Actor | null,
  own: readonly ActorInstitution[],
  providerVoivodeship: string,
) => !!actor && (actor.isPlatformAdmin || verifyingOwes(actor, own, providerVoivodeship).length > 0);

/**
 * A draft is the provider's own: only its members see it. Once submitted, those who may verify
 * it see it too. Anyone else is told it does not exist.
 */
export const maySee = (
  actor: Actor | null,
  assessment: { institutionId: string; state: string },
  verifies: boolean,
): boolean =>
  hasPermission(actor, 'socialServices.read', assessment.institutionId) ||
  (assessment.state !== 'draft' && verifies);

/** What the web app may offer on an assessment: the same rules, so the browser never repeats them. */
export function assessmentAbilities(
  actor: Actor | null,
  assessment: { institutionId: string; status: ReadinessStatus },
  verifies: boolean,
) {
  const editable =
    (assessment.status === 'draft' || assessment.status === 'returned') &&
    canAssessFor(actor, assessment.institutionId);
  return { edit: editable, submit: editable, verify: assessment.status === 'submitted' && verifies };
}
