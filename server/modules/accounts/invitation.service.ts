import {
  type AcceptInvitationBody,
  type CreateInvitationInput,
  createInvitationBody,
  INVITATION_VALID_DAYS,
  type ListInvitationsQuery,
} from '../../../common/contracts/accounts';
import type { Page } from '../../../common/contracts/pagination';
import { recordAudit } from '../../platform/audit';
import { hashToken, newToken } from '../../platform/auth';
import { type Ctx, inTransaction, requireActor } from '../../platform/authz';
import { AppError, notFound, RequestValidationError } from '../../platform/errors';
import { findInstitutionById, type InstitutionRow } from '../institutions';
import { invalidField } from './account-errors';
import { canInvite, canReadMembers } from './accounts.policy';
import { findUserByEmail } from './accounts.repository';
import type { users } from './accounts.table';
import {
  findInvitationById,
  findInvitationByTokenHash,
  findOpenInvitationsFor,
  type InvitationRow,
  type InvitationWithInviter,
  insertInvitation,
  listOpenInvitations,
  markInvitationAccepted,
  markInvitationRevoked,
} from './invitation.repository';
import { invitationStatus } from './invitation-status';
import { findMembershipOf } from './membership.repository';
import { grantMembership } from './membership.service';
import { actorOf, type OpenedSession, openSession } from './session.service';
import { insertAccount } from './user.service';

const DAY_MS = 86_400_000;

/**
 * The institution the actor invites to or whose invitations they manage. One they may not invite
 * to answers 404 unless they can see its members (then 403): an admin of A learns nothing of B.
 */
async function invitableInstitution(ctx: Ctx, institutionId: string): Promise<InstitutionRow> {
  requireActor(ctx);
  const institution = await findInstitutionById(ctx.db, institutionId);
  if (!institution || !canReadMembers(ctx.actor, institution.id)) throw notFound();
  if (!canInvite(ctx.actor, institution.id)) throw new AppError('forbidden', 'forbidden');
  return institution;
}

const withInviter = (invitation: InvitationRow, ctx: Ctx): InvitationWithInviter => ({
  ...invitation,
  invitedByName: ctx.actor?.displayName ?? null,
});

/**
 * Invites a person to the institution. Returns the link's token once: only its hash is stored.
 * An open invitation of the same address is replaced, so a lost link is fixed by inviting again.
 */
export async function createInvitation(
  ctx: Ctx,
  institutionId: string,
  input: CreateInvitationInput,
): Promise<{ invitation: InvitationWithInviter; token: string }> {
  const parsed = createInvitationBody.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new RequestValidationError(parsed.error.issues, 'body');
  const body = parsed.data;
  return inTransaction(ctx, async (tctx) => {
    const institution = await invitableInstitution(tctx, institutionId);
    if (institution.status !== 'active') throw new AppError('conflict', 'invitation.institutionInactive');
    const existing = await findUserByEmail(tctx.db, body.email);
    const membership = existing && (await findMembershipOf(tctx.db, existing.id, institution.id));
    if (membership?.status === 'active')
      throw new AppError('conflict', 'invitation.alreadyMember', {
        fields: [{ field: 'email', id: 'invitation.alreadyMember' }],
      });
    for (const previous of await findOpenInvitationsFor(tctx.db, institution.id, body.email)) {
      await markInvitationRevoked(tctx.db, previous.id);
      await recordAudit(tctx, {
        action: 'invitation.revoke',
        entityType: 'invitation',
        entityId: previous.id,
        institutionId: institution.id,
        changes: { replaced: true },
      });
    }
    const token = newToken();
    const invitation = await insertInvitation(tctx.db, {
      institutionId: institution.id,
      email: body.email,
      displayName: body.displayName,
      role: body.role,
      tokenHash: hashToken(token),
      invitedBy: tctx.actor!.userId,
      expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS),
    });
    await recordAudit(tctx, {
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: invitation.id,
      institutionId: institution.id,
      changes: { email: body.email, displayName: body.displayName, role: body.role },
    });
    return { invitation: withInviter(invitation, tctx), token };
  });
}

