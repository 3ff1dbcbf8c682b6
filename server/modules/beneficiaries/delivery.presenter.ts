import type { CaseClosureView, DeliveryView, PackageView } from '../../../common/contracts/service-delivery';
import type { Executor } from '../../platform/db';
import { findInstitutionById } from '../institutions';
import { type ServiceScopeItem, serviceScope } from '../partnerships';
import type { CaseClosureRow, DeliveryRow } from './delivery.repository';
import { findService } from './person.repository';
import type { StoredPlanContent } from './support-plan.presenter';

type Ref = { id: string; name: string };
type ScopeRef = DeliveryView['scopeItem'];

/**
 * Names of what deliveries point at: the service's scope items and institutions, including a
 * partner that has since left the service (its past deliveries keep its name).
 */
export async function deliveryNames(db: Executor, partnershipId: string, rows: readonly DeliveryRow[]) {
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const scope = await serviceScope(db, partnershipId);
  const service = await findService(db, partnershipId);
  const institutions = new Map((service?.members ?? []).map((m) => [m.institutionId, m.name]));
  const missing = new Set(
    rows
      .flatMap((r) => [r.providerInstitutionId, r.payerInstitutionId])
      .filter((id) => !institutions.has(id)),
  );
  for (const id of missing) institutions.set(id, (await findInstitutionById(db, id))?.name ?? '');
  const items = new Map<string, ServiceScopeItem>(scope.map((s) => [s.id, s]));
  return {
    members: service?.members ?? [],
    items,
    institution: (id: string): Ref => ({ id, name: institutions.get(id) ?? '' }),
    scopeItem: (id: string): ScopeRef => {
      const item = items.get(id);
      return { id, instrument: item?.instrument ?? '', description: item?.description ?? null };
    },
  };
}
export type DeliveryNames = Awaited<ReturnType<typeof deliveryNames>>;

export const presentDelivery = (names: DeliveryNames, row: DeliveryRow, edit: boolean): DeliveryView => ({
  id: row.id,
  deliveredOn: row.deliveredOn,
  scopeItem: names.scopeItem(row.scopeItemId),
  hours: row.hours,
  provider: names.institution(row.providerInstitutionId),
  payer: names.institution(row.payerInstitutionId),
  costGrosze: row.costGrosze,
  planVersion: row.planVersion,
  planAction: row.planAction,
  referralId: row.referralId,
  note: row.note,
  recordedByName: row.recordedByName,
  version: row.version,
  abilities: { edit },
});

export const presentClosure = (row: CaseClosureRow): CaseClosureView => ({
  outcome: row.outcome,
  closedOn: row.closedOn,
  dropOutReason: row.dropOutReason,
  note: row.note,
  closedByName: row.closedByName,
});

/** Hours add up in hundredths, as they are stored. */
const addHours = (a: number, b: number) => Math.round((a + b) * 100) / 100;

type Amounts = Pick<
  PackageView['rows'][number],
  'plannedHours' | 'plannedCostGrosze' | 'deliveredHours' | 'deliveredCostGrosze'
>;
const none = (): Amounts => ({
  plannedHours: 0,
  plannedCostGrosze: 0,
  deliveredHours: 0,
  deliveredCostGrosze: 0,
});

/**
 * Planned against delivered: one row per action of the approved plan version (deliveries that
 * name it count there), then a row per instrument, provider and payer for the other deliveries;
 * and the totals per paying partner, each kept apart.
 */
export function packageRows(
  names: DeliveryNames,
  plan: { number: number; content: StoredPlanContent } | undefined,
  deliveries: readonly DeliveryRow[],
): Pick<PackageView, 'rows' | 'payers'> {
  const rows: PackageView['rows'] = (plan?.content.actions ?? []).map((a, i) => ({
    planAction: i,
    scopeItem: a.scopeItem,
    provider: a.provider,
    payer: a.payer,
    ...none(),
    plannedHours: a.hours ?? 0,
    plannedCostGrosze: a.costGrosze ?? 0,
  }));
  const unplanned = new Map<string, PackageView['rows'][number]>();
  for (const d of deliveries) {
    const planned =
      plan && d.planVersion === plan.number && d.planAction !== null ? rows[d.planAction] : undefined;
    const key = `${d.scopeItemId}|${d.providerInstitutionId}|${d.payerInstitutionId}`;
    const row =
      planned ??
      unplanned.get(key) ??
      unplanned
        .set(key, {
          planAction: null,
          scopeItem: names.scopeItem(d.scopeItemId),
          provider: names.institution(d.providerInstitutionId),
          payer: names.institution(d.payerInstitutionId),
          ...none(),
        })
        .get(key)!;
    row.deliveredHours = addHours(row.deliveredHours, d.hours);
    row.deliveredCostGrosze += d.costGrosze;
  }
  const all = [...rows, ...unplanned.values()];
  const payers = new Map<string, PackageView['payers'][number]>();
  for (const row of all) {
    const total =
      payers.get(row.payer.id) ??
      payers.set(row.payer.id, { payer: row.payer, ...none() }).get(row.payer.id)!;
    total.plannedHours = addHours(total.plannedHours, row.plannedHours);
    total.plannedCostGrosze += row.plannedCostGrosze;
    total.deliveredHours = addHours(total.deliveredHours, row.deliveredHours);
    total.deliveredCostGrosze += row.deliveredCostGrosze;
  }
  return {
    rows: all,
    payers: [...payers.values()].sort((a, b) => a.payer.name.localeCompare(b.payer.name, 'pl')),
  };
}
