import {
  abandonInitiativeBody,
  type CreateInitiativeInput,
  checkFounders,
  createInitiativeBody,
  foundingRules,
  type InitiativeListResponse,
  type InitiativeState,
  type InitiativeView,
  type ListInitiativesQuery,
  registerInitiativeBody,
  type SupportInput,
  type UpdateInitiativeInput,
  updateInitiativeBody,
  versionBody,
} from '../../../common/contracts/pes-initiatives';
import type { InstitutionType } from '../../../common/enums';
import { parseGrosze } from '../../../common/money';
import { toSearchable } from '../../../common/text';
import { changedFields, recordAudit } from '../../platform/audit';
import {
  type Actor,
  authorize,
  type Ctx,
  institutionsWithPermission,
  inTransaction,
  requireActor,
} from '../../platform/authz';
import {
  AppError,
  type FieldProblem,
  invalid,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import {
  findCommissionIdsOfPlan,
  findOpenCommissionsOfJst,
  findPlannedCommissionRefs,
} from '../commissioning';
import { createInstitution } from '../institutions';
import { findUnitSummaries } from '../territory';
import { canManageInitiative, canReadInitiative } from './initiative.policy';
import { type InitiativeRefs, presentInitiative } from './initiative.presenter';
import {
  findInitiativeRow,
  findInstitutionRefs,
  findServiceTypeRefs,
  type InitiativeInsert,
  type InitiativeRow,
  insertInitiative,
  searchInitiatives,
  updateInitiativeAtVersion,
} from './initiative.repository';
import type { SupportEntry } from './initiative.table';

const ENTITY = 'pesInitiative';
const AUDITED = [
  'name',
  'legalForm',
  'state',
  'jstInstitutionId',
  'owesInstitutionId',
  'pupInstitutionId',
  'serviceTypeIds',
  'plannedCommissionId',
  'plannedCommission',
  'founders',
  'steps',
  'support',
  'statuteAdoptedOn',
  'krsAppliedOn',
  'krsNumber',
  'registeredOn',
  'abandonReason',
  'registeredInstitutionId',
] as const;

async function refsOf(ctx: Ctx, rows: InitiativeRow[]): Promise<InitiativeRefs> {
  const institutionIds = rows.flatMap((r) => [
    r.jstInstitutionId,
    r.owesInstitutionId,
    ...(r.pupInstitutionId ? [r.pupInstitutionId] : []),
    ...(r.registeredInstitutionId ? [r.registeredInstitutionId] : []),
    ...r.support.map((s) => s.institutionId),
  ]);
  const commissions = await findPlannedCommissionRefs(
    ctx.db,
    rows.flatMap((r) => (r.plannedCommissionId ? [r.plannedCommissionId] : [])),
  );
  // One after another: inside a transaction the queries share one connection.
  const institutions = await findInstitutionRefs(ctx.db, institutionIds);
  const serviceTypes = await findServiceTypeRefs(ctx.db, [
    ...rows.flatMap((r) => r.serviceTypeIds),
    ...[...commissions.values()].map((c) => c.serviceTypeId),
  ]);
  const units = await findUnitSummaries(
    ctx.db,
    rows.map((r) => r.territoryCode),
  );
  return { institutions, serviceTypes, units, commissions };
}

const present = async (ctx: Ctx, row: InitiativeRow, withFounders = true) =>
  presentInitiative(row, await refsOf(ctx, [row]), ctx.actor, withFounders);

/** A page of the initiatives the actor may see (its OWES, PUP or JST), without founders. */
export async function listInitiatives(
  ctx: Ctx,
  query: ListInitiativesQuery,
): Promise<InitiativeListResponse> {
  requireActor(ctx);
  const visibleTo = ctx.actor.isPlatformAdmin
    ? null
    : institutionsWithPermission(ctx.actor, 'pesInitiatives.read');
  const commissionIds = query.planId ? await findCommissionIdsOfPlan(ctx.db, query.planId) : undefined;
  const { rows, total } = await searchInitiatives(ctx.db, query, visibleTo, commissionIds);
  const refs = await refsOf(ctx, rows);
  return {
    items: rows.map((row) => presentInitiative(row, refs, ctx.actor, false)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    canCreate: await leadsAnOwesOrPup(ctx),
  };
}

/** Whether the actor speaks for an active OWES or PUP: only those start initiative groups. */
async function leadsAnOwesOrPup(ctx: Ctx & { actor: Actor }): Promise<boolean> {
  if (ctx.actor.isPlatformAdmin) return true;
  const own = await findInstitutionRefs(
    ctx.db,
    institutionsWithPermission(ctx.actor, 'pesInitiatives.manage'),
  );
  return [...own.values()].some((i) => i.status === 'active' && (i.type === 'owes' || i.type === 'pup'));
}

/** The initiative, or 404 to anyone the policy does not let see it. */
async function loadVisible(ctx: Ctx, id: string): Promise<InitiativeRow> {
  const row = await findInitiativeRow(ctx.db, id);
  if (!row || (!ctx.system && !canReadInitiative(ctx.actor, row))) throw notFound();
  return row;
}

/** One initiative with its founders; reading them is logged, as they name people (by initial). */
export async function getInitiative(ctx: Ctx, id: string): Promise<InitiativeView> {
  requireActor(ctx);
  const row = await loadVisible(ctx, id);
  if (row.founders.length > 0)
    await recordAudit(ctx, {
      action: 'pesInitiative.read',
      entityType: ENTITY,
      entityId: id,
      institutionId: row.owesInstitutionId,
      changes: { founders: row.founders.length },
      personalData: true,
    });
  return present(ctx, row);
}

interface References {
  jstInstitutionId?: string | undefined;
  owesInstitutionId?: string | undefined;
  pupInstitutionId?: string | null | undefined;
  serviceTypeIds?: string[] | undefined;
  support?: { institutionId: string }[] | undefined;
}

/**
 * The institutions must be active and of the kind their role needs (a gmina or powiat office, an
 * OWES, a PUP), the service types in the catalogue and in use. Returns the JST's unit.
 */
async function referenceProblems(ctx: Ctx, fields: References) {
  const ids = [fields.jstInstitutionId, fields.owesInstitutionId, fields.pupInstitutionId]
    .concat((fields.support ?? []).map((s) => s.institutionId))
    .filter((id): id is string => !!id);
  const found = await findInstitutionRefs(ctx.db, ids);
  const problems: FieldProblem[] = [];
  const expectKind = (
    field: string,
    id: string | null | undefined,
    types: InstitutionType[],
    message: string,
  ) => {
    if (!id) return;
    const i = found.get(id);
    if (i?.status !== 'active' || !types.includes(i.type)) problems.push({ field, id: message });
  };
  expectKind(
    'jstInstitutionId',
    fields.jstInstitutionId,
    ['jstGmina', 'jstPowiat'],
    'pesInitiative.jstRequired',
  );
  expectKind('owesInstitutionId', fields.owesInstitutionId, ['owes'], 'pesInitiative.owesRequired');
  expectKind('pupInstitutionId', fields.pupInstitutionId, ['pup'], 'pesInitiative.pupRequired');
  (fields.support ?? []).forEach((s, n) => {
    if (!found.has(s.institutionId))
      problems.push({ field: `support.${n}.institutionId`, id: 'pesInitiative.institutionUnknown' });
  });
  if (fields.serviceTypeIds) {
    const types = await findServiceTypeRefs(ctx.db, fields.serviceTypeIds);
    if (fields.serviceTypeIds.some((id) => types.get(id)?.status !== 'active'))
      problems.push({ field: 'serviceTypeIds', id: 'pesInitiative.serviceTypeUnknown' });
  }
  const jst = fields.jstInstitutionId ? found.get(fields.jstInstitutionId) : undefined;
  return { problems, territoryCode: jst?.territoryCode };
}

/** Who supports the group for which JST, and for which planned commission: the rules between them. */
interface Placement {
  jstInstitutionId: string;
  owesInstitutionId: string;
  pupInstitutionId: string | null;
  serviceTypeIds: string[];
  plannedCommissionId: string | null;
}

const placementFields: (keyof Placement)[] = [
  'jstInstitutionId',
  'owesInstitutionId',
  'pupInstitutionId',
  'serviceTypeIds',
  'plannedCommissionId',
];

/**
 * The rules between the parties, checked on what the initiative will be after the change:
 * - the OWES must serve the JST's voivodeship (an OWES is accredited for a voivodeship's
 *   subregion, as provider readiness also assumes), and the PUP must be the PUP of the JST's
 *   powiat (the labour-fund grant for a cooperative's founders comes from the powiat's office);
 * - the commission must be one of the JST's own plan, adopted or in execution (a draft is the
 *   JST's alone and is answered as unknown, so the refusal does not reveal it), and of one of the
 *   initiative's service types.
 * Only rules touched by the change are checked, so an old record is not refused for an
 * unrelated edit.
 */
async function placementProblems(
  ctx: Ctx,
  p: Placement,
  changed: ReadonlySet<keyof Placement> | 'all',
): Promise<FieldProblem[]> {
  const touched = (...fields: (keyof Placement)[]) => changed === 'all' || fields.some((f) => changed.has(f));
  const problems: FieldProblem[] = [];
  const found = await findInstitutionRefs(
    ctx.db,
    [p.jstInstitutionId, p.owesInstitutionId, p.pupInstitutionId].filter((id): id is string => !!id),
  );
  const jst = found.get(p.jstInstitutionId);
  const owes = found.get(p.owesInstitutionId);
  const pup = p.pupInstitutionId ? found.get(p.pupInstitutionId) : undefined;
  if (
    jst &&
    owes &&
    touched('jstInstitutionId', 'owesInstitutionId') &&
    owes.voivodeshipCode !== jst.voivodeshipCode
  )
    problems.push({ field: 'owesInstitutionId', id: 'pesInitiative.owesOutsideVoivodeship' });
  if (jst && pup && touched('jstInstitutionId', 'pupInstitutionId') && pup.powiatCode !== jst.powiatCode)
    problems.push({ field: 'pupInstitutionId', id: 'pesInitiative.pupOutsidePowiat' });
  if (p.plannedCommissionId && touched('jstInstitutionId', 'serviceTypeIds', 'plannedCommissionId')) {
    const commission = (await findPlannedCommissionRefs(ctx.db, [p.plannedCommissionId])).get(
      p.plannedCommissionId,
    );
    if (!commission || commission.planState === 'draft' || commission.jstInstitutionId !== p.jstInstitutionId)
      problems.push({ field: 'plannedCommissionId', id: 'pesInitiative.commissionNotOfJst' });
    // A plan reported after the link was made keeps it: only a new link must be to a plan still running.
    else if (commission.planState === 'reported' && touched('plannedCommissionId'))
      problems.push({ field: 'plannedCommissionId', id: 'pesInitiative.commissionPlanReported' });
    else if (!p.serviceTypeIds.includes(commission.serviceTypeId))
      problems.push({ field: 'plannedCommissionId', id: 'pesInitiative.commissionServiceType' });
  }
  return problems;
}

/**
 * The commissions of the JST's adopted plans a new PES may prepare for, for the initiative's
 * form. Adopted plans are public to members, so any JST's may be listed.
 */
export async function commissionOptions(ctx: Ctx, jstInstitutionId: string) {
  requireActor(ctx);
  const rows = await findOpenCommissionsOfJst(ctx.db, jstInstitutionId);
  const types = await findServiceTypeRefs(
    ctx.db,
    rows.map((r) => r.serviceTypeId),
  );
  return {
    items: rows.map((r) => ({
      commissionId: r.id,
      planId: r.planId,
      planTitle: r.planTitle,
      serviceType: { id: r.serviceTypeId, name: types.get(r.serviceTypeId)?.name ?? '' },
      mode: r.mode,
      year: r.year,
      quarter: r.quarter,
      budget: r.budget,
    })),
  };
}

/** The refusal when founders are fewer than the form's legal minimum: it names the form and its minimum. */
const foundersProblem = (row: Pick<InitiativeRow, 'legalForm' | 'founders'>): FieldProblem | null =>
  checkFounders(row.legalForm, row.founders).met
    ? null
    : {
        field: 'founders',
        id: `pesInitiative.foundersBelowMinimum.${row.legalForm}`,
        params: { persons: checkFounders(row.legalForm, row.founders).persons },
      };

const supportEntry = (s: SupportInput): SupportEntry => ({
  ...s,
  amount: s.amount ? parseGrosze(s.amount) : null,
  note: s.note ?? null,
});

/** An OWES or PUP starts an initiative group; it starts as "forming", founders may still be few. */
export async function createInitiative(ctx: Ctx, input: CreateInitiativeInput): Promise<InitiativeView> {
  const body = parse(createInitiativeBody, input);
  return inTransaction(ctx, async (tctx) => {
    authorize(tctx, (actor) =>
      canManageInitiative(actor, { ...body, pupInstitutionId: body.pupInstitutionId ?? null }),
    );
    const { problems, territoryCode } = await referenceProblems(tctx, body);
    if (!problems.length)
      problems.push(
        ...(await placementProblems(
          tctx,
          {
            ...body,
            pupInstitutionId: body.pupInstitutionId ?? null,
            plannedCommissionId: body.plannedCommissionId ?? null,
          },
          'all',
        )),
      );
    if (problems.length || !territoryCode) throw invalid(problems);
    const row = await insertInitiative(tctx.db, {
      ...body,
      pupInstitutionId: body.pupInstitutionId ?? null,
      plannedCommissionId: body.plannedCommissionId ?? null,
      plannedCommission: body.plannedCommission ?? null,
      support: body.support.map(supportEntry),
      founders: body.founders.map((f) => ({ ...f, role: f.role ?? null })),
      statuteAdoptedOn: body.statuteAdoptedOn ?? null,
      krsAppliedOn: body.krsAppliedOn ?? null,
      territoryCode,
      searchName: toSearchable(body.name),
    });
    await recordAudit(tctx, {
      action: 'pesInitiative.create',
      entityType: ENTITY,
      entityId: row.id,
      institutionId: row.owesInstitutionId,
      changes: changedFields(null, row, AUDITED),
      personalData: row.founders.length > 0,
    });
    return present(tctx, row);
  });
}

/**
 * Loads the initiative to change: 404 to those who may not see it, 403 to those who see but do
 * not lead it, 409 once it is registered or abandoned or when the version is stale.
 */
async function loadForChange(tctx: Ctx, id: string, version: number): Promise<InitiativeRow> {
  const current = await loadVisible(tctx, id);
  authorize(tctx, (actor) => canManageInitiative(actor, current));
  if (current.state === 'registered' || current.state === 'abandoned')
    throw new AppError('conflict', 'pesInitiative.closed');
  if (current.version !== version) throw versionConflict(await present(tctx, current));
  return current;
}

async function write(
  tctx: Ctx,
  current: InitiativeRow,
  changes: Partial<InitiativeInsert>,
  action: string,
): Promise<InitiativeView> {
  const next = { ...current, ...changes } as InitiativeRow;
  const diff = changedFields(current, next, AUDITED);
  if (Object.keys(diff).length === 0) return present(tctx, current);
  const updated = await updateInitiativeAtVersion(tctx.db, current.id, current.version, changes);
  if (!updated) throw versionConflict(await present(tctx, (await findInitiativeRow(tctx.db, current.id))!));
  await recordAudit(tctx, {
    action,
    entityType: ENTITY,
    entityId: current.id,
    institutionId: current.owesInstitutionId,
    changes: diff,
    personalData: 'founders' in diff,
  });
  return present(tctx, updated);
}

/**
 * Changes the initiative at the version the editor read. Past "forming" the founders must keep
 * meeting the form's minimum: a group that prepares or registers cannot drop below it.
 */
export async function updateInitiative(ctx: Ctx, id: string, input: UpdateInitiativeInput) {
  const { version, ...patch } = parse(updateInitiativeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    const { problems, territoryCode } = await referenceProblems(tctx, patch);
    const changes: Partial<InitiativeInsert> = Object.fromEntries(
      Object.entries({
        ...patch,
        founders: patch.founders?.map((f) => ({ ...f, role: f.role ?? null })),
        support: patch.support?.map(supportEntry),
        searchName: patch.name ? toSearchable(patch.name) : undefined,
        territoryCode,
      }).filter(([, v]) => v !== undefined),
    );
    const next = { ...current, ...changes } as InitiativeRow;
    if (!problems.length)
      problems.push(
        ...(await placementProblems(
          tctx,
          next,
          // What the edit really changes: a form sends every field back, and an unchanged link to a
          // plan reported since must not block an edit of the group's name.
          new Set(placementFields.filter((f) => JSON.stringify(current[f]) !== JSON.stringify(next[f]))),
        )),
      );
    const founders = current.state === 'forming' ? null : foundersProblem(next);
    if (founders) problems.push(founders);
    // Handing the group to another OWES or PUP is fine; handing it away from oneself is a slip.
    if (!tctx.system && !canManageInitiative(tctx.actor, next))
      problems.push({ field: 'owesInstitutionId', id: 'pesInitiative.wouldLoseAccess' });
    if (problems.length) throw invalid(problems);
    return write(tctx, current, changes, 'pesInitiative.update');
  });
}

const nextState: Partial<Record<InitiativeState, InitiativeState>> = {
  forming: 'preparing',
  preparing: 'registering',
};

/**
 * forming → preparing once the founders meet the legal minimum; preparing → registering once the
 * statute is adopted (the KRS application follows it).
 */
export async function advanceInitiative(ctx: Ctx, id: string, input: unknown) {
  const { version } = parse(versionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    const state = nextState[current.state];
    if (!state) throw new AppError('conflict', 'pesInitiative.cannotAdvance');
    const problems = [foundersProblem(current)].filter((p): p is FieldProblem => !!p);
    if (state === 'registering' && !current.statuteAdoptedOn)
      problems.push({ field: 'statuteAdoptedOn', id: 'pesInitiative.statuteRequired' });
    if (problems.length) throw invalid(problems);
    return write(tctx, current, { state }, 'pesInitiative.advance');
  });
}