export async function listInvitations(
  ctx: Ctx,
  institutionId: string,
  query: ListInvitationsQuery,
): Promise<Page<InvitationWithInviter>> {
  const institution = await invitableInstitution(ctx, institutionId);
  const { rows, total } = await listOpenInvitations(ctx.db, institution.id, query);
  return { items: rows, total, page: query.page, pageSize: query.pageSize };
}

/** Makes a link unusable; an invitation of an institution the actor may not invite to answers 404. */
export async function revokeInvitation(ctx: Ctx, id: string): Promise<InvitationWithInviter> {
  return inTransaction(ctx, async (tctx) => {
    requireActor(tctx);
    const invitation = await findInvitationById(tctx.db, id);
    if (!invitation || !canReadMembers(tctx.actor, invitation.institutionId)) throw notFound();
    if (!canInvite(tctx.actor, invitation.institutionId)) throw new AppError('forbidden', 'forbidden');
    const revoked = await markInvitationRevoked(tctx.db, id);
    if (!revoked) throw new AppError('conflict', 'invitation.notOpen');
    await recordAudit(tctx, {
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: id,
      institutionId: invitation.institutionId,
    });
    return { ...revoked, invitedByName: null };
  });
}

/** Why a link no longer works, each with its own message: used, revoked, expired, or unknown. */
const closedReasons = {
  accepted: 'invitation.used',
  revoked: 'invitation.revoked',
  expired: 'invitation.expired',
} as const;

/** The open invitation a token names, or a 404 that says why the link does not work. */
async function openInvitationOf(ctx: Ctx, token: string) {
  const found = await findInvitationByTokenHash(ctx.db, hashToken(token));
  if (!found) throw notFound('invitation.notFound');
  const status = invitationStatus(found.invitation);
  if (status !== 'pending') throw notFound(closedReasons[status]);
  return found;
}

/** What the invitee's page shows before they accept; anyone holding the link may read it. */
export async function getInvitationByToken(ctx: Ctx, token: string) {
  const found = await openInvitationOf(ctx, token);
  const account = await findUserByEmail(ctx.db, found.invitation.email);
  return {
    invitation: { ...found.invitation, invitedByName: null },
    institutionName: found.institutionName,
    accountExists: Boolean(account),
  };
}

export interface AcceptedInvitation {
  user: typeof users.$inferSelect;
  /** A new session when the account was created here; null when the person was already signed in. */
  session: OpenedSession | null;
}

/**
 * Accepts an invitation. A new person gets an account with the name and password they chose and
 * is signed in. A person who already has an account with that address must be signed in as it,
 * and only gains the membership: nobody joins an institution on an account they cannot open.
 */
export async function acceptInvitation(
  ctx: Ctx,
  body: AcceptInvitationBody,
  sessionTtlHours: number,
  userAgent: string | undefined,
): Promise<AcceptedInvitation> {
  return inTransaction(ctx, async (tctx) => {
    const { invitation } = await openInvitationOf(tctx, body.token);
    const existing = await findUserByEmail(tctx.db, invitation.email);
    if (existing && !tctx.actor) throw new AppError('unauthenticated', 'invitation.signInFirst');
    if (existing && tctx.actor?.userId !== existing.id)
      throw new AppError('conflict', 'invitation.otherAccount', { params: { email: invitation.email } });
    if (!existing && body.password === undefined) throw invalidField('password', 'field.required');

    const user =
      existing ??
      (await insertAccount(
        { ...tctx, actor: null },
        {
          email: invitation.email,
          displayName: body.displayName ?? invitation.displayName,
          password: body.password,
        },
      ));
    const asInvitee: Ctx = { ...tctx, actor: await actorOf(tctx.db, user) };
    if (!(await markInvitationAccepted(tctx.db, invitation.id))) throw notFound('invitation.used');
    await grantMembership(asInvitee, {
      userId: user.id,
      institutionId: invitation.institutionId,
      role: invitation.role,
    });
    await recordAudit(asInvitee, {
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: invitation.id,
      institutionId: invitation.institutionId,
      changes: { userId: user.id, role: invitation.role, newAccount: !existing },
    });
    const session = existing ? null : await openSession(tctx, user, 'password', sessionTtlHours, userAgent);
    return { user, session };
  });
}
