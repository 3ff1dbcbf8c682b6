import type {
  ContractorListResponse,
  ExportContractorsQuery,
  ListContractorsQuery,
  ProviderReadinessView,
} from '../../../common/contracts/provider-readiness';
import { authorize, type Ctx, hasPermission } from '../../platform/authz';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { findUnitSummaries } from '../territory';
import { readinessOf, warsawToday } from './checklist';
import { presentContractor } from './readiness.presenter';
import {
  findAssessmentsOf,
  findCardRequirements,
  findConfirmedProviderIds,
  searchContractors,
} from './readiness.repository';

/**
 * The providers of a service type with their readiness: those confirmed ready first (the only
 * ones a commission may go to), then the others with the reason they are not. Readiness is
 * public within the platform, like the offerings; a draft's contents are not.
 */
export async function listContractors(
  ctx: Ctx,
  serviceTypeId: string,
  query: ListContractorsQuery,
): Promise<ContractorListResponse> {
  authorize(ctx, (actor) => hasPermission(actor, 'socialServices.read'));
  if (!(await findCardRequirements(ctx.db, serviceTypeId))) throw notFound();
  const today = warsawToday();
  const { rows, total } = await searchContractors(ctx.db, serviceTypeId, query, today);
  const assessments = await findAssessmentsOf(
    ctx.db,
    serviceTypeId,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((institution) =>
      presentContractor(
        institution,
        readinessOf(
          assessments.filter((a) => a.institutionId === institution.id),
          today,
        ),
      ),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A workbook holds at most this many providers; no service type has nearly as many. */
const EXPORT_LIMIT = 10_000;

/**
 * Every provider of a service type that the list's filters select, with its readiness and the
 * territorial units it lies in: the workbook a local government plans its commissions with.
 * The same access and the same order as the list.
 */
export async function exportContractors(ctx: Ctx, serviceTypeId: string, query: ExportContractorsQuery) {
  authorize(ctx, (actor) => hasPermission(actor, 'socialServices.read'));
  const serviceType = await findCardRequirements(ctx.db, serviceTypeId);
  if (!serviceType) throw notFound();
  const today = warsawToday();
  const { rows } = await searchContractors(
    ctx.db,
    serviceTypeId,
    { ...query, page: 1, pageSize: EXPORT_LIMIT },
    today,
  );
  const ids = rows.map((r) => r.id);
  const [assessments, units] = await Promise.all([
    findAssessmentsOf(ctx.db, serviceTypeId, ids),
    findUnitSummaries(ctx.db, [...new Set(rows.map((r) => r.territoryCode))]),
  ]);
  return {
    serviceType,
    today,
    items: rows.map((institution) => ({
      institution,
      territory: units.get(institution.territoryCode) ?? null,
      readiness: readinessOf(
        assessments.filter((a) => a.institutionId === institution.id),
        today,
      ),
    })),
  };
}
export type ContractorsExport = Awaited<ReturnType<typeof exportContractors>>;

/**
 * Whether a provider may be commissioned a service type on a day (today in Poland by default),
 * and if not, why. For other modules (commissioning refuses a contract with a provider that is
 * not ready); no access check: readiness is public within the platform.
 */
export async function providerReadiness(
  db: Executor,
  institutionId: string,
  serviceTypeId: string,
  onDay: string = warsawToday(),
): Promise<ProviderReadinessView> {
  return readinessOf(await findAssessmentsOf(db, serviceTypeId, [institutionId]), onDay);
}

/** The institutions confirmed ready for a service type on a day (today in Poland by default). */
export const confirmedProviders = (
  db: Executor,
  serviceTypeId: string,
  onDay: string = warsawToday(),
): Promise<string[]> => findConfirmedProviderIds(db, serviceTypeId, onDay);
