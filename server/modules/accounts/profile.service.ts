import type { ChangePasswordBody, UpdateProfileBody } from '../../../common/contracts/accounts';
import { passwordIssue } from '../../../common/contracts/password';
import { toSearchable } from '../../../common/text';
import { changedFields, recordAudit } from '../../platform/audit';
import { hashPassword, verifyPassword } from '../../platform/auth';
import { type Ctx, inTransaction, requireActor } from '../../platform/authz';
import { notFound, versionConflict } from '../../platform/errors';
import { invalidField } from './account-errors';
import { deleteOtherSessions, findUserById } from './accounts.repository';
import { presentProfile } from './user.presenter';
import { type UserRow, updateUserAtVersion } from './user.repository';

const AUDITED_FIELDS = ['displayName', 'locale'] as const;

/** The signed-in person's own account; everyone may read and change their own, whatever their role. */
async function ownAccount(ctx: Ctx): Promise<UserRow> {
  requireActor(ctx);
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw notFound();
  return user;
}

export const getProfile = (ctx: Ctx): Promise<UserRow> => ownAccount(ctx);

/** Changes the display name and the interface language (which the server's messages follow too). */
export async function updateProfile(ctx: Ctx, body: UpdateProfileBody): Promise<UserRow> {
  return inTransaction(ctx, async (tctx) => {
    const current = await ownAccount(tctx);
    if (current.version !== body.version) throw versionConflict(presentProfile(current));
    const next = {
      ...current,
      displayName: body.displayName ?? current.displayName,
      locale: body.locale ?? current.locale,
    };
    const changes = changedFields(current, next, AUDITED_FIELDS);
    if (Object.keys(changes).length === 0) return current;
    const updated = await updateUserAtVersion(tctx.db, current.id, current.version, {
      displayName: next.displayName,
      searchName: toSearchable(next.displayName),
      locale: next.locale,
    });
    if (!updated) throw versionConflict(presentProfile((await findUserById(tctx.db, current.id)) ?? current));
    await recordAudit(tctx, { action: 'profile.update', entityType: 'user', entityId: current.id, changes });
    return updated;
  });
}

/**
 * Changes the password after checking the current one, and ends every other session: whoever
 * may have learnt the old password is signed out everywhere but here.
 */
export async function changePassword(
  ctx: Ctx,
  body: ChangePasswordBody,
  currentSessionId: string,
): Promise<UserRow> {
  return inTransaction(ctx, async (tctx) => {
    const current = await ownAccount(tctx);
    if (current.passwordHash && !(await verifyPassword(current.passwordHash, body.currentPassword)))
      throw invalidField('currentPassword', 'profile.wrongCurrentPassword');
    const issue = passwordIssue(body.newPassword, current.email);
    if (issue) throw invalidField('newPassword', issue);
    const updated = await updateUserAtVersion(tctx.db, current.id, current.version, {
      passwordHash: await hashPassword(body.newPassword),
    });
    if (!updated) throw versionConflict(presentProfile(current));
    await deleteOtherSessions(tctx.db, current.id, currentSessionId);
    await recordAudit(tctx, {
      action: 'profile.changePassword',
      entityType: 'user',
      entityId: current.id,
      changes: { password: 'changed', otherSessionsEnded: true },
    });
    return updated;
  });
}
