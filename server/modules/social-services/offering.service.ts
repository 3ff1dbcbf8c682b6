import type { Page } from '../../../common/contracts/pagination';
import {
  type CreateOfferingInput,
  createOfferingBody,
  type EndOfferingInput,
  endOfferingBody,
  type ListOfferingsQuery,
  type UpdateOfferingInput,
  updateOfferingBody,
} from '../../../common/contracts/service-offerings';
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
import { findInstitutionById } from '../institutions';
import { findUnitSummaries } from '../territory';
import { findLatestActorName } from './actor-name.repository';
import { type OfferingRecord, presentOffering } from './offering.presenter';
import {
  findOfferingRow,
  insertOffering,
  type OfferingInsert,
  type OfferingListRow,
  type OfferingRow,
  searchOfferings,
  updateOfferingAtVersion,
} from './offering.repository';
import { findTypeRow } from './service-type.repository';
import { canManageOfferingsOf, canReadCatalogue } from './social-services.policy';

const ENTITY = 'serviceOffering';
const AUDITED_FIELDS = [
  'serviceTypeId',
  'institutionId',
  'territoryCode',
  'description',
  'contactName',
  'email',
  'phone',
  'startedOn',
  'status',
  'endReason',
  'hsdsId',
] as const satisfies readonly (keyof OfferingRow)[];

const offeringExists = () => invalid({ field: 'serviceTypeId', id: 'socialService.offeringExists' });

async function recordsOf(ctx: Ctx, rows: OfferingListRow[]): Promise<OfferingRecord[]> {
  const territories = await findUnitSummaries(
    ctx.db,
    rows.map((r) => r.territoryCode),
  );
  // One row after another: a changed offering is presented inside its transaction, on one connection.
  const records: OfferingRecord[] = [];
  for (const row of rows)
    records.push({
      ...row,
      territory: territories.get(row.territoryCode)!,
      endedByName:
        row.status === 'ended'
          ? await findLatestActorName(ctx.db, ENTITY, row.id, 'serviceOffering.end')
          : null,
    });
  return records;
}

const recordOf = async (ctx: Ctx, row: OfferingListRow) => (await recordsOf(ctx, [row]))[0]!;

/** A page of offerings; with an institution, whether the actor may add one for it now. */
export async function listOfferings(
  ctx: Ctx,
  query: ListOfferingsQuery,
): Promise<Page<OfferingRecord> & { canCreate: boolean }> {
  authorize(ctx, canReadCatalogue);
  const { rows, total } = await searchOfferings(ctx.db, query);
  const institution =
    query.institutionId && canManageOfferingsOf(ctx.actor, query.institutionId)
      ? await findInstitutionById(ctx.db, query.institutionId)
      : undefined;
  return {
    items: await recordsOf(ctx, rows),
    total,
    page: query.page,
    pageSize: query.pageSize,
    // An inactive institution offers nothing new: the form is not offered, the API would refuse.
    canCreate: institution?.status === 'active',
  };
}

/** Every signed-in user reads every offering: the directory publishes them to everyone anyway. */
export async function getOffering(ctx: Ctx, id: string): Promise<OfferingRecord> {
  authorize(ctx, canReadCatalogue);
  const row = await findOfferingRow(ctx.db, id);
  if (!row) throw notFound();
  return recordOf(ctx, row);
}

const territoryProblem = async (ctx: Ctx, code: string): Promise<FieldProblem | null> =>
  (await findUnitSummaries(ctx.db, [code])).has(code)
    ? null
    : { field: 'territoryCode', id: 'field.tercUnknown' };

/**
 * An institution starts offering a service type in a unit. Those who speak for it decide (403
 * for anyone else); the institution must be active and the type in use. `hsdsId` is the id the
 * service had in an imported HSDS data package.
 */
