import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz';
import {
  canManageProgramme,
  matchAbilities,
  participantAbilities,
  programmeAbilities,
} from './programme.policy';

const member = (institutionId: string, role: Actor['memberships'][number]['role']): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: institutionId, role }],
});

describe('who runs a preparation programme', () => {
  it('those who speak for the CIS or KIS, for their own institution only; a case worker does not', () => {
    for (const role of ['institutionAdmin', 'manager', 'coordinator'] as const) {
      expect(canManageProgramme(member('cis', role), { institutionId: 'cis' })).toBe(true);
      expect(canManageProgramme(member('other', role), { institutionId: 'cis' })).toBe(false);
    }
    expect(canManageProgramme(member('cis', 'caseWorker'), { institutionId: 'cis' })).toBe(false);
  });

  it('a finished programme cannot be changed or enrolled in', () => {
    expect(programmeAbilities(member('cis', 'manager'), { institutionId: 'cis', state: 'finished' })).toEqual(
      {
        update: false,
        advance: false,
        enroll: false,
      },
    );
  });

  it('only a graduate without a pending or successful match can be matched', () => {
    const actor = member('cis', 'manager');
    const running = { institutionId: 'cis', state: 'running' as const };
    expect(participantAbilities(actor, running, { state: 'inProgress' }, false).match).toBe(false);
    expect(participantAbilities(actor, running, { state: 'graduated' }, false).match).toBe(true);
    expect(participantAbilities(actor, running, { state: 'graduated' }, true).match).toBe(false);
  });

  it("the provider records a match's result; the CIS may only withdraw it", () => {
    const match = { providerInstitutionId: 'pes', programmeInstitutionId: 'cis', result: 'pending' };
    expect(matchAbilities(member('pes', 'manager'), match)).toEqual({ recordResult: true, withdraw: true });
    expect(matchAbilities(member('cis', 'manager'), match)).toEqual({ recordResult: false, withdraw: true });
    expect(matchAbilities(member('ops', 'manager'), match)).toEqual({ recordResult: false, withdraw: false });
    expect(matchAbilities(member('pes', 'manager'), { ...match, result: 'hired' }).recordResult).toBe(false);
  });
});
