import {
  allowedFactsOf,
  territoryLevelByType,
  typeFactIssues,
  typeSpecificFields,
} from '../../../common/contracts/institution-facts';
import {
  createInstitutionBody,
  type DeactivateInstitutionInput,
  deactivateInstitutionBody,
  type InstitutionFormInput,
  type InstitutionTerritory,
  type ListInstitutionsQuery,
  type UpdateInstitutionInput,
  updateInstitutionBody,
} from '../../../common/contracts/institutions';
import type { Page } from '../../../common/contracts/pagination';
import type { InstitutionType } from '../../../common/enums';
import { toSearchable } from '../../../common/text';
import { changedFields, recordAudit } from '../../platform/audit';
import { type Actor, authorize, type Ctx, inTransaction } from '../../platform/authz';
import type { Executor } from '../../platform/db';
import {
  AppError,
  type FieldProblem,
  givenFields,
  invalid,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import {
  canCreateInstitution,
  canDeactivateInstitution,
  canReadInstitutions,
  canUpdateInstitution,
} from './institution.policy';
import {
  type InstitutionListRecord,
  type InstitutionRecord,
  presentInstitution,
} from './institution.presenter';
import {
  findDeactivatorName,
  findInstitutionRow,
  type InstitutionInsert,
  type InstitutionRow,
  insertInstitution,
  searchInstitutions,
  updateInstitutionAtVersion,
} from './institution.repository';
import { findTerritories, findTerritory } from './institution-territory.repository';

/** The fields whose before/after the audit log keeps. */
const AUDITED_FIELDS = [
  'name',
  'shortName',
  'type',
  'territoryCode',
  'street',
  'buildingNumber',
  'postalCode',
  'city',
  'email',
  'phone',
  'website',
  'nip',
  'regon',
  'krs',
  ...typeSpecificFields,
  'status',
  'deactivationReason',
] as const satisfies readonly (keyof InstitutionRow)[];

async function recordOf(db: Executor, row: InstitutionRow): Promise<InstitutionRecord> {
  const territory = await findTerritory(db, row.territoryCode);
  if (!territory) throw new Error(`Institution ${row.id} refers to a missing territory ${row.territoryCode}`);
  const deactivatedByName = row.status === 'inactive' ? await findDeactivatorName(db, row.id) : null;
  return { ...row, territory, deactivatedByName };
}

/**
 * The territory must exist in TERYT, and a local government's must be the unit it governs.
 * Returns the territory, or the problem to report on `territoryCode`.
 */
async function checkTerritory(
  db: Executor,
  code: string,
  type: InstitutionType,
): Promise<{ territory: InstitutionTerritory } | { problem: FieldProblem }> {
  const territory = await findTerritory(db, code);
  if (!territory) return { problem: { field: 'territoryCode', id: 'field.tercUnknown' } };
  const level = territoryLevelByType[type];
  if (level && territory.level !== level)
    return { problem: { field: 'territoryCode', id: `field.territoryLevel.${level}` } };
  return { territory };
}

/** The denormalised codes the list filters on. */
const territoryColumns = (territory: InstitutionTerritory) => ({
  voivodeshipCode: territory.voivodeship.code,
  powiatCode: territory.powiat?.code ?? null,
});

export async function listInstitutions(
  ctx: Ctx,
  query: ListInstitutionsQuery,
): Promise<Page<InstitutionListRecord>> {
  authorize(ctx, canReadInstitutions);
  const { rows, total } = await searchInstitutions(ctx.db, query);
  const territories = await findTerritories(
    ctx.db,
    rows.map((r) => r.territoryCode),
  );
  return {
    items: rows.map((row) => ({ ...row, territory: territories.get(row.territoryCode)! })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Any signed-in user reads any card: the registry is how partners find each other. */
export async function getInstitution(ctx: Ctx, id: string): Promise<InstitutionRecord> {
  authorize(ctx, canReadInstitutions);
  const row = await findInstitutionRow(ctx.db, id);
  if (!row) throw notFound();
  return recordOf(ctx.db, row);
}

/** Adds an institution to the registry; the platform itself may do it when seeding or importing. */
export async function createInstitution(ctx: Ctx, input: InstitutionFormInput): Promise<InstitutionRecord> {
  authorize(ctx, canCreateInstitution);
  const body = parse(createInstitutionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const checked = await checkTerritory(tctx.db, body.territoryCode, body.type);
    if ('problem' in checked) throw invalid([checked.problem]);
    const row = await insertInstitution(tctx.db, {
      ...body,
      searchName: toSearchable(body.name),
      ...territoryColumns(checked.territory),
    });
    await recordAudit(tctx, {
      action: 'institution.create',
      entityType: 'institution',
      entityId: row.id,
      institutionId: row.id,
      changes: changedFields(null, row, AUDITED_FIELDS),
    });
    return { ...row, territory: checked.territory, deactivatedByName: null };
  });
}

/**
 * Loads the row to change and checks the actor may change it and read the version they edit.
 * A card the actor may see but not change answers 403 (the registry is public), a stale
 * version 409 with the card as it is now.
 */
async function loadForChange(
  tctx: Ctx,
  id: string,
  allowed: (actor: Actor | null, institution: { id: string }) => boolean,
  version?: number,
): Promise<InstitutionRow> {
  const current = await findInstitutionRow(tctx.db, id);
  if (!current) throw notFound();
  authorize(tctx, (actor) => allowed(actor, current));
  if (version !== undefined && version !== current.version)
    throw versionConflict(presentInstitution(await recordOf(tctx.db, current), tctx.actor));
  return current;
}

async function writeAtVersion(tctx: Ctx, current: InstitutionRow, changes: Partial<InstitutionInsert>) {
  const updated = await updateInstitutionAtVersion(tctx.db, current.id, current.version, changes);
  if (updated) return updated;
  const now = await findInstitutionRow(tctx.db, current.id);
  if (!now) throw notFound();
  throw versionConflict(presentInstitution(await recordOf(tctx.db, now), tctx.actor));
}

/**
 * Changes the facts named in the body. The type rules are checked on the record as it will be;
 * when the type changes, facts the new type does not carry are cleared (sending one is refused).
 */
export async function updateInstitution(
  ctx: Ctx,
  id: string,
  input: UpdateInstitutionInput,
): Promise<InstitutionRecord> {
  authorize(ctx, canReadInstitutions);
  const { version, ...patch } = parse(updateInstitutionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, canUpdateInstitution, version);
    const given = givenFields(patch);
    const next: InstitutionRow = { ...current, ...given };
    if (next.type !== current.type) {
      const allowed = allowedFactsOf(next.type);
      for (const field of typeSpecificFields)
        if (!allowed.includes(field) && !(field in given)) Object.assign(next, { [field]: null });
    }
    const problems: FieldProblem[] = typeFactIssues(next).map((i) => ({ field: i.field, id: i.message }));
    let territory: InstitutionTerritory | undefined;
    if (next.territoryCode !== current.territoryCode || next.type !== current.type) {
      const checked = await checkTerritory(tctx.db, next.territoryCode, next.type);
      if ('problem' in checked) problems.push(checked.problem);
      else territory = checked.territory;
    }
    if (problems.length) throw invalid(problems);
    const changes = changedFields(current, next, AUDITED_FIELDS);
    if (Object.keys(changes).length === 0) return recordOf(tctx.db, current);
    const updated = await writeAtVersion(tctx, current, {
      ...Object.fromEntries(
        Object.keys(changes).map((field) => [field, next[field as keyof InstitutionRow]]),
      ),
      searchName: toSearchable(next.name),
      ...(territory && territoryColumns(territory)),
    });
    await recordAudit(tctx, {
      action: 'institution.update',
      entityType: 'institution',
      entityId: id,
      institutionId: id,
      changes,
    });
    return recordOf(tctx.db, updated);
  });
}

/**
 * Takes the institution out of use: never deleted (others refer to it), but marked with who,
 * when and why, and left out of the registry's default list.
 */
export async function deactivateInstitution(
  ctx: Ctx,
  id: string,
  input: DeactivateInstitutionInput,
): Promise<InstitutionRecord> {
  authorize(ctx, canReadInstitutions);
  const { reason } = parse(deactivateInstitutionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, canDeactivateInstitution);
    if (current.status === 'inactive') throw new AppError('conflict', 'institution.alreadyInactive');
    const updated = await writeAtVersion(tctx, current, {
      status: 'inactive',
      deactivatedAt: new Date(),
      deactivatedBy: tctx.actor?.userId ?? null,
      deactivationReason: reason,
    });
    await recordAudit(tctx, {
      action: 'institution.deactivate',
      entityType: 'institution',
      entityId: id,
      institutionId: id,
      changes: changedFields(current, updated, AUDITED_FIELDS),
    });
    return recordOf(tctx.db, updated);
  });
}

/** Brings a deactivated institution back; the audit log keeps who deactivated it and why. */
export async function reactivateInstitution(ctx: Ctx, id: string): Promise<InstitutionRecord> {
  authorize(ctx, canReadInstitutions);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, canDeactivateInstitution);
    if (current.status === 'active') throw new AppError('conflict', 'institution.alreadyActive');
    const updated = await writeAtVersion(tctx, current, {
      status: 'active',
      deactivatedAt: null,
      deactivatedBy: null,
      deactivationReason: null,
    });
    await recordAudit(tctx, {
      action: 'institution.reactivate',
      entityType: 'institution',
      entityId: id,
      institutionId: id,
      changes: changedFields(current, updated, AUDITED_FIELDS),
    });
    return recordOf(tctx.db, updated);
  });
}
