import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../../../common/enums';
import type { Actor } from '../../platform/authz';
import type { PartnershipFacts } from './partnership.policy';
import { canChangeTaskStatus, canManageOwnMeans, canManagePlan, membersActorSpeaksFor } from './plan.policy';

const actorAt = (institutionId: string, role: MembershipRole): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: 'I', role }],
});

const ops = { id: 'm1', institutionId: 'ops', role: 'leader' as const };
const ngo = { id: 'm2', institutionId: 'ngo', role: 'coordinator' as const };
const pup = { id: 'm3', institutionId: 'pup', role: 'implementer' as const };
const partnership: PartnershipFacts = { status: 'active', members: [ops, ngo, pup] };

describe('plan policy', () => {
  it('the leader and coordinators write the shared plan; an implementer and a case worker do not', () => {
    expect(canManagePlan(actorAt('ops', 'manager'), partnership)).toBe(true);
    expect(canManagePlan(actorAt('ngo', 'coordinator'), partnership)).toBe(true);
    expect(canManagePlan(actorAt('pup', 'institutionAdmin'), partnership)).toBe(false);
    expect(canManagePlan(actorAt('ops', 'caseWorker'), partnership)).toBe(false);
  });

  it("each partner commits only its own means: not even the leader writes another's budget line", () => {
    expect(canManageOwnMeans(actorAt('pup', 'manager'), partnership, pup)).toBe(true);
    expect(canManageOwnMeans(actorAt('ops', 'manager'), partnership, pup)).toBe(false);
    expect(canManageOwnMeans(actorAt('pup', 'caseWorker'), partnership, pup)).toBe(false);
    expect(membersActorSpeaksFor(actorAt('pup', 'manager'), partnership)).toEqual(['m3']);
  });

  it('the responsible partner moves its own task; another implementer does not', () => {
    expect(canChangeTaskStatus(actorAt('pup', 'coordinator'), partnership, pup)).toBe(true);
    expect(canChangeTaskStatus(actorAt('pup', 'coordinator'), partnership, ngo)).toBe(false);
    expect(canChangeTaskStatus(actorAt('pup', 'coordinator'), partnership, null)).toBe(false);
    expect(canChangeTaskStatus(actorAt('ngo', 'manager'), partnership, pup)).toBe(true);
  });

  it('a closed partnership keeps its plan and means as they were', () => {
    const closed = { ...partnership, status: 'closed' as const };
    expect(canManagePlan(actorAt('ops', 'manager'), closed)).toBe(false);
    expect(canManageOwnMeans(actorAt('pup', 'manager'), closed, pup)).toBe(false);
    expect(membersActorSpeaksFor(actorAt('pup', 'manager'), closed)).toEqual([]);
  });
});
