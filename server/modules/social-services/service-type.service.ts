import type { Page } from '../../../common/contracts/pagination';
import {
  type CreateServiceTypeInput,
  createServiceTypeBody,
  type ListServiceTypesQuery,
  type RetireCatalogueEntryInput,
  retireCatalogueEntryBody,
  type UpdateServiceTypeInput,
  updateServiceTypeBody,
  versionBody,
} from '../../../common/contracts/social-services';
import { toSearchable } from '../../../common/text';
import { changedFields, recordAudit } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import {
  AppError,
  type FieldProblem,
  givenFields,
  invalid,
  isUniqueViolation,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import { findLatestActorName } from './actor-name.repository';
import { presentType, type ServiceTypeRecord } from './catalogue.presenter';
import { codeFromName, firstFreeCode } from './catalogue-codes';
import { findQualificationsByIds } from './qualification.repository';
import { findAreaRow } from './service-area.repository';
import {
  findTypeCodes,
  findTypeQualifications,
  findTypeRow,
  insertType,
  replaceTypeQualifications,
  type ServiceTypeInsert,
  type ServiceTypeListRow,
  type ServiceTypeRow,
  searchTypes,
  updateTypeAtVersion,
} from './service-type.repository';
import { canManageCatalogue, canReadCatalogue } from './social-services.policy';

const ENTITY = 'serviceType';
const CARD_FIELDS = [
  'areaId',
  'name',
  'description',
  'recipients',
  'deliveryUnit',
  'legalBasis',
  'organisationalResources',
  'technicalResources',
] as const satisfies readonly (keyof ServiceTypeRow)[];

type Audited = Pick<ServiceTypeRow, (typeof CARD_FIELDS)[number] | 'code' | 'status' | 'retirementReason'> & {
  qualificationIds: string[];
};
const AUDITED_FIELDS = [...CARD_FIELDS, 'code', 'status', 'retirementReason', 'qualificationIds'] as const;

/** The card as the audit log compares it: its fields and the sorted list of qualification ids. */
const audited = (row: ServiceTypeRow, qualificationIds: readonly string[]): Audited => ({
  ...row,
  qualificationIds: [...qualificationIds].sort(),
});

async function recordOf(ctx: Ctx, row: ServiceTypeListRow): Promise<ServiceTypeRecord> {
  return {
    ...row,
    qualifications: await findTypeQualifications(ctx.db, row.id),
    retiredByName:
      row.status === 'retired'
        ? await findLatestActorName(ctx.db, ENTITY, row.id, 'serviceType.retire')
        : null,
  };
}

export async function listServiceTypes(
  ctx: Ctx,
  query: ListServiceTypesQuery,
): Promise<Page<ServiceTypeListRow>> {
  authorize(ctx, canReadCatalogue);
  const { rows, total } = await searchTypes(ctx.db, query);
  return { items: rows, total, page: query.page, pageSize: query.pageSize };
}

export async function getServiceType(ctx: Ctx, id: string): Promise<ServiceTypeRecord> {
  authorize(ctx, canReadCatalogue);
  const row = await findTypeRow(ctx.db, id);
  if (!row) throw notFound();
  return recordOf(ctx, row);
}

/**
 * The area must exist; qualifications must exist, and those newly put on the card must be in use
 * (a retired one already on it may stay). Returns the problems to report.
 */
async function checkReferences(
  ctx: Ctx,
  areaId: string,
  qualificationIds: readonly string[],
  alreadyOnCard: readonly string[] = [],
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (!(await findAreaRow(ctx.db, areaId)))
    problems.push({ field: 'areaId', id: 'socialService.areaUnknown' });
  const found = await findQualificationsByIds(ctx.db, qualificationIds);
  const usable = found.filter((q) => q.status === 'active' || alreadyOnCard.includes(q.id));
  if (usable.length !== new Set(qualificationIds).size)
    problems.push({ field: 'qualificationIds', id: 'socialService.qualificationUnknown' });
  return problems;
}

/** Adds a service type's standard card to the catalogue; without a code, one is made from the name. */
export async function createServiceType(ctx: Ctx, input: CreateServiceTypeInput): Promise<ServiceTypeRecord> {
  authorize(ctx, canManageCatalogue);
  const { code, qualificationIds, ...body } = parse(createServiceTypeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const taken = await findTypeCodes(tctx.db);
    const problems = await checkReferences(tctx, body.areaId, qualificationIds);
    if (code && taken.has(code)) problems.unshift({ field: 'code', id: 'socialService.codeTaken' });
    if (problems.length) throw invalid(...problems);
    let row: ServiceTypeRow;
    try {
      row = await insertType(tctx.db, {
        ...body,
        code: code ?? firstFreeCode(codeFromName(body.name), taken),
        searchName: toSearchable(body.name),
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw invalid({ field: 'code', id: 'socialService.codeTaken' });
      throw err;
    }
    const unique = [...new Set(qualificationIds)];
    await replaceTypeQualifications(tctx.db, row.id, unique);
    await recordAudit(tctx, {
      action: 'serviceType.create',
      entityType: ENTITY,
      entityId: row.id,
      changes: changedFields(null, audited(row, unique), AUDITED_FIELDS),
    });
    return recordOf(tctx, (await findTypeRow(tctx.db, row.id))!);
  });
}

/** Loads the card to change: 404 when unknown, 403 for all but the platform administrator, 409 when stale. */
async function loadForChange(tctx: Ctx, id: string, version: number): Promise<ServiceTypeRecord> {
  const current = await findTypeRow(tctx.db, id);
  if (!current) throw notFound();
  authorize(tctx, canManageCatalogue);
  const record = await recordOf(tctx, current);
  if (version !== current.version) throw versionConflict(presentType(record, tctx.actor));
  return record;
}

async function write(
  tctx: Ctx,
  current: ServiceTypeRecord,
  action: string,
  changes: Partial<ServiceTypeInsert>,
  qualificationIds?: string[],
): Promise<ServiceTypeRecord> {
  const updated = await updateTypeAtVersion(tctx.db, current.id, current.version, changes);
  if (!updated) {
    const now = await findTypeRow(tctx.db, current.id);
    if (!now) throw notFound();
    throw versionConflict(presentType(await recordOf(tctx, now), tctx.actor));
  }
  const before = current.qualifications.map((q) => q.id);
  if (qualificationIds) await replaceTypeQualifications(tctx.db, current.id, qualificationIds);
  await recordAudit(tctx, {
    action,
    entityType: ENTITY,
    entityId: current.id,
    changes: changedFields(
      audited(current, before),
      audited(updated, qualificationIds ?? before),
      AUDITED_FIELDS,
    ),
  });
  return recordOf(tctx, (await findTypeRow(tctx.db, current.id))!);
}

/** Changes the card's facts named in the body, at the version the editor read. */
export async function updateServiceType(
  ctx: Ctx,
  id: string,
  input: UpdateServiceTypeInput,
): Promise<ServiceTypeRecord> {
  authorize(ctx, canReadCatalogue);
  const { version, qualificationIds, ...patch } = parse(updateServiceTypeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    const before = current.qualifications.map((q) => q.id);
    const next = { ...current, ...givenFields(patch) };
    const nextQualifications = qualificationIds ? [...new Set(qualificationIds)] : before;
    const problems = await checkReferences(tctx, next.areaId, nextQualifications, before);
    if (problems.length) throw invalid(...problems);
    const changes = changedFields(
      audited(current, before),
      audited(next, nextQualifications),
      AUDITED_FIELDS,
    );
    if (Object.keys(changes).length === 0) return current;
    const card = Object.fromEntries(CARD_FIELDS.map((field) => [field, next[field]]));
    return write(
      tctx,
      current,
      'serviceType.update',
      { ...card, searchName: toSearchable(next.name) },
      qualificationIds && nextQualifications,
    );
  });
}

/** Takes a type out of new offerings; current offerings and the directory keep it, marked retired. */
export async function retireServiceType(
  ctx: Ctx,
  id: string,
  input: RetireCatalogueEntryInput,
): Promise<ServiceTypeRecord> {
  authorize(ctx, canReadCatalogue);
  const { reason, version } = parse(retireCatalogueEntryBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    if (current.status === 'retired') throw new AppError('conflict', 'socialService.alreadyRetired');
    return write(tctx, current, 'serviceType.retire', {
      status: 'retired',
      retiredAt: new Date(),
      retiredBy: tctx.actor?.userId ?? null,
      retirementReason: reason,
    });
  });
}

/** Brings a retired type back; the audit log keeps who retired it and why. */
export async function reinstateServiceType(
  ctx: Ctx,
  id: string,
  input: { version: number },
): Promise<ServiceTypeRecord> {
  authorize(ctx, canReadCatalogue);
  const { version } = parse(versionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    if (current.status === 'active') throw new AppError('conflict', 'socialService.notRetired');
    return write(tctx, current, 'serviceType.reinstate', {
      status: 'active',
      retiredAt: null,
      retiredBy: null,
      retirementReason: null,
    });
  });
}
