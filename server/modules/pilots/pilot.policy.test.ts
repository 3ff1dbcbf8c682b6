import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz';
import {
  canAssessOutcomes,
  canManagePilot,
  canReviewQuality,
  reportingSites,
  testingAccess,
} from './pilot.policy';

const member = (institutionId: string, role: Actor['memberships'][number]['role'], userId = 'u'): Actor => ({
  userId,
  email: `${userId}@example.pl`,
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: 'X', role }],
});
const admin: Actor = { ...member('none', 'evaluator'), memberships: [], isPlatformAdmin: true };
const pilot = { organiserInstitutionId: 'rops', qualitySpecialistUserId: 'q', learningExpertUserId: 'l' };
const chosen = [
  { id: 'site-a', institutionId: 'cis-a' },
  { id: 'site-b', institutionId: 'kis-b' },
];

describe('who runs a pilot and sees its testing record', () => {
  it('those who speak for the organiser run it, and the platform admin; an evaluator or another institution does not', () => {
    expect(canManagePilot(member('rops', 'coordinator'), pilot)).toBe(true);
    expect(canManagePilot(admin, pilot)).toBe(true);
    expect(canManagePilot(member('rops', 'evaluator'), pilot)).toBe(false);
    expect(canManagePilot(member('other', 'institutionAdmin'), pilot)).toBe(false);
    expect(canManagePilot(null, pilot)).toBe(false);
  });

  it('the organiser reports for every chosen site, a site only for itself, others for none', () => {
    expect(reportingSites(member('rops', 'manager'), pilot, chosen)).toEqual(['site-a', 'site-b']);
    expect(reportingSites(member('cis-a', 'manager'), pilot, chosen)).toEqual(['site-a']);
    expect(reportingSites(member('cis-a', 'caseWorker'), pilot, chosen)).toEqual([]);
    expect(reportingSites(member('other', 'manager'), pilot, chosen)).toEqual([]);
  });

  it('the organiser and the two pilot-level roles see all; a site its own part; anyone else nothing', () => {
    expect(testingAccess(member('rops', 'coordinator'), pilot, chosen)).toEqual({ all: true });
    expect(testingAccess(member('owes', 'evaluator', 'q'), pilot, chosen)).toEqual({ all: true });
    expect(testingAccess(member('owes', 'evaluator', 'l'), pilot, chosen)).toEqual({ all: true });
    expect(testingAccess(member('kis-b', 'institutionAdmin'), pilot, chosen)).toEqual({
      all: false,
      sites: ['site-b'],
    });
    expect(testingAccess(member('other', 'institutionAdmin'), pilot, chosen)).toBeNull();
  });

  it('only the quality specialist reviews experts and only the learning-outcomes expert assesses sites', () => {
    expect(canReviewQuality(member('x', 'evaluator', 'q'), pilot)).toBe(true);
    expect(canReviewQuality(member('x', 'evaluator', 'l'), pilot)).toBe(false);
    expect(canAssessOutcomes(member('x', 'evaluator', 'l'), pilot)).toBe(true);
    expect(canAssessOutcomes(member('rops', 'institutionAdmin'), pilot)).toBe(false);
    expect(canReviewQuality(member('x', 'evaluator', 'q'), { ...pilot, qualitySpecialistUserId: null })).toBe(
      false,
    );
  });
});