export async function createOffering(
  ctx: Ctx,
  input: CreateOfferingInput,
  options: { hsdsId?: string } = {},
): Promise<OfferingRecord> {
  authorize(ctx, canReadCatalogue);
  const body = parse(createOfferingBody, input);
  return inTransaction(ctx, async (tctx) => {
    const institution = await findInstitutionById(tctx.db, body.institutionId);
    if (!institution) throw invalid({ field: 'institutionId', id: 'socialService.institutionUnknown' });
    authorize(tctx, (actor) => canManageOfferingsOf(actor, institution.id));
    const problems: FieldProblem[] = [];
    if (institution.status !== 'active')
      problems.push({ field: 'institutionId', id: 'socialService.institutionInactive' });
    const type = await findTypeRow(tctx.db, body.serviceTypeId);
    if (!type) problems.push({ field: 'serviceTypeId', id: 'socialService.typeUnknown' });
    else if (type.status !== 'active')
      problems.push({ field: 'serviceTypeId', id: 'socialService.typeRetired' });
    const territory = await territoryProblem(tctx, body.territoryCode);
    if (territory) problems.push(territory);
    if (problems.length) throw invalid(...problems);
    let row: OfferingRow;
    try {
      row = await insertOffering(tctx.db, { ...body, hsdsId: options.hsdsId ?? null });
    } catch (err) {
      if (isUniqueViolation(err)) throw offeringExists();
      throw err;
    }
    await recordAudit(tctx, {
      action: 'serviceOffering.create',
      entityType: ENTITY,
      entityId: row.id,
      institutionId: row.institutionId,
      changes: changedFields(null, row, AUDITED_FIELDS),
    });
    return recordOf(tctx, (await findOfferingRow(tctx.db, row.id))!);
  });
}

/** Loads the offering to change: 404 when unknown, 403 for an outsider, 409 when ended or stale. */
async function loadForChange(tctx: Ctx, id: string, version: number): Promise<OfferingListRow> {
  const current = await findOfferingRow(tctx.db, id);
  if (!current) throw notFound();
  authorize(tctx, (actor) => canManageOfferingsOf(actor, current.institutionId));
  if (current.status === 'ended') throw new AppError('conflict', 'socialService.offeringEnded');
  if (version !== current.version)
    throw versionConflict(presentOffering(await recordOf(tctx, current), tctx.actor));
  return current;
}

async function write(
  tctx: Ctx,
  current: OfferingListRow,
  action: string,
  changes: Partial<OfferingInsert>,
): Promise<OfferingRecord> {
  let updated: OfferingRow | undefined;
  try {
    updated = await updateOfferingAtVersion(tctx.db, current.id, current.version, changes);
  } catch (err) {
    if (isUniqueViolation(err)) throw offeringExists();
    throw err;
  }
  if (!updated) {
    const now = await findOfferingRow(tctx.db, current.id);
    if (!now) throw notFound();
    throw versionConflict(presentOffering(await recordOf(tctx, now), tctx.actor));
  }
  await recordAudit(tctx, {
    action,
    entityType: ENTITY,
    entityId: current.id,
    institutionId: current.institutionId,
    changes: changedFields(current, updated, AUDITED_FIELDS),
  });
  return recordOf(tctx, (await findOfferingRow(tctx.db, current.id))!);
}

/** Changes where and how an offering is delivered, or suspends and resumes it. */
export async function updateOffering(
  ctx: Ctx,
  id: string,
  input: UpdateOfferingInput,
): Promise<OfferingRecord> {
  authorize(ctx, canReadCatalogue);
  const { version, ...patch } = parse(updateOfferingBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    const next: OfferingRow = { ...current, ...givenFields(patch) };
    if (next.territoryCode !== current.territoryCode) {
      const problem = await territoryProblem(tctx, next.territoryCode);
      if (problem) throw invalid(problem);
    }
    const changes = changedFields(current, next, AUDITED_FIELDS);
    if (Object.keys(changes).length === 0) return recordOf(tctx, current);
    return write(
      tctx,
      current,
      'serviceOffering.update',
      Object.fromEntries(Object.keys(changes).map((field) => [field, next[field as keyof OfferingRow]])),
    );
  });
}

/** Ends an offering for good, with the reason; it stays in the directory as inactive. */
export async function endOffering(ctx: Ctx, id: string, input: EndOfferingInput): Promise<OfferingRecord> {
  authorize(ctx, canReadCatalogue);
  const { reason, version } = parse(endOfferingBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    return write(tctx, current, 'serviceOffering.end', {
      status: 'ended',
      endedAt: new Date(),
      endedBy: tctx.actor?.userId ?? null,
      endReason: reason,
    });
  });
}
