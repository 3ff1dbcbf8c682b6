import type { Page } from '../../../common/contracts/pagination';
import {
  type CreateServiceAreaInput,
  createServiceAreaBody,
  type ListServiceAreasQuery,
  type UpdateServiceAreaInput,
  updateServiceAreaBody,
} from '../../../common/contracts/social-services';
import { toSearchable } from '../../../common/text';
import { changedFields, recordAudit } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import {
  givenFields,
  invalid,
  isUniqueViolation,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import { presentArea } from './catalogue.presenter';
import { codeFromName, firstFreeCode } from './catalogue-codes';
import {
  findAreaCodes,
  findAreaRow,
  insertArea,
  type ServiceAreaListRow,
  type ServiceAreaRow,
  searchAreas,
  updateAreaAtVersion,
} from './service-area.repository';
import { canManageCatalogue, canReadCatalogue } from './social-services.policy';

const AUDITED_FIELDS = [
  'code',
  'name',
  'description',
  'legalBasis',
] as const satisfies readonly (keyof ServiceAreaRow)[];
const codeTaken = () => invalid({ field: 'code', id: 'socialService.codeTaken' });

export async function listAreas(ctx: Ctx, query: ListServiceAreasQuery): Promise<Page<ServiceAreaListRow>> {
  authorize(ctx, canReadCatalogue);
  const { rows, total } = await searchAreas(ctx.db, query);
  return { items: rows, total, page: query.page, pageSize: query.pageSize };
}

export async function getArea(ctx: Ctx, id: string): Promise<ServiceAreaListRow> {
  authorize(ctx, canReadCatalogue);
  const row = await findAreaRow(ctx.db, id);
  if (!row) throw notFound();
  return row;
}

/** Extends the catalogue with an area; without a code, one is made from the name. */
export async function createArea(ctx: Ctx, input: CreateServiceAreaInput): Promise<ServiceAreaListRow> {
  authorize(ctx, canManageCatalogue);
  const { code, ...body } = parse(createServiceAreaBody, input);
  return inTransaction(ctx, async (tctx) => {
    const taken = await findAreaCodes(tctx.db);
    if (code && taken.has(code)) throw codeTaken();
    let row: ServiceAreaRow;
    try {
      row = await insertArea(tctx.db, {
        ...body,
        code: code ?? firstFreeCode(codeFromName(body.name), taken),
        searchName: toSearchable(body.name),
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken();
      throw err;
    }
    await recordAudit(tctx, {
      action: 'serviceArea.create',
      entityType: 'serviceArea',
      entityId: row.id,
      changes: changedFields(null, row, AUDITED_FIELDS),
    });
    return { ...row, activeTypeCount: 0 };
  });
}

/** Changes an area's name, description or legal basis, at the version the editor read. */
export async function updateArea(
  ctx: Ctx,
  id: string,
  input: UpdateServiceAreaInput,
): Promise<ServiceAreaListRow> {
  authorize(ctx, canReadCatalogue);
  const { version, ...patch } = parse(updateServiceAreaBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await findAreaRow(tctx.db, id);
    if (!current) throw notFound();
    authorize(tctx, canManageCatalogue);
    if (version !== current.version) throw versionConflict(presentArea(current, tctx.actor));
    const next = { ...current, ...givenFields(patch) };
    const changes = changedFields(current, next, AUDITED_FIELDS);
    if (Object.keys(changes).length === 0) return current;
    const updated = await updateAreaAtVersion(tctx.db, id, version, {
      name: next.name,
      description: next.description,
      legalBasis: next.legalBasis,
      searchName: toSearchable(next.name),
    });
    if (!updated) throw versionConflict(presentArea((await findAreaRow(tctx.db, id))!, tctx.actor));
    await recordAudit(tctx, {
      action: 'serviceArea.update',
      entityType: 'serviceArea',
      entityId: id,
      changes,
    });
    return { ...updated, activeTypeCount: current.activeTypeCount };
  });
}
