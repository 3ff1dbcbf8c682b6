import { users } from '../../../server/modules/accounts';
import { hashPassword } from '../../../server/platform/auth';
import type { Ctx } from '../../../server/platform/authz';
import { newId } from '../../../server/platform/db';

export const DEFAULT_PASSWORD = 'Test-password-123';

let counter = 0;

/** A signed-up user with a known password. */
export async function buildUser(ctx: Ctx, overrides: Partial<typeof users.$inferInsert> = {}) {
  counter += 1;
  const [user] = await ctx.db
    .insert(users)
    .values({
      id: newId(),
      email: `user${counter}-${newId().slice(-6)}@example.pl`,
      displayName: `Użytkownik ${counter}`,
      passwordHash: await hashPassword(DEFAULT_PASSWORD),
      ...overrides,
    })
    .returning();
  return user!;
}
