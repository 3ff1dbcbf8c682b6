import type { AgreementState } from '../../../common/contracts/partnership-agreements';
import { type Actor, hasPermission } from '../../platform/authz';
import {
  acceptsSignatures,
  canBeTerminated,
  canBeWithdrawnFromSignature,
  isEditable,
} from './agreement-state';
import { canGovern, type PartnershipFacts } from './partnership.policy';

/**
 * Who may do what to a partnership's agreements. Every member reads them; those who govern the
 * partnership (the leader's and coordinators' managers) draft them and move them between states;
 * each member institution records only its own signature, because a signature speaks for the
 * institution that gives it.
 */

const open = (p: PartnershipFacts) => p.status === 'active';

export const canDraftAgreements = (actor: Actor | null, p: PartnershipFacts) =>
  open(p) && canGovern(actor, p);

/** A platform administrator, or one who may act for that member institution itself. */
export const canSignFor = (actor: Actor | null, member: { institutionId: string }) =>
  Boolean(actor?.isPlatformAdmin) || hasPermission(actor, 'partnerships.manage', member.institutionId);

export const agreementAbilities = (
  actor: Actor | null,
  p: PartnershipFacts,
  state: AgreementState,
  unsignedMembers: readonly { institutionId: string }[],
) => {
  const drafts = canDraftAgreements(actor, p);
  return {
    edit: drafts && isEditable(state),
    sendToSignature: drafts && isEditable(state),
    withdrawFromSignature: drafts && canBeWithdrawnFromSignature(state),
    terminate: drafts && canBeTerminated(state),
    sign: open(p) && acceptsSignatures(state) && unsignedMembers.some((m) => canSignFor(actor, m)),
  };
};
