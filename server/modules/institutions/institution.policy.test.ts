import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../../../common/enums';
import type { Actor } from '../../platform/authz';
import {
  canCreateInstitution,
  canDeactivateInstitution,
  canReadInstitutions,
  canUpdateInstitution,
  institutionAbilities,
} from './institution.policy';

const OWN = { id: '0190f3a4-0000-7000-8000-000000000001' };
const OTHER = { id: '0190f3a4-0000-7000-8000-000000000002' };

const member = (role: MembershipRole, institutionId = OWN.id): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: 'Own', role }],
});
const platformAdmin: Actor = { ...member('evaluator'), memberships: [], isPlatformAdmin: true };

describe('institution policy', () => {
  it('every signed-in user reads the registry; a stranger does not', () => {
    expect(canReadInstitutions(member('evaluator'))).toBe(true);
    expect(canReadInstitutions({ ...member('caseWorker'), memberships: [] })).toBe(true);
    expect(canReadInstitutions(null)).toBe(false);
  });

  it('only a platform administrator adds an institution to the registry', () => {
    expect(canCreateInstitution(platformAdmin)).toBe(true);
    expect(canCreateInstitution(member('institutionAdmin'))).toBe(false);
    expect(canCreateInstitution(null)).toBe(false);
  });

  it('an administrator or manager edits their own institution, no other role does', () => {
    expect(canUpdateInstitution(member('institutionAdmin'), OWN)).toBe(true);
    expect(canUpdateInstitution(member('manager'), OWN)).toBe(true);
    for (const role of ['coordinator', 'caseWorker', 'official', 'evaluator'] as const)
      expect(canUpdateInstitution(member(role), OWN), role).toBe(false);
  });

  it("an institution's administrator cannot edit another institution", () => {
    expect(canUpdateInstitution(member('institutionAdmin'), OTHER)).toBe(false);
    expect(canDeactivateInstitution(member('institutionAdmin'), OTHER)).toBe(false);
  });

  it('only the institution administrator (or a platform administrator) deactivates it, not a manager', () => {
    expect(canDeactivateInstitution(member('institutionAdmin'), OWN)).toBe(true);
    expect(canDeactivateInstitution(member('manager'), OWN)).toBe(false);
    expect(canDeactivateInstitution(platformAdmin, OTHER)).toBe(true);
    expect(canDeactivateInstitution(null, OWN)).toBe(false);
  });

  it('abilities sent with a card follow the same rules', () => {
    expect(institutionAbilities(member('manager'), OWN)).toEqual({ update: true, deactivate: false });
    expect(institutionAbilities(member('manager'), OTHER)).toEqual({ update: false, deactivate: false });
    expect(institutionAbilities(platformAdmin, OTHER)).toEqual({ update: true, deactivate: true });
  });
});
