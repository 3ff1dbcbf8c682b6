import { ContractorsSection } from '../../features/provider-readiness/components/ContractorsSection';
import { ServiceTypePage } from '../../features/social-services/components/ServiceTypePage';

/** A service type's card with its providers' readiness below: who may be commissioned it. */
export function ServiceTypeCardPage() {
  return <ServiceTypePage extra={(card) => <ContractorsSection serviceTypeId={card.id} />} />;
}
