import type { CommissionView } from '../../../../common/contracts/commissioning';
import type { ContractorView, ProviderReadinessView } from '../../../../common/contracts/provider-readiness';

interface Ref {
  id: string;
  name: string;
}

export interface NotOffered extends Ref {
  /** Null for an expected contractor with no assessment of the service at all. */
  readiness: ProviderReadinessView | null;
}

/**
 * Whom the contract form offers as the contractor of a commission, and whom it does not and why:
 * the providers confirmed ready (the commission's expected contractors first); a recorded
 * contract's contractor stays offered (the contract was awarded while it was ready); every other
 * provider of the service, and every expected contractor not among them, is listed as not offered.
 */
export function contractorChoices(
  providers: readonly ContractorView[],
  commission: Pick<CommissionView, 'expectedContractors'> | undefined,
  current?: Ref,
): { options: { value: string; label: string }[]; noneReady: boolean; notOffered: NotOffered[] } {
  const expected = new Set(commission?.expectedContractors.map((c) => c.id));
  const ready = providers
    .filter((c) => c.readiness.ready)
    .sort((a, b) => Number(expected.has(b.institution.id)) - Number(expected.has(a.institution.id)));
  const options = new Map<string, string>(ready.map((c) => [c.institution.id, c.institution.name]));
  if (current && !options.has(current.id)) options.set(current.id, current.name);
  const listed = new Set(providers.map((c) => c.institution.id));
  const notOffered: NotOffered[] = [
    ...providers
      .filter((c) => !c.readiness.ready)
      .map((c) => ({ id: c.institution.id, name: c.institution.name, readiness: c.readiness })),
    ...(commission?.expectedContractors ?? [])
      .filter((c) => !listed.has(c.id))
      .map((c) => ({ id: c.id, name: c.name, readiness: null })),
  ].filter((c) => c.id !== current?.id);
  return {
    options: [...options].map(([value, label]) => ({ value, label })),
    noneReady: ready.length === 0,
    notOffered,
  };
}
