import { and, asc, count, eq, gte, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { qualified } from '../../platform/db';
import { type InstitutionRow, institutions } from '../institutions';
import { serviceAreas, serviceTypes } from './catalogue.table';
import { isUuid } from './catalogue-codes';
import { TAXONOMY_ID } from './hsds-ids';
import type { OfferingRow } from './offering.repository';
import { serviceOfferings } from './offering.table';
import type { ServiceAreaRow } from './service-area.repository';
import type { ServiceTypeRow } from './service-type.repository';

/** One offering with everything its HSDS service shows. */
export interface DirectoryRow {
  offering: OfferingRow;
  type: ServiceTypeRow;
  area: ServiceAreaRow;
  institution: InstitutionRow;
}

export interface DirectoryFilters {
  search?: string | undefined;
  taxonomyTermId?: string | undefined;
  taxonomyId?: string | undefined;
  organizationId?: string | undefined;
  modifiedAfter?: Date | undefined;
}

export interface Paging {
  page: number;
  perPage: number;
}

const selectDirectory = (db: Executor) =>
  db
    .select({ offering: serviceOfferings, type: serviceTypes, area: serviceAreas, institution: institutions })
    .from(serviceOfferings)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceOfferings.serviceTypeId))
    .innerJoin(serviceAreas, eq(serviceAreas.id, serviceTypes.areaId))
    .innerJoin(institutions, eq(institutions.id, serviceOfferings.institutionId));

/** A term of the platform's taxonomy is an area or a service type; any other id matches nothing. */
const termCondition = (termId: string): SQL =>
  isUuid(termId) ? or(eq(serviceTypes.id, termId), eq(serviceTypes.areaId, termId))! : sql`false`;

const lastModified = sql`greatest(${serviceOfferings.updatedAt}, ${serviceTypes.updatedAt},
  ${serviceAreas.updatedAt}, ${institutions.updatedAt})`;

function serviceConditions(filters: DirectoryFilters): SQL | undefined {
  const conditions: SQL[] = [];
  const q = filters.search ? toSearchable(filters.search) : '';
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(like(serviceTypes.searchName, pattern), like(institutions.searchName, pattern))!);
  }
  if (filters.taxonomyTermId) conditions.push(termCondition(filters.taxonomyTermId));
  if (filters.taxonomyId && filters.taxonomyId !== TAXONOMY_ID) conditions.push(sql`false`);
  if (filters.organizationId)
    conditions.push(
      isUuid(filters.organizationId)
        ? eq(serviceOfferings.institutionId, filters.organizationId)
        : sql`false`,
    );
  if (filters.modifiedAfter) conditions.push(gte(lastModified, filters.modifiedAfter));
  return conditions.length ? and(...conditions) : undefined;
}

/**
 * A page of the directory's services: every offering, ended ones too (as inactive), so a client
 * that syncs learns of an ending. In creation order (ids are time-ordered), which paging keeps.
 */
export async function searchDirectory(
  db: Executor,
  filters: DirectoryFilters,
  paging: Paging,
): Promise<{ rows: DirectoryRow[]; total: number }> {
  const where = serviceConditions(filters);
  const [rows, totals] = await Promise.all([
    selectDirectory(db)
      .where(where)
      .orderBy(asc(serviceOfferings.id))
      .limit(paging.perPage)
      .offset((paging.page - 1) * paging.perPage),
    db
      .select({ total: count() })
      .from(serviceOfferings)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceOfferings.serviceTypeId))
      .innerJoin(serviceAreas, eq(serviceAreas.id, serviceTypes.areaId))
      .innerJoin(institutions, eq(institutions.id, serviceOfferings.institutionId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export const findDirectoryRow = async (
  db: Executor,
  offeringId: string,
): Promise<DirectoryRow | undefined> =>
  isUuid(offeringId)
    ? (await selectDirectory(db).where(eq(serviceOfferings.id, offeringId)).limit(1))[0]
    : undefined;

export const findDirectoryRowByServiceAtLocation = async (
  db: Executor,
  serviceAtLocationId: string,
): Promise<DirectoryRow | undefined> =>
  isUuid(serviceAtLocationId)
    ? (
        await selectDirectory(db)
          .where(eq(serviceOfferings.serviceAtLocationId, serviceAtLocationId))
          .limit(1)
      )[0]
    : undefined;

export const findDirectoryRowsOfInstitutions = (
  db: Executor,
  institutionIds: readonly string[],
): Promise<DirectoryRow[]> =>
  institutionIds.length === 0
    ? Promise.resolve([])
    : selectDirectory(db)
        .where(inArray(serviceOfferings.institutionId, [...institutionIds]))
        .orderBy(asc(serviceOfferings.id));

/**
 * An institution is in the public directory once it has an offering: adding one is how it
 * publishes itself. The registry itself stays for signed-in members.
 */
const hasOffering = (extra?: SQL) =>
  sql`exists (select 1 from ${serviceOfferings}
    join ${serviceTypes} on ${qualified(serviceTypes.id)} = ${qualified(serviceOfferings.serviceTypeId)}
    where ${qualified(serviceOfferings.institutionId)} = ${qualified(institutions.id)}${extra ? sql` and ${extra}` : sql``})`;

export async function searchDirectoryOrganizations(
  db: Executor,
  filters: Omit<DirectoryFilters, 'organizationId' | 'modifiedAfter'>,
  paging: Paging,
): Promise<{ rows: InstitutionRow[]; total: number }> {
  const q = filters.search ? toSearchable(filters.search) : '';
  const where = and(
    hasOffering(filters.taxonomyTermId ? termCondition(filters.taxonomyTermId) : undefined),
    q ? like(institutions.searchName, `%${escapeLike(q)}%`) : undefined,
    filters.taxonomyId && filters.taxonomyId !== TAXONOMY_ID ? sql`false` : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(institutions)
      .where(where)
      .orderBy(asc(institutions.id))
      .limit(paging.perPage)
      .offset((paging.page - 1) * paging.perPage),
    db.select({ total: count() }).from(institutions).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export const findDirectoryOrganization = async (
  db: Executor,
  id: string,
): Promise<InstitutionRow | undefined> =>
  isUuid(id)
    ? (
        await db
          .select()
          .from(institutions)
          .where(and(eq(institutions.id, id), hasOffering()))
          .limit(1)
      )[0]
    : undefined;

/** The whole taxonomy: the catalogue is one national standard of a few dozen entries. */
export async function findTermSources(
  db: Executor,
): Promise<{ areas: ServiceAreaRow[]; types: ServiceTypeRow[] }> {
  // One after another: an import reads these inside its transaction, on one connection.
  const areas = await db.select().from(serviceAreas).orderBy(asc(serviceAreas.searchName));
  const types = await db.select().from(serviceTypes).orderBy(asc(serviceTypes.searchName));
  return { areas, types };
}
