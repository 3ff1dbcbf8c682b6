import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../../../common/enums';
import type { Actor } from '../../platform/authz';
import {
  canManageCatalogue,
  canManageOfferingsOf,
  canReadCatalogue,
  catalogueEntryAbilities,
  offeringAbilities,
} from './social-services.policy';

const OWN = '0190f3a4-0000-7000-8000-000000000001';
const OTHER = '0190f3a4-0000-7000-8000-000000000002';

const member = (role: MembershipRole, institutionId = OWN): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: 'Own', role }],
});
const platformAdmin: Actor = { ...member('evaluator'), memberships: [], isPlatformAdmin: true };

describe('social services policy', () => {
  it('every signed-in role reads the catalogue; a stranger does not', () => {
    for (const role of ['institutionAdmin', 'caseWorker', 'official', 'evaluator'] as const)
      expect(canReadCatalogue(member(role)), role).toBe(true);
    expect(canReadCatalogue(null)).toBe(false);
  });

  it('only the platform administrator changes the catalogue, not even an institution administrator', () => {
    expect(canManageCatalogue(platformAdmin)).toBe(true);
    expect(canManageCatalogue(member('institutionAdmin'))).toBe(false);
    expect(catalogueEntryAbilities(platformAdmin, { status: 'retired' })).toEqual({
      update: true,
      retire: false,
    });
  });

  it("an institution's administrator, manager or coordinator manage its offerings, no other role and no outsider", () => {
    for (const role of ['institutionAdmin', 'manager', 'coordinator'] as const)
      expect(canManageOfferingsOf(member(role), OWN), role).toBe(true);
    for (const role of ['caseWorker', 'official', 'evaluator'] as const)
      expect(canManageOfferingsOf(member(role), OWN), role).toBe(false);
    expect(canManageOfferingsOf(member('institutionAdmin', OTHER), OWN)).toBe(false);
    expect(canManageOfferingsOf(platformAdmin, OWN)).toBe(true);
  });

  it('nobody changes or ends an ended offering', () => {
    expect(offeringAbilities(member('manager'), { institutionId: OWN, status: 'suspended' })).toEqual({
      update: true,
      end: true,
    });
    expect(offeringAbilities(platformAdmin, { institutionId: OWN, status: 'ended' })).toEqual({
      update: false,
      end: false,
    });
  });
});
