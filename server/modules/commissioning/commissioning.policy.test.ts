import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../../../common/enums';
import type { Actor } from '../../platform/authz';
import {
  canCreatePlanFor,
  canReadPlan,
  canReviewAs,
  type PlanFacts,
  planAbilities,
  type ReviewerCandidate,
  servesPlanTerritory,
} from './commissioning.policy';

const actorAt = (institutionId: string, role: MembershipRole): Actor => ({
  userId: 'u',
  email: 'u@example.pl',
  displayName: 'U',
  isPlatformAdmin: false,
  memberships: [{ institutionId, institutionName: 'I', role }],
});
const admin: Actor = { ...actorAt('x', 'caseWorker'), isPlatformAdmin: true, memberships: [] };

/** A gmina's plan in Janów Lubelski (gmina 0605053, powiat 0605). */
const plan = (state: PlanFacts['state']): PlanFacts => ({
  jstInstitutionId: 'gmina',
  state,
  jstTerritoryCode: '0605053',
});
const institution = (
  type: ReviewerCandidate['type'],
  territoryCode: string,
  id = type,
): ReviewerCandidate => ({
  id,
  type,
  territoryCode,
  status: 'active',
});

describe('commissioning policy', () => {
  it('a draft is read by its own JST only; an adopted plan by every signed-in user', () => {
    expect(canReadPlan(actorAt('gmina', 'evaluator'), plan('draft'))).toBe(true);
    expect(canReadPlan(actorAt('other', 'institutionAdmin'), plan('draft'))).toBe(false);
    expect(canReadPlan(admin, plan('draft'))).toBe(true);
    for (const state of ['adopted', 'inExecution', 'reported'] as const)
      expect(canReadPlan(actorAt('other', 'caseWorker'), plan(state))).toBe(true);
    expect(canReadPlan(null, plan('adopted'))).toBe(false);
  });

  it('only a gmina or powiat office writes plans, by its officials and those who speak for it', () => {
    expect(canCreatePlanFor(actorAt('gmina', 'official'), { id: 'gmina', type: 'jstGmina' })).toBe(true);
    expect(canCreatePlanFor(actorAt('powiat', 'manager'), { id: 'powiat', type: 'jstPowiat' })).toBe(true);
    expect(canCreatePlanFor(actorAt('gmina', 'caseWorker'), { id: 'gmina', type: 'jstGmina' })).toBe(false);
    expect(canCreatePlanFor(actorAt('gmina', 'official'), { id: 'other', type: 'jstGmina' })).toBe(false);
    expect(canCreatePlanFor(actorAt('ngo', 'coordinator'), { id: 'ngo', type: 'ngo' })).toBe(false);
    expect(canCreatePlanFor(actorAt('woj', 'official'), { id: 'woj', type: 'jstVoivodeship' })).toBe(false);
  });

  it('what the JST may do follows the state: the draft is edited and adopted, then contracts are recorded', () => {
    const official = actorAt('gmina', 'official');
    expect(planAbilities(official, plan('draft'))).toEqual({
      update: true,
      adopt: true,
      startExecution: false,
      report: false,
      manageCommissions: true,
      manageContracts: false,
    });
    expect(planAbilities(official, plan('adopted'))).toMatchObject({
      update: false,
      adopt: false,
      startExecution: true,
      manageContracts: true,
    });
    expect(planAbilities(official, plan('inExecution'))).toMatchObject({
      report: true,
      manageContracts: true,
    });
    expect(Object.values(planAbilities(official, plan('reported'))).some(Boolean)).toBe(false);
    expect(Object.values(planAbilities(actorAt('other', 'official'), plan('draft'))).some(Boolean)).toBe(
      false,
    );
  });

  it('the OPS of the very gmina and the PCPR of its powiat serve the plan; others do not', () => {
    expect(servesPlanTerritory(institution('ops', '0605053'), plan('adopted'))).toBe(true);
    expect(servesPlanTerritory(institution('cus', '0605053'), plan('adopted'))).toBe(true);
    expect(servesPlanTerritory(institution('ops', '0605063'), plan('adopted'))).toBe(false);
    expect(servesPlanTerritory(institution('pcpr', '0605053'), plan('adopted'))).toBe(true);
    expect(servesPlanTerritory(institution('pcpr', '0663011'), plan('adopted'))).toBe(false);
    expect(servesPlanTerritory(institution('pup', '0605053'), plan('adopted'))).toBe(false);
    expect(
      servesPlanTerritory({ ...institution('ops', '0605053'), status: 'inactive' }, plan('adopted')),
    ).toBe(false);
    const powiatPlan: PlanFacts = { jstInstitutionId: 'powiat', state: 'adopted', jstTerritoryCode: '0605' };
    expect(servesPlanTerritory(institution('pcpr', '0605011'), powiatPlan)).toBe(true);
    expect(servesPlanTerritory(institution('ops', '0605'), powiatPlan)).toBe(false);
  });

  it('a review is recorded by the serving institution’s people, while the plan is executed', () => {
    const ops = institution('ops', '0605053');
    expect(canReviewAs(actorAt('ops', 'caseWorker'), plan('adopted'), ops)).toBe(true);
    expect(canReviewAs(actorAt('ops', 'evaluator'), plan('adopted'), ops)).toBe(false);
    expect(canReviewAs(actorAt('gmina', 'institutionAdmin'), plan('adopted'), ops)).toBe(false);
    expect(canReviewAs(actorAt('ops', 'caseWorker'), plan('draft'), ops)).toBe(false);
    expect(canReviewAs(actorAt('ops', 'caseWorker'), plan('reported'), ops)).toBe(false);
  });
});
