import type { ProfileView, UserSummary } from '../../../common/contracts/accounts';
import type { Locale } from '../../../common/i18n';
import type { Actor } from '../../platform/authz';
import { userAbilities } from './accounts.policy';
import type { UserRow } from './user.repository';
import type { UserRecord } from './user.service';

/** An account in the platform admin's list: never the password hash or the lockout counters. */
export function presentUserSummary(record: UserRecord, actor: Actor | null): UserSummary {
  return {
    id: record.id,
    email: record.email,
    displayName: record.displayName,
    isPlatformAdmin: record.isPlatformAdmin,
    status: record.status,
    locked: Boolean(record.lockedUntil && record.lockedUntil > new Date()),
    memberships: record.memberships.map((m) => ({
      institutionId: m.institutionId,
      institutionName: m.institutionName,
      role: m.role,
    })),
    createdAt: record.createdAt.toISOString(),
    abilities: userAbilities(actor, record),
  };
}

/** The signed-in person's own account, as the profile page edits it. */
export const presentProfile = (user: UserRow): ProfileView => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  locale: user.locale as Locale,
  hasPassword: user.passwordHash !== null,
  version: user.version,
});
