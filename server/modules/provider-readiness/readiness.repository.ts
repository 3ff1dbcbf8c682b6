import { aliasedTable, and, asc, count, desc, eq, inArray, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type {
  ListAssessmentsQuery,
  ListContractorsQuery,
} from '../../../common/contracts/provider-readiness';
import { providerInstitutionTypes } from '../../../common/enums';
import { escapeLike, toSearchable } from '../../../common/text';
import type { Executor } from '../../platform/db';
import { qualified } from '../../platform/db';
import { institutions } from '../institutions';
import {
  qualifications,
  serviceOfferings,
  serviceTypeQualifications,
  serviceTypes,
} from '../social-services';
import type { ActorInstitution } from './readiness.policy';
import { readinessAssessments } from './readiness.table';

export type AssessmentRow = typeof readinessAssessments.$inferSelect;
export type AssessmentInsert = typeof readinessAssessments.$inferInsert;

/** The provider as the assessment needs it: its name, and the facts its register items are checked against. */
export interface ProviderFacts {
  id: string;
  name: string;
  type: (typeof institutions.$inferSelect)['type'];
  status: (typeof institutions.$inferSelect)['status'];
  city: string | null;
  /** TERYT code of the gmina (or powiat) the provider is registered in. */
  territoryCode: string;
  voivodeshipCode: string;
  krs: string | null;
  registerEntryNumber: string | null;
  registerEntryDate: string | null;
}

export type AssessmentListRow = AssessmentRow & {
  institution: ProviderFacts;
  serviceType: { id: string; code: string; name: string };
  decidedByInstitutionName: string | null;
};

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const providerColumns = {
  id: institutions.id,
  name: institutions.name,
  type: institutions.type,
  status: institutions.status,
  city: institutions.city,
  territoryCode: institutions.territoryCode,
  voivodeshipCode: institutions.voivodeshipCode,
  krs: institutions.krs,
  registerEntryNumber: institutions.registerEntryNumber,
  registerEntryDate: institutions.registerEntryDate,
};

const decider = aliasedTable(institutions, 'decider');

const selectRows = (db: Executor) =>
  db
    .select({
      row: readinessAssessments,
      institution: providerColumns,
      serviceType: { id: serviceTypes.id, code: serviceTypes.code, name: serviceTypes.name },
      decidedByInstitutionName: decider.name,
    })
    .from(readinessAssessments)
    .innerJoin(institutions, eq(institutions.id, readinessAssessments.institutionId))
    .innerJoin(serviceTypes, eq(serviceTypes.id, readinessAssessments.serviceTypeId))
    .leftJoin(decider, eq(decider.id, readinessAssessments.decidedByInstitutionId));

const flatten = (r: {
  row: AssessmentRow;
  institution: ProviderFacts;
  serviceType: AssessmentListRow['serviceType'];
  decidedByInstitutionName: string | null;
}): AssessmentListRow => ({
  ...r.row,
  institution: r.institution,
  serviceType: r.serviceType,
  decidedByInstitutionName: r.decidedByInstitutionName,
});

export const findAssessmentRow = async (db: Executor, id: string): Promise<AssessmentListRow | undefined> =>
  isUuid(id)
    ? (await selectRows(db).where(eq(readinessAssessments.id, id)).limit(1)).map(flatten)[0]
    : undefined;

export const insertAssessment = async (db: Executor, values: AssessmentInsert): Promise<AssessmentRow> =>
  (await db.insert(readinessAssessments).values(values).returning())[0]!;

/** Writes only when the row is still at the version the writer read; undefined otherwise. */
export const updateAssessmentAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<AssessmentInsert>,
): Promise<AssessmentRow | undefined> =>
  (
    await db
      .update(readinessAssessments)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(readinessAssessments.id, id), eq(readinessAssessments.version, version)))
      .returning()
  )[0];

export const findProviderFacts = async (db: Executor, id: string): Promise<ProviderFacts | undefined> =>
  isUuid(id)
    ? (await db.select(providerColumns).from(institutions).where(eq(institutions.id, id)).limit(1))[0]
    : undefined;

/** The actor's institutions with their type and voivodeship, for the verification rules. */
export const findActorInstitutions = (db: Executor, ids: readonly string[]): Promise<ActorInstitution[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: institutions.id,
          type: institutions.type,
          voivodeshipCode: institutions.voivodeshipCode,
        })
        .from(institutions)
        .where(inArray(institutions.id, [...ids]));

/** Active provider institutions among `ids`, by name: those the actor may start an assessment for. */
export const findActiveProviders = (db: Executor, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: institutions.id, name: institutions.name, type: institutions.type })
        .from(institutions)
        .where(
          and(
            inArray(institutions.id, [...ids]),
            inArray(institutions.type, [...providerInstitutionTypes]),
            eq(institutions.status, 'active'),
          ),
        )
        .orderBy(asc(institutions.searchName));

/** A service type's card as far as a readiness checklist needs it. */
export async function findCardRequirements(db: Executor, serviceTypeId: string) {
  if (!isUuid(serviceTypeId)) return undefined;
  const type = (await db.select().from(serviceTypes).where(eq(serviceTypes.id, serviceTypeId)).limit(1))[0];
  if (!type) return undefined;
  const required = await db
    .select({ id: qualifications.id, name: qualifications.name })
    .from(serviceTypeQualifications)
    .innerJoin(qualifications, eq(qualifications.id, serviceTypeQualifications.qualificationId))
    .where(eq(serviceTypeQualifications.serviceTypeId, serviceTypeId))
    .orderBy(asc(qualifications.searchName));
  return { ...type, qualifications: required };
}

