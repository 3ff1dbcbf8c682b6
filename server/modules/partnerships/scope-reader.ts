import { asc, eq, inArray } from 'drizzle-orm';
import type { SupportInstrument } from '../../../common/plan-catalogue';
import type { Executor } from '../../platform/db';
import { partnershipMembers } from './partnership.table';
import { partnershipScopeProviders } from './plan.table';
import { findScopeItems } from './plan-tasks.repository';

export interface ServiceScopeItem {
  id: string;
  instrument: SupportInstrument;
  description: string | null;
  statutoryBasis: string | null;
  /** The institutions (not member rows) named to provide the item. */
  providerInstitutionIds: string[];
}

/**
 * The partnership's service scope as other modules need it (a person's support plan draws its
 * actions from it): each item with its providers' institutions. Read-only; no access check, the
 * caller has decided the reader may see the partnership's service.
 */
export async function serviceScope(db: Executor, partnershipId: string): Promise<ServiceScopeItem[]> {
  const items = await findScopeItems(db, partnershipId);
  const providers =
    items.length === 0
      ? []
      : await db
          .select({
            scopeItemId: partnershipScopeProviders.scopeItemId,
            institutionId: partnershipMembers.institutionId,
          })
          .from(partnershipScopeProviders)
          .innerJoin(partnershipMembers, eq(partnershipMembers.id, partnershipScopeProviders.memberId))
          .where(
            inArray(
              partnershipScopeProviders.scopeItemId,
              items.map((i) => i.id),
            ),
          )
          .orderBy(asc(partnershipMembers.institutionId));
  return items.map((item) => ({
    id: item.id,
    instrument: item.instrument,
    description: item.description,
    statutoryBasis: item.statutoryBasis,
    providerInstitutionIds: providers.filter((p) => p.scopeItemId === item.id).map((p) => p.institutionId),
  }));
}
