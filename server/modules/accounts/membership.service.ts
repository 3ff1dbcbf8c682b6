import { z } from 'zod';
import type {
  ChangeRoleBody,
  DeactivateMembershipBody,
  ListMembersQuery,
} from '../../../common/contracts/accounts';
import type { Page } from '../../../common/contracts/pagination';
import { type MembershipRole, membershipRoles } from '../../../common/enums';
import { changedFields, recordAudit } from '../../platform/audit';
import { type Ctx, inTransaction, requireActor } from '../../platform/authz';
import { AppError, notFound, RequestValidationError, versionConflict } from '../../platform/errors';
import { findInstitutionById, type InstitutionRow } from '../institutions';
import { canAdministerAccounts, canManageMembers, canReadMembers } from './accounts.policy';
import { findUserById } from './accounts.repository';
import { presentMember } from './member.presenter';
import {
  findActiveAdminIds,
  findMemberById,
  findMembershipOf,
  insertMembership,
  lockActiveAdminIds,
  type MemberRow,
  type MembershipRow,
  searchMembers,
  updateMembershipAtVersion,
} from './membership.repository';

const addMembershipInput = z.strictObject({
  userId: z.uuid(),
  institutionId: z.uuid(),
  role: z.enum(membershipRoles),
});
export type AddMembershipInput = z.input<typeof addMembershipInput>;

const AUDITED_FIELDS = ['userId', 'institutionId', 'role', 'status'] as const;

/** A member with what the list needs beside it: whether they are the institution's last acting administrator. */
export type MemberRecord = MemberRow & { isLastAdmin: boolean };

export interface MemberPage extends Page<MemberRecord> {
  institution: InstitutionRow;
}

const withAdmins = (row: MemberRow, adminIds: string[]): MemberRecord => ({
  ...row,
  isLastAdmin: adminIds.length === 1 && adminIds[0] === row.membership.id,
});

/**
 * Gives a person a role at an institution, or gives it back when an earlier membership was
 * ended (one row per person and institution). The caller has authorised it and owns the
 * transaction; the invitation path and {@link addMembership} share it.
 */
export async function grantMembership(
  ctx: Ctx,
  input: { userId: string; institutionId: string; role: MembershipRole },
): Promise<MembershipRow> {
  const existing = await findMembershipOf(ctx.db, input.userId, input.institutionId);
  if (existing?.status === 'active') throw new AppError('conflict', 'membership.exists');
  const row = existing
    ? await updateMembershipAtVersion(ctx.db, existing.id, existing.version, {
        role: input.role,
        status: 'active',
      })
    : await insertMembership(ctx.db, { ...input, createdBy: ctx.actor?.userId ?? null });
  if (!row) throw new AppError('conflict', 'versionConflict');
  await recordAudit(ctx, {
    action: existing ? 'membership.reactivate' : 'membership.create',
    entityType: 'membership',
    entityId: row.id,
    institutionId: row.institutionId,
    changes: changedFields(existing ?? null, row, AUDITED_FIELDS),
  });
  return row;
}

/**
 * Adds a person to an institution directly, without an invitation: for the demo seed and
 * imports (system context) and the platform admin.
 */
export async function addMembership(ctx: Ctx, input: AddMembershipInput): Promise<MembershipRow> {
  if (!ctx.system) {
    requireActor(ctx);
    if (!canAdministerAccounts(ctx.actor)) throw new AppError('forbidden', 'forbidden');
  }
  const parsed = addMembershipInput.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new RequestValidationError(parsed.error.issues, 'body');
  return inTransaction(ctx, async (tctx) => {
    if (!(await findInstitutionById(tctx.db, parsed.data.institutionId))) throw notFound();
    if (!(await findUserById(tctx.db, parsed.data.userId))) throw notFound();
    return grantMembership(tctx, parsed.data);
  });
}

