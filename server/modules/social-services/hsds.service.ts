import type {
  HsdsOrganizationsQuery,
  HsdsServicesQuery,
  HsdsTaxonomyTermsQuery,
} from '../../../common/contracts/hsds';
import { toSearchable } from '../../../common/text';
import type { Ctx } from '../../platform/authz';
import { notFound } from '../../platform/errors';
import type { InstitutionRow } from '../institutions';
import { findUnitSummaries } from '../territory';
import {
  type DirectoryRow,
  findDirectoryOrganization,
  findDirectoryRow,
  findDirectoryRowByServiceAtLocation,
  findDirectoryRowsOfInstitutions,
  findTermSources,
  searchDirectory,
  searchDirectoryOrganizations,
} from './hsds.repository';
import { TAXONOMY_ID } from './hsds-ids';
import type { OrganizationSource } from './hsds-organization.presenter';
import type { ServiceSource } from './hsds-service.presenter';
import type { TermSource } from './hsds-taxonomy.presenter';

/**
 * The public HSDS directory: open data, read without signing in, so no access check here; it
 * publishes only what institutions put in it (their offerings, and themselves through them).
 */

async function sourcesOf(ctx: Ctx, rows: DirectoryRow[]): Promise<ServiceSource[]> {
  const units = await findUnitSummaries(
    ctx.db,
    rows.flatMap((r) => [r.offering.territoryCode, r.institution.territoryCode]),
  );
  return rows.map((row) => ({
    ...row,
    territory: units.get(row.institution.territoryCode)!,
    servedTerritory: units.get(row.offering.territoryCode)!,
  }));
}

async function organizationSourcesOf(ctx: Ctx, rows: InstitutionRow[]): Promise<OrganizationSource[]> {
  const units = await findUnitSummaries(
    ctx.db,
    rows.map((r) => r.territoryCode),
  );
  return rows.map((institution) => ({ institution, territory: units.get(institution.territoryCode)! }));
}

const pagingOf = (query: { page: number; per_page: number }) => ({
  page: query.page,
  perPage: query.per_page,
});

export async function listDirectoryServices(
  ctx: Ctx,
  query: Omit<HsdsServicesQuery, 'full' | 'format'>,
): Promise<{ sources: ServiceSource[]; total: number }> {
  const { rows, total } = await searchDirectory(
    ctx.db,
    {
      search: query.search,
      taxonomyTermId: query.taxonomy_term_id,
      taxonomyId: query.taxonomy_id,
      organizationId: query.organization_id,
      modifiedAfter: query.modified_after ? new Date(query.modified_after) : undefined,
    },
    pagingOf(query),
  );
  return { sources: await sourcesOf(ctx, rows), total };
}

export async function getDirectoryService(ctx: Ctx, id: string): Promise<ServiceSource> {
  const row = await findDirectoryRow(ctx.db, id);
  if (!row) throw notFound();
  return (await sourcesOf(ctx, [row]))[0]!;
}

export async function getDirectoryServiceAtLocation(ctx: Ctx, id: string): Promise<ServiceSource> {
  const row = await findDirectoryRowByServiceAtLocation(ctx.db, id);
  if (!row) throw notFound();
  return (await sourcesOf(ctx, [row]))[0]!;
}

export async function listDirectoryOrganizations(
  ctx: Ctx,
  query: Omit<HsdsOrganizationsQuery, 'full' | 'full_service' | 'format'>,
): Promise<{ sources: OrganizationSource[]; total: number }> {
  const { rows, total } = await searchDirectoryOrganizations(
    ctx.db,
    { search: query.search, taxonomyTermId: query.taxonomy_term_id, taxonomyId: query.taxonomy_id },
    pagingOf(query),
  );
  return { sources: await organizationSourcesOf(ctx, rows), total };
}

/** The services of each organization, for answers that nest them. */
export async function servicesOfOrganizations(
  ctx: Ctx,
  institutionIds: readonly string[],
): Promise<Map<string, ServiceSource[]>> {
  const rows = await findDirectoryRowsOfInstitutions(ctx.db, institutionIds);
  const sources = await sourcesOf(ctx, rows);
  return new Map(institutionIds.map((id) => [id, sources.filter((s) => s.institution.id === id)]));
}

export async function getDirectoryOrganization(ctx: Ctx, id: string): Promise<OrganizationSource> {
  const row = await findDirectoryOrganization(ctx.db, id);
  if (!row) throw notFound();
  return (await organizationSourcesOf(ctx, [row]))[0]!;
}

/** Areas (top terms) and service types (below their area), filtered and paged as HSDS asks. */
export async function listTermSources(
  ctx: Ctx,
  query: Omit<HsdsTaxonomyTermsQuery, 'format'>,
): Promise<{ terms: TermSource[]; total: number }> {
  if (query.taxonomy_id && query.taxonomy_id !== TAXONOMY_ID) return { terms: [], total: 0 };
  const { areas, types } = await findTermSources(ctx.db);
  const all: TermSource[] = [
    ...areas,
    ...(query.top_only
      ? []
      : types.map((type) => ({
          id: type.id,
          code: type.code,
          name: type.name,
          description: type.description,
          parentId: type.areaId,
        }))),
  ];
  const search = query.search ? toSearchable(query.search) : '';
  const matching = all.filter(
    (term) =>
      (!query.parent_id || term.parentId === query.parent_id) &&
      (!search || toSearchable(term.name).includes(search)),
  );
  const start = (query.page - 1) * query.per_page;
  return { terms: matching.slice(start, start + query.per_page), total: matching.length };
}

export async function getTermSource(ctx: Ctx, id: string): Promise<TermSource> {
  const { terms } = await listTermSources(ctx, { page: 1, per_page: Number.MAX_SAFE_INTEGER });
  const term = terms.find((t) => t.id === id);
  if (!term) throw notFound();
  return term;
}