export async function abandonInitiative(ctx: Ctx, id: string, input: unknown) {
  const { version, reason } = parse(abandonInitiativeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    return write(tctx, current, { state: 'abandoned', abandonReason: reason }, 'pesInitiative.abandon');
  });
}

/**
 * The court entered the new entity: its KRS number (none for a simple association, which the
 * starosta registers) is recorded and the new PES enters the institutions registry, linked to this
 * initiative as its origin. Adding to the registry is otherwise the platform administrator's, so
 * the registry's own use case runs as the platform's work, still naming the user in the audit log:
 * the OWES or PUP records a fact of the court, not a registration of its own choosing.
 */
export async function registerInitiative(ctx: Ctx, id: string, input: unknown) {
  const { version, krsNumber, registeredOn } = parse(registerInitiativeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    if (current.state !== 'registering') throw new AppError('conflict', 'pesInitiative.notRegistering');
    const rule = foundingRules[current.legalForm];
    const problems = [foundersProblem(current)].filter((p): p is FieldProblem => !!p);
    if (rule.krs && !krsNumber) problems.push({ field: 'krsNumber', id: 'pesInitiative.krsRequired' });
    if (!rule.krs && krsNumber) problems.push({ field: 'krsNumber', id: 'pesInitiative.krsNotApplicable' });
    if (rule.krs && !current.krsAppliedOn)
      problems.push({ field: 'krsAppliedOn', id: 'pesInitiative.krsApplicationRequired' });
    if (problems.length) throw invalid(problems);
    const pes = await createInstitution(
      { ...tctx, system: true },
      {
        name: current.name,
        type: 'pes',
        territoryCode: current.territoryCode,
        krs: krsNumber ?? null,
        pesLegalForm: current.legalForm === 'simpleAssociation' ? 'association' : current.legalForm,
        // A social cooperative is a PES by its act; the others need the voivode's decision first.
        socialEconomyStatus: current.legalForm === 'socialCooperative',
      },
    );
    return write(
      tctx,
      current,
      { state: 'registered', krsNumber: krsNumber ?? null, registeredOn, registeredInstitutionId: pes.id },
      'pesInitiative.register',
    );
  });
}