/** An institution whose members the actor may see; any other answers 404, as if it did not exist. */
async function readableInstitution(ctx: Ctx, institutionId: string): Promise<InstitutionRow> {
  requireActor(ctx);
  const institution = await findInstitutionById(ctx.db, institutionId);
  if (!institution || !canReadMembers(ctx.actor, institution.id)) throw notFound();
  return institution;
}

export async function listMembers(
  ctx: Ctx,
  institutionId: string,
  query: ListMembersQuery,
): Promise<MemberPage> {
  const institution = await readableInstitution(ctx, institutionId);
  const [{ rows, total }, adminIds] = await Promise.all([
    searchMembers(ctx.db, institution.id, query),
    findActiveAdminIds(ctx.db, institution.id),
  ]);
  return {
    institution,
    items: rows.map((row) => withAdmins(row, adminIds)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Loads a membership to change, inside the change's transaction. A membership of an institution
 * the actor cannot see answers 404; one they see but may not manage 403; a stale version 409 with
 * the membership as it is now. The institution's acting administrators are locked, so the
 * last-administrator rule holds under concurrent changes.
 */
async function lockForChange(tctx: Ctx, id: string, version: number) {
  requireActor(tctx);
  const member = await findMemberById(tctx.db, id);
  if (!member || !canReadMembers(tctx.actor, member.membership.institutionId)) throw notFound();
  if (!canManageMembers(tctx.actor, member.membership.institutionId))
    throw new AppError('forbidden', 'forbidden');
  const adminIds = await lockActiveAdminIds(tctx.db, member.membership.institutionId);
  const record = withAdmins(member, adminIds);
  if (member.membership.version !== version) throw versionConflict(presentMember(record, tctx.actor));
  if (member.membership.status !== 'active') throw new AppError('conflict', 'membership.inactive');
  return record;
}

async function write(tctx: Ctx, current: MemberRecord, changes: Partial<MembershipRow>) {
  const updated = await updateMembershipAtVersion(
    tctx.db,
    current.membership.id,
    current.membership.version,
    changes,
  );
  if (!updated) throw versionConflict(presentMember(current, tctx.actor));
  return updated;
}

/** Changes a member's role; the last acting administrator cannot be demoted (409). */
export async function changeMemberRole(ctx: Ctx, id: string, body: ChangeRoleBody): Promise<MemberRecord> {
  return inTransaction(ctx, async (tctx) => {
    const current = await lockForChange(tctx, id, body.version);
    if (current.membership.role === body.role) return current;
    if (current.isLastAdmin) throw new AppError('conflict', 'membership.lastAdmin');
    const updated = await write(tctx, current, { role: body.role });
    await recordAudit(tctx, {
      action: 'membership.changeRole',
      entityType: 'membership',
      entityId: id,
      institutionId: updated.institutionId,
      changes: changedFields(current.membership, updated, AUDITED_FIELDS),
    });
    const adminIds = await findActiveAdminIds(tctx.db, updated.institutionId);
    return withAdmins({ ...current, membership: updated }, adminIds);
  });
}

/**
 * Ends a membership: the person keeps their account (and other institutions) but loses this
 * institution's rights on their very next request, since the actor is resolved per request.
 */
export async function deactivateMembership(
  ctx: Ctx,
  id: string,
  body: DeactivateMembershipBody,
): Promise<MemberRecord> {
  return inTransaction(ctx, async (tctx) => {
    const current = await lockForChange(tctx, id, body.version);
    if (current.isLastAdmin) throw new AppError('conflict', 'membership.lastAdmin');
    const updated = await write(tctx, current, { status: 'inactive' });
    await recordAudit(tctx, {
      action: 'membership.deactivate',
      entityType: 'membership',
      entityId: id,
      institutionId: updated.institutionId,
      changes: changedFields(current.membership, updated, AUDITED_FIELDS),
    });
    return { ...current, membership: updated, isLastAdmin: false };
  });
}
