import { z } from 'zod';
import { displayNameSchema, type ListUsersQuery } from '../../../common/contracts/accounts';
import { emailSchema } from '../../../common/contracts/auth';
import type { Page } from '../../../common/contracts/pagination';
import { newPasswordSchema, passwordIssue } from '../../../common/contracts/password';
import { toSearchable } from '../../../common/text';
import { changedFields, recordAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/auth';
import { type Ctx, inTransaction, requireActor } from '../../platform/authz';
import { AppError, isUniqueViolation, notFound, RequestValidationError } from '../../platform/errors';
import { emailTaken, invalidField } from './account-errors';
import { canAdministerAccounts, memberScope } from './accounts.policy';
import { deleteUserSessions, findUserByEmail, findUserById } from './accounts.repository';
import {
  findActiveMembershipsOf,
  insertUser,
  isMemberOfAny,
  searchUsers,
  type UserMembership,
  type UserRow,
  updateUserAtVersion,
} from './user.repository';

const createUserInput = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema.optional(),
  isPlatformAdmin: z.boolean().default(false),
});
export type CreateUserInput = z.input<typeof createUserInput>;

/** The fields whose before/after the audit log keeps; never the password hash. */
const AUDITED_FIELDS = ['email', 'displayName', 'isPlatformAdmin', 'status', 'locale'] as const;

export type UserRecord = UserRow & { memberships: UserMembership[] };

/**
 * Inserts an account after checking the password rules against its e-mail. The caller has
 * authorised it and runs it in its transaction; `ctx.actor` is whom the audit row names (the
 * new person themselves when they accept an invitation).
 */
export async function insertAccount(
  ctx: Ctx,
  input: { email: string; displayName: string; password?: string | undefined; isPlatformAdmin?: boolean },
): Promise<UserRow> {
  if (input.password !== undefined) {
    const issue = passwordIssue(input.password, input.email);
    if (issue) throw invalidField('password', issue);
  }
  if (await findUserByEmail(ctx.db, input.email)) throw emailTaken();
  let user: UserRow;
  try {
    user = await insertUser(ctx.db, {
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      searchName: toSearchable(input.displayName),
      passwordHash: input.password === undefined ? null : await hashPassword(input.password),
      isPlatformAdmin: input.isPlatformAdmin ?? false,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw emailTaken();
    throw err;
  }
  await recordAudit(ctx, {
    action: 'user.create',
    entityType: 'user',
    entityId: user.id,
    changes: changedFields(null, user, AUDITED_FIELDS),
  });
  return user;
}

/**
 * Creates an account directly, outside the invitation path: the demo seed and imports (system
 * context) and the platform admin. Without a password the person can only sign in through OIDC.
 */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<UserRow> {
  if (!ctx.system) {
    requireActor(ctx);
    if (!canAdministerAccounts(ctx.actor)) throw new AppError('forbidden', 'forbidden');
  }
  const parsed = createUserInput.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new RequestValidationError(parsed.error.issues, 'body');
  return inTransaction(ctx, (tctx) => insertAccount(tctx, parsed.data));
}

/** The platform admin sees every account; others see the members of the institutions whose members they may read. */
export async function listUsers(ctx: Ctx, query: ListUsersQuery): Promise<Page<UserRecord>> {
  requireActor(ctx);
  const { rows, total } = await searchUsers(ctx.db, query, memberScope(ctx.actor));
  const memberships = await findActiveMembershipsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) => ({ ...row, memberships: memberships.get(row.id) ?? [] })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function recordOf(ctx: Ctx, user: UserRow): Promise<UserRecord> {
  const memberships = await findActiveMembershipsOf(ctx.db, [user.id]);
  return { ...user, memberships: memberships.get(user.id) ?? [] };
}

/**
 * The account to block or unblock. Only the platform admin may; an institution admin who can see
 * the person (a member of their institution) is refused with 403, anyone else learns nothing (404).
 */
async function loadForAdministration(ctx: Ctx, id: string): Promise<UserRow> {
  requireActor(ctx);
  const user = await findUserById(ctx.db, id);
  if (!user) throw notFound();
  if (canAdministerAccounts(ctx.actor)) return user;
  const scope = memberScope(ctx.actor) ?? [];
  if (await isMemberOfAny(ctx.db, user.id, scope)) throw new AppError('forbidden', 'forbidden');
  throw notFound();
}

async function writeUser(ctx: Ctx, current: UserRow, changes: Partial<UserRow>): Promise<UserRow> {
  const updated = await updateUserAtVersion(ctx.db, current.id, current.version, changes);
  if (!updated) throw new AppError('conflict', 'versionConflict');
  return updated;
}

/**
 * Blocks an account on every institution at once and ends all its sessions: the person is signed
 * out on their next request, and cannot sign in again until reactivated.
 */
export async function deactivateUser(ctx: Ctx, id: string): Promise<UserRecord> {
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForAdministration(tctx, id);
    if (current.status === 'inactive') throw new AppError('conflict', 'user.alreadyInactive');
    if (current.id === tctx.actor?.userId) throw new AppError('conflict', 'user.cannotDeactivateSelf');
    const updated = await writeUser(tctx, current, {
      status: 'inactive',
      deactivatedAt: new Date(),
      deactivatedBy: tctx.actor?.userId ?? null,
    });
    await deleteUserSessions(tctx.db, id);
    await recordAudit(tctx, {
      action: 'user.deactivate',
      entityType: 'user',
      entityId: id,
      changes: changedFields(current, updated, AUDITED_FIELDS),
    });
    return recordOf(tctx, updated);
  });
}

/** Unblocks an account; a lockout after wrong passwords is lifted too, since an admin has looked at it. */
export async function reactivateUser(ctx: Ctx, id: string): Promise<UserRecord> {
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForAdministration(tctx, id);
    if (current.status === 'active') throw new AppError('conflict', 'user.alreadyActive');
    const updated = await writeUser(tctx, current, {
      status: 'active',
      deactivatedAt: null,
      deactivatedBy: null,
      failedLoginCount: 0,
      lockedUntil: null,
    });
    await recordAudit(tctx, {
      action: 'user.reactivate',
      entityType: 'user',
      entityId: id,
      changes: changedFields(current, updated, AUDITED_FIELDS),
    });
    return recordOf(tctx, updated);
  });
}
