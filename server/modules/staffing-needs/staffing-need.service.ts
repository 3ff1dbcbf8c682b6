import {
  type DeclareStaffingNeedInput,
  type DiagnosisQuery,
  type DiagnosisView,
  declareStaffingNeedBody,
  type ListStaffingNeedsQuery,
  type StaffingNeedListResponse,
  type UpdateStaffingNeedInput,
  updateStaffingNeedBody,
} from '../../../common/contracts/staffing-needs';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import { providerInstitutionTypes } from '../../../common/enums';
import { changedFields, recordAudit } from '../../platform/audit';
import { authorize, type Ctx, institutionsWithPermission, inTransaction } from '../../platform/authz';
import { AppError, givenFields, invalid, notFound, parse, versionConflict } from '../../platform/errors';
import { findInstitutionById } from '../institutions';
import { findUnitSummaries } from '../territory';
import { canDeclareFor, canReadNeeds } from './staffing-need.policy';
import { presentNeed, type StaffingNeedRecord } from './staffing-need.presenter';
import {
  type DiagnosisRow,
  findActiveProviders,
  findNeedRow,
  findQualification,
  insertNeed,
  type StaffingNeedListRow,
  searchNeeds,
  sumOpenNeeds,
  updateNeedAtVersion,
} from './staffing-need.repository';

const ENTITY = 'staffingNeed';
const AUDITED = [
  'position',
  'qualificationId',
  'headcount',
  'neededFrom',
  'territoryCode',
  'note',
  'status',
] as const;

async function recordsOf(ctx: Ctx, rows: StaffingNeedListRow[]): Promise<StaffingNeedRecord[]> {
  const units = await findUnitSummaries(
    ctx.db,
    rows.map((r) => r.territoryCode),
  );
  return rows.map((row) => ({ ...row, territory: units.get(row.territoryCode)! }));
}
const recordOf = async (ctx: Ctx, row: StaffingNeedListRow) => (await recordsOf(ctx, [row]))[0]!;

