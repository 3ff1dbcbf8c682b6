import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../../../common/enums';
import type { Actor } from '../../platform/authz';
import {
  canAdministerAccounts,
  canInvite,
  canManageMembers,
  canReadMembers,
  invitationAbilities,
  memberScope,
  membershipAbilities,
  userAbilities,
} from './accounts.policy';

const OWN = '0190f3a4-0000-7000-8000-000000000001';
const OTHER = '0190f3a4-0000-7000-8000-000000000002';

const member = (role: MembershipRole, institutionId = OWN): Actor => ({
  userId: 'u1',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: 'Own', role }],
});
const platformAdmin: Actor = { ...member('evaluator'), memberships: [], isPlatformAdmin: true };

describe('accounts policy', () => {
  it('an admin, a manager and a coordinator read their own institution’s members, no other role does', () => {
    for (const role of ['institutionAdmin', 'manager', 'coordinator'] as const)
      expect(canReadMembers(member(role), OWN)).toBe(true);
    for (const role of ['caseWorker', 'official', 'evaluator'] as const)
      expect(canReadMembers(member(role), OWN)).toBe(false);
    expect(canReadMembers(member('institutionAdmin'), OTHER)).toBe(false);
    expect(canReadMembers(null, OWN)).toBe(false);
  });

  it('only the institution’s admin invites and manages its members; the platform admin everywhere', () => {
    expect(canInvite(member('institutionAdmin'), OWN)).toBe(true);
    expect(canManageMembers(member('institutionAdmin'), OWN)).toBe(true);
    expect(canInvite(member('manager'), OWN)).toBe(false);
    expect(canManageMembers(member('manager'), OWN)).toBe(false);
    expect(canInvite(member('institutionAdmin'), OTHER)).toBe(false);
    expect(canManageMembers(member('institutionAdmin'), OTHER)).toBe(false);
    expect(canInvite(platformAdmin, OTHER)).toBe(true);
    expect(canManageMembers(platformAdmin, OTHER)).toBe(true);
  });

  it('only the platform admin administers accounts and lists everyone', () => {
    expect(canAdministerAccounts(platformAdmin)).toBe(true);
    expect(canAdministerAccounts(member('institutionAdmin'))).toBe(false);
    expect(memberScope(platformAdmin)).toBeNull();
    expect(memberScope(member('coordinator'))).toEqual([OWN]);
    expect(memberScope(member('caseWorker'))).toEqual([]);
  });

  it('an active membership can be changed and ended, unless it is the last acting administrator', () => {
    const admin = member('institutionAdmin');
    expect(membershipAbilities(admin, { institutionId: OWN, status: 'active' }, false)).toEqual({
      changeRole: true,
      deactivate: true,
    });
    expect(membershipAbilities(admin, { institutionId: OWN, status: 'active' }, true)).toEqual({
      changeRole: false,
      deactivate: false,
    });
    expect(membershipAbilities(admin, { institutionId: OWN, status: 'inactive' }, false).deactivate).toBe(
      false,
    );
    expect(membershipAbilities(admin, { institutionId: OTHER, status: 'active' }, false).changeRole).toBe(
      false,
    );
  });

  it('an open invitation (pending or expired) can be revoked by who may invite there', () => {
    const admin = member('institutionAdmin');
    expect(invitationAbilities(admin, { institutionId: OWN, status: 'pending' }).revoke).toBe(true);
    expect(invitationAbilities(admin, { institutionId: OWN, status: 'expired' }).revoke).toBe(true);
    expect(invitationAbilities(admin, { institutionId: OWN, status: 'accepted' }).revoke).toBe(false);
    expect(invitationAbilities(admin, { institutionId: OWN, status: 'revoked' }).revoke).toBe(false);
    expect(invitationAbilities(member('manager'), { institutionId: OWN, status: 'pending' }).revoke).toBe(
      false,
    );
  });

  it('the platform admin blocks others’ accounts but never their own', () => {
    expect(userAbilities(platformAdmin, { id: 'u2', status: 'active' })).toEqual({
      deactivate: true,
      reactivate: false,
    });
    expect(userAbilities(platformAdmin, { id: 'u1', status: 'active' }).deactivate).toBe(false);
    expect(userAbilities(platformAdmin, { id: 'u2', status: 'inactive' }).reactivate).toBe(true);
    expect(userAbilities(member('institutionAdmin'), { id: 'u2', status: 'active' }).deactivate).toBe(false);
  });
});
