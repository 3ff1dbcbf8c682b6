import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../../../common/enums';
import { membershipRoles } from '../../../common/enums';
import type { Actor } from '../../platform/authz';
import { canImportTerritory, canReadTerritory } from './territory.policy';

const member = (role: MembershipRole): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId: '0190f3a4-0000-7000-8000-000000000001', institutionName: 'OPS', role }],
});

describe('territory policy', () => {
  it.each(membershipRoles)('a %s of any institution reads the register', (role) => {
    expect(canReadTerritory(member(role))).toBe(true);
  });

  it('a stranger, or a user who belongs to no institution, does not read it', () => {
    expect(canReadTerritory(null)).toBe(false);
    expect(canReadTerritory({ ...member('caseWorker'), memberships: [] })).toBe(false);
  });

  it('a platform administrator reads it without a membership', () => {
    expect(canReadTerritory({ ...member('caseWorker'), memberships: [], isPlatformAdmin: true })).toBe(true);
  });

  it('only the platform itself imports a register, never a signed-in user', () => {
    expect(canImportTerritory({ system: true })).toBe(true);
    expect(canImportTerritory({ system: false })).toBe(false);
    expect(canImportTerritory({})).toBe(false);
  });
});