/** Whom the list shows: the provider's own members, or the verifiers of some voivodeships (null: all). */
export type AssessmentScope =
  | { view: 'own'; institutionIds: readonly string[] | null }
  | { view: 'verification'; voivodeshipCodes: readonly string[] | null };

function filtersOf(scope: AssessmentScope, query: ListAssessmentsQuery, today: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (scope.view === 'own' && scope.institutionIds)
    conditions.push(inArray(readinessAssessments.institutionId, [...scope.institutionIds]));
  if (scope.view === 'verification') {
    conditions.push(ne(readinessAssessments.state, 'draft'));
    if (scope.voivodeshipCodes)
      conditions.push(inArray(institutions.voivodeshipCode, [...scope.voivodeshipCodes]));
  }
  if (query.status === 'expired')
    conditions.push(
      and(eq(readinessAssessments.state, 'confirmed'), sql`${readinessAssessments.validUntil} < ${today}`),
    );
  else if (query.status === 'confirmed')
    conditions.push(
      and(eq(readinessAssessments.state, 'confirmed'), sql`${readinessAssessments.validUntil} >= ${today}`),
    );
  else if (query.status) conditions.push(eq(readinessAssessments.state, query.status));
  if (query.serviceTypeId) conditions.push(eq(readinessAssessments.serviceTypeId, query.serviceTypeId));
  if (query.institutionId) conditions.push(eq(readinessAssessments.institutionId, query.institutionId));
  const q = query.q ? toSearchable(query.q) : '';
  if (q)
    conditions.push(
      or(
        like(institutions.searchName, `%${escapeLike(q)}%`),
        like(serviceTypes.searchName, `%${escapeLike(q)}%`),
      ),
    );
  const given = conditions.filter((c): c is SQL => !!c);
  return given.length ? and(...given) : undefined;
}

/** One page of assessments, the latest changed first. An empty own scope finds nothing. */
export async function searchAssessments(
  db: Executor,
  scope: AssessmentScope,
  query: ListAssessmentsQuery,
  today: string,
): Promise<{ rows: AssessmentListRow[]; total: number }> {
  if (
    (scope.view === 'own' && scope.institutionIds?.length === 0) ||
    (scope.view === 'verification' && scope.voivodeshipCodes?.length === 0)
  )
    return { rows: [], total: 0 };
  const where = filtersOf(scope, query, today);
  const rows = await selectRows(db)
    .where(where)
    .orderBy(desc(readinessAssessments.updatedAt), desc(readinessAssessments.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db
    .select({ total: count() })
    .from(readinessAssessments)
    .innerJoin(institutions, eq(institutions.id, readinessAssessments.institutionId))
    .innerJoin(serviceTypes, eq(serviceTypes.id, readinessAssessments.serviceTypeId))
    .where(where);
  return { rows: rows.map(flatten), total: totals?.total ?? 0 };
}

/** Every assessment of the providers for one service type, for their readiness. */
export const findAssessmentsOf = (db: Executor, serviceTypeId: string, institutionIds: readonly string[]) =>
  institutionIds.length === 0
    ? Promise.resolve([] as AssessmentRow[])
    : db
        .select()
        .from(readinessAssessments)
        .where(
          and(
            eq(readinessAssessments.serviceTypeId, serviceTypeId),
            inArray(readinessAssessments.institutionId, [...institutionIds]),
          ),
        );

/** Institutions confirmed ready for the service type on `today`. */
export const findConfirmedProviderIds = async (db: Executor, serviceTypeId: string, today: string) =>
  (
    await db
      .selectDistinct({ id: readinessAssessments.institutionId })
      .from(readinessAssessments)
      .where(
        and(
          eq(readinessAssessments.serviceTypeId, serviceTypeId),
          eq(readinessAssessments.state, 'confirmed'),
          sql`${readinessAssessments.validFrom} <= ${today}`,
          sql`${readinessAssessments.validUntil} >= ${today}`,
        ),
      )
  ).map((r) => r.id);

/**
 * The candidate contractors of a service type: provider institutions that offer it now or have
 * assessed their readiness for it. Those confirmed ready come first, then by name. Read through
 * the offerings' and assessments' service-type indexes, never by scanning the registry.
 */
export async function searchContractors(
  db: Executor,
  serviceTypeId: string,
  query: ListContractorsQuery,
  today: string,
) {
  const ra = readinessAssessments;
  const ready = sql<boolean>`exists (select 1 from ${ra}
    where ${qualified(ra.institutionId)} = ${qualified(institutions.id)}
    and ${qualified(ra.serviceTypeId)} = ${serviceTypeId}
    and ${qualified(ra.state)} = 'confirmed'
    and ${qualified(ra.validFrom)} <= ${today}
    and ${qualified(ra.validUntil)} >= ${today})`;
  const candidates = sql`${qualified(institutions.id)} in (
    select ${qualified(serviceOfferings.institutionId)} from ${serviceOfferings}
      where ${qualified(serviceOfferings.serviceTypeId)} = ${serviceTypeId}
      and ${qualified(serviceOfferings.status)} <> 'ended'
    union
    select ${qualified(ra.institutionId)} from ${ra} where ${qualified(ra.serviceTypeId)} = ${serviceTypeId})`;
  const conditions: SQL[] = [candidates, inArray(institutions.type, [...providerInstitutionTypes])];
  const q = query.q ? toSearchable(query.q) : '';
  if (q) conditions.push(like(institutions.searchName, `%${escapeLike(q)}%`));
  if (query.readyOnly) conditions.push(ready);
  const where = and(...conditions);
  const rows = await db
    .select({ ...providerColumns, ready })
    .from(institutions)
    .where(where)
    .orderBy(desc(ready), asc(institutions.searchName), asc(institutions.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db.select({ total: count() }).from(institutions).where(where);
  return { rows, total: totals?.total ?? 0 };
}