/** A page of declared needs, with the providers the actor may declare needs for. */
export async function listNeeds(ctx: Ctx, query: ListStaffingNeedsQuery): Promise<StaffingNeedListResponse> {
  authorize(ctx, canReadNeeds);
  const { rows, total } = await searchNeeds(ctx.db, query);
  return {
    items: (await recordsOf(ctx, rows)).map((r) => presentNeed(r, ctx.actor)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    declareFor: await findActiveProviders(
      ctx.db,
      institutionsWithPermission(ctx.actor!, 'staffingNeeds.declare'),
    ),
  };
}

/** The qualification must be in the catalogue and in use; the unit a gmina of the register. */
async function referenceProblems(
  ctx: Ctx,
  fields: { qualificationId?: string | undefined; territoryCode?: string | undefined },
): Promise<{ problems: { field: string; id: string }[]; unit?: TerritorialUnitSummary }> {
  const problems: { field: string; id: string }[] = [];
  if (fields.qualificationId) {
    const q = await findQualification(ctx.db, fields.qualificationId);
    if (q?.status !== 'active')
      problems.push({ field: 'qualificationId', id: 'staffingNeed.qualificationUnknown' });
  }
  let unit: TerritorialUnitSummary | undefined;
  if (fields.territoryCode) {
    unit = (await findUnitSummaries(ctx.db, [fields.territoryCode])).get(fields.territoryCode);
    if (!unit) problems.push({ field: 'territoryCode', id: 'field.tercUnknown' });
    else if (unit.level !== 'gmina')
      problems.push({ field: 'territoryCode', id: 'staffingNeed.gminaRequired' });
  }
  return { problems, unit };
}

const placeOf = (code: string) => ({
  territoryCode: code,
  powiatCode: code.slice(0, 4),
  voivodeshipCode: code.slice(0, 2),
});

/** A provider declares a staffing need; only those who speak for it (403 otherwise). */
export async function declareNeed(ctx: Ctx, input: DeclareStaffingNeedInput) {
  authorize(ctx, canReadNeeds);
  const body = parse(declareStaffingNeedBody, input);
  return inTransaction(ctx, async (tctx) => {
    const institution = await findInstitutionById(tctx.db, body.institutionId);
    if (!institution) throw invalid({ field: 'institutionId', id: 'staffingNeed.institutionUnknown' });
    authorize(tctx, (actor) => canDeclareFor(actor, institution.id));
    const { problems } = await referenceProblems(tctx, body);
    if (
      !(providerInstitutionTypes as readonly string[]).includes(institution.type) ||
      institution.status !== 'active'
    )
      problems.unshift({ field: 'institutionId', id: 'staffingNeed.notProvider' });
    if (problems.length) throw invalid(...problems);
    const row = await insertNeed(tctx.db, {
      ...body,
      note: body.note ?? null,
      ...placeOf(body.territoryCode),
    });
    await recordAudit(tctx, {
      action: 'staffingNeed.declare',
      entityType: ENTITY,
      entityId: row.id,
      institutionId: row.institutionId,
      changes: changedFields(null, row, AUDITED),
    });
    return presentNeed(await recordOf(tctx, (await findNeedRow(tctx.db, row.id))!), tctx.actor);
  });
}

/** Changes an open need, or closes it as filled or withdrawn, at the version the editor read. */
export async function updateNeed(ctx: Ctx, id: string, input: UpdateStaffingNeedInput) {
  authorize(ctx, canReadNeeds);
  const { version, ...patch } = parse(updateStaffingNeedBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await findNeedRow(tctx.db, id);
    if (!current) throw notFound();
    authorize(tctx, (actor) => canDeclareFor(actor, current.institutionId));
    if (current.status !== 'open') throw new AppError('conflict', 'staffingNeed.closed');
    if (current.version !== version)
      throw versionConflict(presentNeed(await recordOf(tctx, current), tctx.actor));
    const given = givenFields(patch);
    const { problems } = await referenceProblems(tctx, {
      qualificationId: given.qualificationId as string | undefined,
      territoryCode: given.territoryCode as string | undefined,
    });
    if (problems.length) throw invalid(...problems);
    const next = { ...current, ...given } as StaffingNeedListRow;
    const changes = changedFields(current, next, AUDITED);
    if (Object.keys(changes).length === 0) return presentNeed(await recordOf(tctx, current), tctx.actor);
    const updated = await updateNeedAtVersion(tctx.db, id, version, {
      ...given,
      ...(given.territoryCode ? placeOf(given.territoryCode as string) : {}),
    });
    if (!updated)
      throw versionConflict(presentNeed(await recordOf(tctx, (await findNeedRow(tctx.db, id))!), tctx.actor));
    await recordAudit(tctx, {
      action: patch.status && patch.status !== 'open' ? 'staffingNeed.close' : 'staffingNeed.update',
      entityType: ENTITY,
      entityId: id,
      institutionId: current.institutionId,
      changes,
    });
    return presentNeed(await recordOf(tctx, (await findNeedRow(tctx.db, id))!), tctx.actor);
  });
}

const needsOf = (rows: DiagnosisRow[]) =>
  rows.map((r) => ({
    qualification: { id: r.qualificationId, name: r.qualificationName },
    headcount: r.headcount,
    providers: r.providers,
    earliestFrom: r.earliestFrom,
  }));
const total = (rows: DiagnosisRow[]) => rows.reduce((n, r) => n + r.headcount, 0);

/**
 * The joint diagnosis of a voivodeship or powiat: open needs summed per powiat and, within it,
 * per gmina, each by qualification. Figures only, so every member reads it.
 */
export async function staffingDiagnosis(ctx: Ctx, query: DiagnosisQuery): Promise<DiagnosisView> {
  authorize(ctx, canReadNeeds);
  const [gminaRows, powiatRows] = await Promise.all([
    sumOpenNeeds(ctx.db, query, 'gmina'),
    sumOpenNeeds(ctx.db, query, 'powiat'),
  ]);
  const codes = [query.territory, ...new Set([...gminaRows, ...powiatRows].map((r) => r.unitCode))];
  const units = await findUnitSummaries(ctx.db, codes);
  const territory = units.get(query.territory);
  if (!territory) throw invalid({ field: 'territory', id: 'field.tercUnknown' });
  const powiatCodes = [...new Set(powiatRows.map((r) => r.unitCode))];
  return {
    territory,
    headcount: total(powiatRows),
    powiats: powiatCodes.map((code) => {
      const own = powiatRows.filter((r) => r.unitCode === code);
      const gminaCodes = [...new Set(gminaRows.filter((r) => r.powiatCode === code).map((r) => r.unitCode))];
      return {
        unit: units.get(code)!,
        headcount: total(own),
        needs: needsOf(own),
        gminas: gminaCodes.map((g) => {
          const rows = gminaRows.filter((r) => r.unitCode === g);
          return { unit: units.get(g)!, headcount: total(rows), needs: needsOf(rows) };
        }),
      };
    }),
  };
}
