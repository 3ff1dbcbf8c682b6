import { InstitutionDetailPage } from '../../features/institutions/components/InstitutionDetailPage';
import { InstitutionOfferings } from '../../features/social-services/components/InstitutionOfferings';

/** An institution's card with the social services it offers below its facts. */
export function InstitutionPage() {
  return (
    <InstitutionDetailPage
      extra={(card) => (
        <InstitutionOfferings institutionId={card.id} defaultTerritoryCode={card.territory.code} />
      )}
    />
  );
}
