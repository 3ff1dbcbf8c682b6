import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz';
import { assessmentAbilities, maySee, mayVerify } from './readiness.policy';

const actor = (memberships: Actor['memberships'], isPlatformAdmin = false): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin,
  memberships,
});
const owesCoordinator = actor([{ institutionId: 'owes', institutionName: 'OWES', role: 'coordinator' }]);
const owesWorker = actor([{ institutionId: 'owes', institutionName: 'OWES', role: 'caseWorker' }]);
const owesHere = [{ id: 'owes', type: 'owes' as const, voivodeshipCode: '06' }];

describe('who verifies a provider’s readiness', () => {
  it('an OWES coordinator of the provider’s voivodeship, not of another', () => {
    expect(mayVerify(owesCoordinator, owesHere, '06')).toBe(true);
    expect(mayVerify(owesCoordinator, owesHere, '14')).toBe(false);
  });

  it('not an OWES case worker, nor the coordinator of an institution that is not an OWES', () => {
    expect(mayVerify(owesWorker, owesHere, '06')).toBe(false);
    expect(mayVerify(owesCoordinator, [{ ...owesHere[0]!, type: 'ngo' }], '06')).toBe(false);
  });

  it('the platform administrator, as the platform’s expert, everywhere', () => {
    expect(mayVerify(actor([], true), [], '14')).toBe(true);
  });
});

describe('who sees an assessment', () => {
  const pesWorker = actor([{ institutionId: 'pes', institutionName: 'PES', role: 'caseWorker' }]);
  it('a draft only its provider’s members; a submitted one its verifiers too', () => {
    expect(maySee(pesWorker, { institutionId: 'pes', state: 'draft' }, false)).toBe(true);
    expect(maySee(owesCoordinator, { institutionId: 'pes', state: 'draft' }, true)).toBe(false);
    expect(maySee(owesCoordinator, { institutionId: 'pes', state: 'submitted' }, true)).toBe(true);
    expect(maySee(owesCoordinator, { institutionId: 'pes', state: 'submitted' }, false)).toBe(false);
  });

  it('a case worker of the provider reads but neither edits nor submits', () => {
    expect(assessmentAbilities(pesWorker, { institutionId: 'pes', status: 'draft' }, false)).toEqual({
      edit: false,
      submit: false,
      verify: false,
    });
  });
});
