import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../../../common/enums';
import type { Actor } from '../../platform/authz';
import {
  canActForMember,
  canCreatePartnership,
  canGovern,
  canViewPrivate,
  memberAbilities,
  type PartnershipFacts,
  partnershipAbilities,
} from './partnership.policy';

const actorAt = (institutionId: string, role: MembershipRole): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: 'I', role }],
});
const admin: Actor = { ...actorAt('x', 'caseWorker'), isPlatformAdmin: true, memberships: [] };

const partnership: PartnershipFacts = {
  status: 'active',
  members: [
    { id: 'm1', institutionId: 'ops', role: 'leader' },
    { id: 'm2', institutionId: 'ngo', role: 'coordinator' },
    { id: 'm3', institutionId: 'pup', role: 'implementer' },
  ],
};

describe('partnership policy', () => {
  it('every role of a member institution sees the private part; an outsider does not', () => {
    expect(canViewPrivate(actorAt('pup', 'caseWorker'), partnership)).toBe(true);
    expect(canViewPrivate(actorAt('pup', 'evaluator'), partnership)).toBe(true);
    expect(canViewPrivate(actorAt('other', 'institutionAdmin'), partnership)).toBe(false);
    expect(canViewPrivate(admin, partnership)).toBe(true);
  });

  it('the leader and coordinators govern through their managers; an implementer does not', () => {
    expect(canGovern(actorAt('ops', 'manager'), partnership)).toBe(true);
    expect(canGovern(actorAt('ngo', 'coordinator'), partnership)).toBe(true);
    expect(canGovern(actorAt('ops', 'caseWorker'), partnership)).toBe(false);
    expect(canGovern(actorAt('pup', 'institutionAdmin'), partnership)).toBe(false);
    expect(canGovern(admin, partnership)).toBe(true);
  });

  it("an implementer's manager acts for its own member only", () => {
    const pupManager = actorAt('pup', 'manager');
    expect(canActForMember(pupManager, partnership, { institutionId: 'pup' })).toBe(true);
    expect(canActForMember(pupManager, partnership, { institutionId: 'ngo' })).toBe(false);
  });

  it('only an institution that joins may found a partnership', () => {
    expect(canCreatePartnership(actorAt('ops', 'coordinator'), ['ops', 'pup'])).toBe(true);
    expect(canCreatePartnership(actorAt('ops', 'official'), ['ops', 'pup'])).toBe(false);
    expect(canCreatePartnership(actorAt('other', 'institutionAdmin'), ['ops', 'pup'])).toBe(false);
  });

  it('a closed partnership can only be taken back in its lifecycle', () => {
    const closed = { ...partnership, status: 'closed' as const };
    expect(partnershipAbilities(actorAt('ops', 'manager'), closed)).toEqual({
      viewPrivate: true,
      update: false,
      manageMembers: false,
      manageLifecycle: true,
      manageMeetings: false,
    });
  });

  it('the leader cannot simply leave; a member that left can do nothing more', () => {
    const manager = actorAt('ops', 'manager');
    expect(
      memberAbilities(manager, partnership, { institutionId: 'ops', role: 'leader', leftAt: null }).leave,
    ).toBe(false);
    expect(
      memberAbilities(manager, partnership, { institutionId: 'pup', role: 'member', leftAt: new Date() }),
    ).toEqual({ update: false, leave: false, manageContacts: false });
  });
});
