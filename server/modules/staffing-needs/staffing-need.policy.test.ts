import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz';
import { canDeclareFor, needAbilities } from './staffing-need.policy';

const member = (role: Actor['memberships'][number]['role']): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId: 'pes', institutionName: 'PES', role }],
});

describe('who declares and changes staffing needs', () => {
  it("the provider's administrator, manager and coordinator, for their own institution only", () => {
    for (const role of ['institutionAdmin', 'manager', 'coordinator'] as const) {
      expect(canDeclareFor(member(role), 'pes')).toBe(true);
      expect(canDeclareFor(member(role), 'other')).toBe(false);
    }
    expect(canDeclareFor(member('caseWorker'), 'pes')).toBe(false);
  });

  it('a need closed as filled or withdrawn is history: nobody changes it', () => {
    expect(needAbilities(member('manager'), { institutionId: 'pes', status: 'open' })).toEqual({
      update: true,
    });
    expect(needAbilities(member('manager'), { institutionId: 'pes', status: 'filled' })).toEqual({
      update: false,
    });
  });
});
