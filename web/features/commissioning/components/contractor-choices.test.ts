import { describe, expect, it } from 'vitest';
import type { ContractorView, ProviderReadinessView } from '../../../../common/contracts/provider-readiness';
import { contractorChoices } from './contractor-choices';

const readiness = (reason: ProviderReadinessView['reason']): ProviderReadinessView => ({
  ready: reason === 'ready',
  reason,
  validFrom: null,
  validUntil: null,
  expiredOn: reason === 'expired' ? '2024-06-30' : null,
  missingItems: [],
});
const provider = (id: string, reason: ProviderReadinessView['reason']): ContractorView => ({
  institution: { id, name: `Spółdzielnia ${id}`, type: 'pes', city: null },
  readiness: readiness(reason),
});

describe('the contractors a contract form offers', () => {
  const providers = [provider('a', 'ready'), provider('b', 'expired'), provider('c', 'ready')];

  it('offers only those confirmed ready, the expected contractors first', () => {
    const choices = contractorChoices(providers, {
      expectedContractors: [{ id: 'c', name: 'Spółdzielnia c', type: 'pes' }],
    });
    expect(choices.options.map((o) => o.value)).toEqual(['c', 'a']);
    expect(choices.noneReady).toBe(false);
  });

  it('lists the others with their reason, and an expected contractor never assessed with none', () => {
    const choices = contractorChoices(providers, {
      expectedContractors: [{ id: 'd', name: 'Stowarzyszenie d', type: 'ngo' }],
    });
    expect(choices.notOffered.map((c) => [c.id, c.readiness?.reason ?? null])).toEqual([
      ['b', 'expired'],
      ['d', null],
    ]);
  });

  it("keeps a recorded contract's contractor offered after its confirmation lapsed", () => {
    const choices = contractorChoices(providers, undefined, { id: 'b', name: 'Spółdzielnia b' });
    expect(choices.options.map((o) => o.value)).toEqual(['a', 'c', 'b']);
    expect(choices.notOffered).toEqual([]);
  });

  it('says when no provider is ready', () => {
    expect(contractorChoices([provider('b', 'submitted')], undefined).noneReady).toBe(true);
  });
});
