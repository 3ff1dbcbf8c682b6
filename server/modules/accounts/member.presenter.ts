import type { MemberListResponse, MemberView } from '../../../common/contracts/accounts';
import type { Actor } from '../../platform/authz';
import { canInvite, canManageMembers, membershipAbilities } from './accounts.policy';
import type { MemberRow } from './membership.repository';
import type { MemberPage } from './membership.service';

/** A membership as the members list shows it, with what the actor may do to it. */
export function presentMember(record: MemberRow & { isLastAdmin: boolean }, actor: Actor | null): MemberView {
  const m = record.membership;
  return {
    id: m.id,
    userId: m.userId,
    email: record.email,
    displayName: record.displayName,
    role: m.role,
    status: m.status,
    accountStatus: record.accountStatus,
    createdAt: m.createdAt.toISOString(),
    version: m.version,
    abilities: membershipAbilities(actor, m, record.isLastAdmin),
  };
}

/** A page of members with what the actor may do at the institution itself. */
export function presentMemberPage(page: MemberPage, actor: Actor | null): MemberListResponse {
  return {
    items: page.items.map((item) => presentMember(item, actor)),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    institution: {
      id: page.institution.id,
      name: page.institution.name,
      abilities: {
        invite: canInvite(actor, page.institution.id),
        manage: canManageMembers(actor, page.institution.id),
      },
    },
  };
}
