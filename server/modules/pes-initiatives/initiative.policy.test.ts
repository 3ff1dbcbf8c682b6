import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz';
import { canManageInitiative, canReadInitiative, initiativeAbilities } from './initiative.policy';

const member = (institutionId: string, role: Actor['memberships'][number]['role']): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: 'X', role }],
});
const admin: Actor = { ...member('none', 'evaluator'), memberships: [], isPlatformAdmin: true };
const parties = { jstInstitutionId: 'jst', owesInstitutionId: 'owes', pupInstitutionId: 'pup' };

describe('who sees and leads an initiative group', () => {
  it('its OWES, PUP and JST see it; another institution does not; the platform admin does', () => {
    for (const id of ['owes', 'pup', 'jst'])
      expect(canReadInitiative(member(id, 'evaluator'), parties)).toBe(true);
    expect(canReadInitiative(member('other-owes', 'institutionAdmin'), parties)).toBe(false);
    expect(canReadInitiative(admin, parties)).toBe(true);
    expect(canReadInitiative(null, parties)).toBe(false);
  });

  it('those who speak for its OWES or PUP lead it; the JST and a case worker only read', () => {
    expect(canManageInitiative(member('owes', 'coordinator'), parties)).toBe(true);
    expect(canManageInitiative(member('pup', 'manager'), parties)).toBe(true);
    expect(canManageInitiative(member('jst', 'institutionAdmin'), parties)).toBe(false);
    expect(canManageInitiative(member('owes', 'caseWorker'), parties)).toBe(false);
    expect(canManageInitiative(admin, parties)).toBe(true);
    expect(canManageInitiative(member('pup', 'manager'), { ...parties, pupInstitutionId: null })).toBe(false);
  });

  it('follows the states: registering may be registered, a registered or abandoned group is closed', () => {
    const owes = member('owes', 'coordinator');
    expect(initiativeAbilities(owes, { ...parties, state: 'forming' })).toEqual({
      update: true,
      advance: true,
      register: false,
      abandon: true,
    });
    expect(initiativeAbilities(owes, { ...parties, state: 'registering' })).toEqual({
      update: true,
      advance: false,
      register: true,
      abandon: true,
    });
    for (const state of ['registered', 'abandoned'] as const)
      expect(initiativeAbilities(owes, { ...parties, state })).toEqual({
        update: false,
        advance: false,
        register: false,
        abandon: false,
      });
  });
});
