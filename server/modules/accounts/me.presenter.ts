import type { MeResponse } from '../../../common/contracts/auth';
import type { Locale } from '../../../common/i18n';
import { type Permission, platformAdminPermissions, rolePermissions } from '../../../common/permissions';
import type { Executor } from '../../platform/db';
import type { users } from './accounts.table';
import { actorOf } from './session.service';

/** The signed-in user as the web app needs it: memberships and the union of permissions. */
export async function presentMe(db: Executor, user: typeof users.$inferSelect): Promise<MeResponse> {
  const actor = await actorOf(db, user);
  const granted = new Set<Permission>(
    actor.isPlatformAdmin
      ? platformAdminPermissions
      : actor.memberships.flatMap((m) => rolePermissions[m.role]),
  );
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      isPlatformAdmin: user.isPlatformAdmin,
      locale: user.locale as Locale,
      memberships: actor.memberships,
      permissions: [...granted],
    },
  };
}
