import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz';
import {
  canCreateProgramme,
  canManageProgramme,
  seesParticipant,
  seesWholeProgramme,
} from './training-programme.policy';

const OPERATOR = '0190f3a4-0000-7000-8000-000000000001';
const JST = '0190f3a4-0000-7000-8000-000000000002';
const actor = (memberships: Actor['memberships'], isPlatformAdmin = false): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin,
  memberships,
});
const at = (institutionId: string, role: Actor['memberships'][number]['role']) =>
  actor([{ institutionId, institutionName: 'X', role }]);
const programme = { operatorInstitutionId: OPERATOR };

describe('training programme policy', () => {
  it('only the platform administrator starts a programme', () => {
    expect(canCreateProgramme(actor([], true))).toBe(true);
    expect(canCreateProgramme(at(OPERATOR, 'institutionAdmin'))).toBe(false);
  });

  it("the operator's managers run it; its other people read all of it", () => {
    expect(canManageProgramme(at(OPERATOR, 'coordinator'), programme)).toBe(true);
    expect(canManageProgramme(at(OPERATOR, 'evaluator'), programme)).toBe(false);
    expect(seesWholeProgramme(at(OPERATOR, 'evaluator'), programme)).toBe(true);
    expect(canManageProgramme(at(JST, 'manager'), programme)).toBe(false);
  });

  it('a JST sees its own participation only', () => {
    expect(seesParticipant(at(JST, 'official'), programme, JST)).toBe(true);
    expect(seesParticipant(at(JST, 'official'), programme, OPERATOR)).toBe(false);
    expect(seesWholeProgramme(at(JST, 'official'), programme)).toBe(false);
  });

  it('a programme without an operator is run by the platform administrator alone', () => {
    const own = { operatorInstitutionId: null };
    expect(canManageProgramme(actor([], true), own)).toBe(true);
    expect(canManageProgramme(at(OPERATOR, 'institutionAdmin'), own)).toBe(false);
  });
});
