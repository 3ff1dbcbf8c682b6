import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../../../common/enums';
import type { Actor } from '../../platform/authz';
import {
  canChangeTaskStatus,
  canManageGroup,
  canReadMayorSummary,
  canReadNeedsReport,
  canRespond,
  canViewGroup,
  type GroupFacts,
  groupAbilities,
  isCoordinator,
  visibleTask,
} from './cooperation-group.policy';

const actorAt = (institutionId: string, role: MembershipRole): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: 'I', role }],
});
const admin: Actor = { ...actorAt('x', 'caseWorker'), isPlatformAdmin: true, memberships: [] };

const group: GroupFacts = {
  opsInstitutionId: 'ops',
  status: 'active',
  members: [
    { id: 'm1', institutionId: 'pcpr', status: 'named' },
    { id: 'm2', institutionId: 'pup', status: 'requested' },
    { id: 'm3', institutionId: 'police', status: 'declined' },
  ],
};
const closed: GroupFacts = { ...group, status: 'closed' };

describe('cooperation group policy', () => {
  it('the OPS staff coordinate and see all; asked institutions see their part; others and decliners nothing', () => {
    expect(isCoordinator(actorAt('ops', 'caseWorker'), group)).toBe(true);
    expect(isCoordinator(actorAt('pcpr', 'institutionAdmin'), group)).toBe(false);
    expect(canViewGroup(actorAt('pcpr', 'caseWorker'), group)).toBe(true);
    expect(canViewGroup(actorAt('pup', 'evaluator'), group)).toBe(true);
    expect(canViewGroup(actorAt('police', 'institutionAdmin'), group)).toBe(false);
    expect(canViewGroup(actorAt('other', 'institutionAdmin'), group)).toBe(false);
    expect(canViewGroup(admin, group)).toBe(true);
  });

  it("only those who speak for the OPS manage; a member's manager does not", () => {
    expect(canManageGroup(actorAt('ops', 'coordinator'), group)).toBe(true);
    expect(canManageGroup(actorAt('ops', 'caseWorker'), group)).toBe(false);
    expect(canManageGroup(actorAt('pcpr', 'institutionAdmin'), group)).toBe(false);
    expect(groupAbilities(actorAt('ops', 'manager'), group)).toEqual({ manage: true, close: true });
    expect(groupAbilities(actorAt('ops', 'manager'), closed)).toEqual({ manage: false, close: false });
  });

  it('an asked institution names its own delegate; not another institution, not after declining, not when closed', () => {
    const pup = group.members[1]!;
    expect(canRespond(actorAt('pup', 'caseWorker'), group, pup)).toBe(true);
    expect(canRespond(actorAt('pup', 'official'), group, pup)).toBe(false);
    expect(canRespond(actorAt('pcpr', 'manager'), group, pup)).toBe(false);
    expect(canRespond(actorAt('police', 'manager'), group, group.members[2]!)).toBe(false);
    expect(canRespond(actorAt('pup', 'manager'), closed, pup)).toBe(false);
  });

  it('a task is seen and reported on by its institution and the OPS only', () => {
    const task = { institutionId: 'pcpr' };
    expect(visibleTask(actorAt('pcpr', 'evaluator'), group, task)).toBe(true);
    expect(visibleTask(actorAt('pup', 'manager'), group, task)).toBe(false);
    expect(visibleTask(actorAt('ops', 'caseWorker'), group, task)).toBe(true);
    expect(canChangeTaskStatus(actorAt('pcpr', 'caseWorker'), group, task)).toBe(true);
    expect(canChangeTaskStatus(actorAt('pup', 'manager'), group, task)).toBe(false);
    expect(canChangeTaskStatus(actorAt('ops', 'coordinator'), group, task)).toBe(true);
    expect(canChangeTaskStatus(actorAt('pcpr', 'caseWorker'), closed, task)).toBe(false);
  });

  it('the summary goes to the granting gmina, the record of needs to its OPS and ROPS', () => {
    expect(canReadMayorSummary(actorAt('gmina', 'official'), 'gmina')).toBe(true);
    expect(canReadMayorSummary(actorAt('ops', 'institutionAdmin'), 'gmina')).toBe(false);
    const report = { opsInstitutionId: 'ops', ropsInstitutionId: 'rops' };
    expect(canReadNeedsReport(actorAt('rops', 'evaluator'), report)).toBe(true);
    expect(canReadNeedsReport(actorAt('ops', 'caseWorker'), report)).toBe(true);
    expect(canReadNeedsReport(actorAt('pup', 'institutionAdmin'), report)).toBe(false);
  });
});
