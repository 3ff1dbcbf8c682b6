import type { Page } from '../../../common/contracts/pagination';
import {
  type CreateQualificationInput,
  createQualificationBody,
  type ListQualificationsQuery,
  type RetireCatalogueEntryInput,
  retireCatalogueEntryBody,
  type UpdateQualificationInput,
  updateQualificationBody,
  versionBody,
} from '../../../common/contracts/social-services';
import { toSearchable } from '../../../common/text';
import { changedFields, recordAudit } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import {
  AppError,
  givenFields,
  invalid,
  isUniqueViolation,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import { findLatestActorName } from './actor-name.repository';
import { presentQualification, type QualificationRecord } from './catalogue.presenter';
import { codeFromName, firstFreeCode } from './catalogue-codes';
import {
  findQualificationCodes,
  findQualificationRow,
  insertQualification,
  type QualificationInsert,
  type QualificationListRow,
  type QualificationRow,
  searchQualifications,
  updateQualificationAtVersion,
} from './qualification.repository';
import { canManageCatalogue, canReadCatalogue } from './social-services.policy';

const AUDITED_FIELDS = [
  'code',
  'name',
  'description',
  'status',
  'retirementReason',
] as const satisfies readonly (keyof QualificationRow)[];
const ENTITY = 'qualification';
const codeTaken = () => invalid({ field: 'code', id: 'socialService.codeTaken' });

const recordOf = async (ctx: Ctx, row: QualificationListRow): Promise<QualificationRecord> => ({
  ...row,
  retiredByName:
    row.status === 'retired'
      ? await findLatestActorName(ctx.db, ENTITY, row.id, 'qualification.retire')
      : null,
});

export async function listQualifications(
  ctx: Ctx,
  query: ListQualificationsQuery,
): Promise<Page<QualificationRecord>> {
  authorize(ctx, canReadCatalogue);
  const { rows, total } = await searchQualifications(ctx.db, query);
  return {
    items: await Promise.all(rows.map((row) => recordOf(ctx, row))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getQualification(ctx: Ctx, id: string): Promise<QualificationRecord> {
  authorize(ctx, canReadCatalogue);
  const row = await findQualificationRow(ctx.db, id);
  if (!row) throw notFound();
  return recordOf(ctx, row);
}

/** Adds a qualification to the catalogue; without a code, one is made from the name. */
export async function createQualification(
  ctx: Ctx,
  input: CreateQualificationInput,
): Promise<QualificationRecord> {
  authorize(ctx, canManageCatalogue);
  const { code, ...body } = parse(createQualificationBody, input);
  return inTransaction(ctx, async (tctx) => {
    const taken = await findQualificationCodes(tctx.db);
    if (code && taken.has(code)) throw codeTaken();
    let row: QualificationRow;
    try {
      row = await insertQualification(tctx.db, {
        name: body.name,
        description: body.description ?? null,
        code: code ?? firstFreeCode(codeFromName(body.name), taken),
        searchName: toSearchable(body.name),
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken();
      throw err;
    }
    await recordAudit(tctx, {
      action: 'qualification.create',
      entityType: ENTITY,
      entityId: row.id,
      changes: changedFields(null, row, AUDITED_FIELDS),
    });
    return { ...row, serviceTypeCount: 0, retiredByName: null };
  });
}

/**
 * Loads the row to change: 404 when unknown, 403 for anyone but the platform administrator
 * (the catalogue is open to all, so its entries are no secret), 409 on a stale version.
 */
async function loadForChange(tctx: Ctx, id: string, version: number): Promise<QualificationListRow> {
  const current = await findQualificationRow(tctx.db, id);
  if (!current) throw notFound();
  authorize(tctx, canManageCatalogue);
  if (version !== current.version)
    throw versionConflict(presentQualification(await recordOf(tctx, current), tctx.actor));
  return current;
}

async function write(
  tctx: Ctx,
  current: QualificationListRow,
  action: string,
  changes: Partial<QualificationInsert>,
): Promise<QualificationRecord> {
  const updated = await updateQualificationAtVersion(tctx.db, current.id, current.version, changes);
  if (!updated) {
    const now = await findQualificationRow(tctx.db, current.id);
    if (!now) throw notFound();
    throw versionConflict(presentQualification(await recordOf(tctx, now), tctx.actor));
  }
  await recordAudit(tctx, {
    action,
    entityType: ENTITY,
    entityId: current.id,
    changes: changedFields(current, updated, AUDITED_FIELDS),
  });
  return recordOf(tctx, { ...updated, serviceTypeCount: current.serviceTypeCount });
}

export async function updateQualification(
  ctx: Ctx,
  id: string,
  input: UpdateQualificationInput,
): Promise<QualificationRecord> {
  authorize(ctx, canReadCatalogue);
  const { version, ...patch } = parse(updateQualificationBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    const next = { ...current, ...givenFields(patch) };
    if (Object.keys(changedFields(current, next, AUDITED_FIELDS)).length === 0)
      return recordOf(tctx, current);
    return write(tctx, current, 'qualification.update', {
      name: next.name,
      description: next.description,
      searchName: toSearchable(next.name),
    });
  });
}

/** Takes a qualification out of new use; the service types that require it keep it on their cards. */
export async function retireQualification(
  ctx: Ctx,
  id: string,
  input: RetireCatalogueEntryInput,
): Promise<QualificationRecord> {
  authorize(ctx, canReadCatalogue);
  const { reason, version } = parse(retireCatalogueEntryBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    if (current.status === 'retired') throw new AppError('conflict', 'socialService.alreadyRetired');
    return write(tctx, current, 'qualification.retire', {
      status: 'retired',
      retiredAt: new Date(),
      retiredBy: tctx.actor?.userId ?? null,
      retirementReason: reason,
    });
  });
}

/** Brings a retired qualification back into use; the audit log keeps who retired it and why. */
export async function reinstateQualification(
  ctx: Ctx,
  id: string,
  input: { version: number },
): Promise<QualificationRecord> {
  authorize(ctx, canReadCatalogue);
  const { version } = parse(versionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    if (current.status === 'active') throw new AppError('conflict', 'socialService.notRetired');
    return write(tctx, current, 'qualification.reinstate', {
      status: 'active',
      retiredAt: null,
      retiredBy: null,
      retirementReason: null,
    });
  });
}
