import type { MembershipRole } from '../../../common/enums';
import { addMembership, type CreateUserInput, createUser } from '../../../server/modules/accounts';
import type { Ctx } from '../../../server/platform/authz';
import { newId } from '../../../server/platform/db';

export const DEFAULT_PASSWORD = 'Test-password-123';

let counter = 0;

/** A signed-up user with a known password, created through the real service (rules, audit and all). */
export async function buildUser(ctx: Ctx, overrides: Partial<CreateUserInput> = {}) {
  counter += 1;
  return createUser(ctx, {
    email: `user${counter}-${newId().slice(-6)}@example.pl`,
    displayName: `Użytkownik ${counter}`,
    password: DEFAULT_PASSWORD,
    ...overrides,
  });
}

/** A user with a role at an institution; `membership` is the membership that gives it. */
export async function buildMember(
  ctx: Ctx,
  institutionId: string,
  role: MembershipRole,
  overrides: Partial<CreateUserInput> = {},
) {
  const user = await buildUser(ctx, overrides);
  const membership = await addMembership(ctx, { userId: user.id, institutionId, role });
  return { ...user, membership };
}
