import {
  type CreateProgrammeInput,
  createProgrammeBody,
  type ListProgrammesQuery,
  type ProgrammeKind,
  type ProgrammeListResponse,
  type ProgrammeState,
  type ProgrammeView,
  type UpdateProgrammeInput,
  updateProgrammeBody,
  versionBody,
} from '../../../common/contracts/preparation-programmes';
import { toSearchable } from '../../../common/text';
import { changedFields, recordAudit } from '../../platform/audit';
import {
  authorize,
  type Ctx,
  institutionsWithPermission,
  inTransaction,
  requireActor,
} from '../../platform/authz';
import { newId } from '../../platform/db';
import {
  AppError,
  type FieldProblem,
  invalid,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import { findUnitSummaries } from '../territory';
import { canManageProgramme, canReadProgrammes } from './programme.policy';
import { presentProgramme } from './programme.presenter';
import {
  countsFor,
  findInstitutionRefs,
  findNeedRefs,
  findProgrammeRow,
  findQualificationRefs,
  insertProgramme,
  type ProgrammeInsert,
  type ProgrammeRow,
  searchProgrammes,
  updateProgrammeAtVersion,
} from './programme.repository';
import { participantsOf, refsOf } from './programme-refs';

export const PROGRAMME = 'preparationProgramme';
const AUDITED = [
  'title',
  'qualificationIds',
  'staffingNeedIds',
  'startsOn',
  'endsOn',
  'places',
  'territoryCode',
  'modules',
  'state',
] as const;

/** The kind follows the institution: only a CIS or a KIS runs a preparation programme. */
const kindOf = (type: string): ProgrammeKind | null => (type === 'cis' || type === 'kis' ? type : null);

/**
 * The programme as its reader may see it: with participants (and a logged read of their labels)
 * for those who run it, with counts only for everyone else.
 */
export async function presentFull(ctx: Ctx, row: ProgrammeRow): Promise<ProgrammeView> {
  const manage = ctx.system || canManageProgramme(ctx.actor, row);
  const participants = manage ? await participantsOf(ctx, row.id) : null;
  // Sequential: this also runs inside the transaction of a change, on its one connection.
  const refs = await refsOf(ctx, [row], participants?.rows, participants?.matches);
  const counts = await countsFor(ctx.db, [row.id]);
  return presentProgramme(row, counts.get(row.id)!, refs, ctx.actor, participants);
}

/** A page of programmes: cards and counts, never participants. */
export async function listProgrammes(ctx: Ctx, query: ListProgrammesQuery): Promise<ProgrammeListResponse> {
  authorize(ctx, canReadProgrammes);
  requireActor(ctx);
  const { rows, total } = await searchProgrammes(ctx.db, query);
  const [refs, counts, own] = await Promise.all([
    refsOf(ctx, rows),
    countsFor(
      ctx.db,
      rows.map((r) => r.id),
    ),
    findInstitutionRefs(ctx.db, institutionsWithPermission(ctx.actor, 'preparationProgrammes.manage')),
  ]);
  return {
    items: rows.map((row) => presentProgramme(row, counts.get(row.id)!, refs, ctx.actor, null)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    runFor: [...own.values()]
      .filter((i) => i.status === 'active' && kindOf(i.type))
      .map(({ id, name, type }) => ({ id, name, type })),
  };
}

export async function loadProgramme(ctx: Ctx, id: string): Promise<ProgrammeRow> {
  const row = await findProgrammeRow(ctx.db, id);
  if (!row) throw notFound();
  return row;
}

/** One programme; its participants' labels are personal data, so reading them is logged. */
export async function getProgramme(ctx: Ctx, id: string): Promise<ProgrammeView> {
  authorize(ctx, canReadProgrammes);
  const row = await loadProgramme(ctx, id);
  const view = await presentFull(ctx, row);
  if (view.participants?.length)
    await recordAudit(ctx, {
      action: 'preparationProgramme.read',
      entityType: PROGRAMME,
      entityId: id,
      institutionId: row.institutionId,
      changes: { participants: view.participants.length },
      personalData: true,
    });
  return view;
}

interface References {
  qualificationIds?: string[] | undefined;
  staffingNeedIds?: string[] | undefined;
  territoryCode?: string | undefined;
}

/**
 * Qualifications must be in the catalogue and in use; each targeted need must be declared, open
 * and ask for one of the programme's qualifications (a need for another one is not what the
 * programme prepares for); the territory a unit of the register.
 */
async function referenceProblems(
  ctx: Ctx,
  fields: References,
  current?: ProgrammeRow,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const qualificationIds = fields.qualificationIds ?? current?.qualificationIds ?? [];
  if (fields.qualificationIds) {
    const found = await findQualificationRefs(ctx.db, fields.qualificationIds);
    if (fields.qualificationIds.some((id) => found.get(id)?.status !== 'active'))
      problems.push({ field: 'qualificationIds', id: 'preparationProgramme.qualificationUnknown' });
  }
  const needIds = fields.staffingNeedIds ?? (fields.qualificationIds ? current?.staffingNeedIds : undefined);
  if (needIds?.length) {
    const needs = await findNeedRefs(ctx.db, needIds);
    const kept = new Set(current?.staffingNeedIds ?? []);
    needIds.forEach((id, n) => {
      const need = needs.get(id);
      if (!need || (need.status !== 'open' && !kept.has(id)))
        problems.push({ field: `staffingNeedIds.${n}`, id: 'preparationProgramme.needNotOpen' });
      else if (!qualificationIds.includes(need.qualification.id))
        problems.push({
          field: `staffingNeedIds.${n}`,
          id: 'preparationProgramme.needQualificationMismatch',
        });
    });
  }
  if (
    fields.territoryCode &&
    !(await findUnitSummaries(ctx.db, [fields.territoryCode])).has(fields.territoryCode)
  )
    problems.push({ field: 'territoryCode', id: 'field.tercUnknown' });
  return problems;
}

const withModuleIds = (modules: { id?: string | undefined; title: string; plannedHours: number }[]) =>
  modules.map((m) => ({ id: m.id ?? newId(), title: m.title, plannedHours: m.plannedHours }));

/** A CIS or KIS starts a programme; it starts as planned. */
export async function createProgramme(ctx: Ctx, input: CreateProgrammeInput): Promise<ProgrammeView> {
  const body = parse(createProgrammeBody, input);
  return inTransaction(ctx, async (tctx) => {
    authorize(tctx, (actor) => canManageProgramme(actor, { institutionId: body.institutionId }));
    const institution = (await findInstitutionRefs(tctx.db, [body.institutionId])).get(body.institutionId);
    const kind = institution?.status === 'active' ? kindOf(institution.type) : null;
    const problems = await referenceProblems(tctx, body);
    if (!kind) problems.unshift({ field: 'institutionId', id: 'preparationProgramme.notCisOrKis' });
    if (problems.length || !kind) throw invalid(problems);
    const row = await insertProgramme(tctx.db, {
      ...body,
      kind,
      modules: withModuleIds(body.modules),
      searchTitle: toSearchable(body.title),
    });
    await recordAudit(tctx, {
      action: 'preparationProgramme.create',
      entityType: PROGRAMME,
      entityId: row.id,
      institutionId: row.institutionId,
      changes: changedFields(null, row, AUDITED),
    });
    return presentFull(tctx, row);
  });
}

/** Loads a programme to change: 404 when unknown, 403 to those who do not run it, 409 once finished or stale. */
async function loadForChange(tctx: Ctx, id: string, version: number): Promise<ProgrammeRow> {
  const current = await loadProgramme(tctx, id);
  authorize(tctx, (actor) => canManageProgramme(actor, current));
  if (current.state === 'finished') throw new AppError('conflict', 'preparationProgramme.finished');
  if (current.version !== version) throw versionConflict(await presentFull(tctx, current));
  return current;
}

async function write(tctx: Ctx, current: ProgrammeRow, changes: Partial<ProgrammeInsert>, action: string) {
  const next = { ...current, ...changes } as ProgrammeRow;
  const diff = changedFields(current, next, AUDITED);
  if (Object.keys(diff).length === 0) return presentFull(tctx, current);
  const updated = await updateProgrammeAtVersion(tctx.db, current.id, current.version, changes);
  if (!updated)
    throw versionConflict(await presentFull(tctx, (await findProgrammeRow(tctx.db, current.id))!));
  await recordAudit(tctx, {
    action,
    entityType: PROGRAMME,
    entityId: current.id,
    institutionId: current.institutionId,
    changes: diff,
  });
  return presentFull(tctx, updated);
}

/** Changes a programme at the version the editor read; a module with progress recorded stays. */
export async function updateProgramme(ctx: Ctx, id: string, input: UpdateProgrammeInput) {
  const { version, ...patch } = parse(updateProgrammeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    const problems = await referenceProblems(tctx, patch, current);
    const startsOn = patch.startsOn ?? current.startsOn;
    const endsOn = patch.endsOn ?? current.endsOn;
    if (endsOn < startsOn) problems.push({ field: 'endsOn', id: 'preparationProgramme.endsBeforeStart' });
    const modules = patch.modules ? withModuleIds(patch.modules) : undefined;
    if (modules) {
      const { rows } = await participantsOf(tctx, id);
      const used = new Set(
        rows.flatMap((p) => p.progress.filter((e) => e.hoursAttended > 0).map((e) => e.moduleId)),
      );
      if ([...used].some((m) => !modules.some((x) => x.id === m)))
        problems.push({ field: 'modules', id: 'preparationProgramme.moduleInUse' });
    }
    if (patch.places !== undefined) {
      const { rows } = await participantsOf(tctx, id);
      if (rows.filter((p) => p.state !== 'droppedOut').length > patch.places)
        problems.push({ field: 'places', id: 'preparationProgramme.placesBelowEnrolled' });
    }
    if (problems.length) throw invalid(problems);
    const changes: Partial<ProgrammeInsert> = Object.fromEntries(
      Object.entries({
        ...patch,
        modules,
        searchTitle: patch.title ? toSearchable(patch.title) : undefined,
      }).filter(([, v]) => v !== undefined),
    );
    return write(tctx, current, changes, 'preparationProgramme.update');
  });
}

const nextState: Partial<Record<ProgrammeState, ProgrammeState>> = {
  planned: 'running',
  running: 'finished',
};

/**
 * planned → running; running → finished once nobody is still enrolled or in progress (each has
 * graduated or dropped out, so the progress sheet the CIS files is complete).
 */
export async function advanceProgramme(ctx: Ctx, id: string, input: unknown) {
  const { version } = parse(versionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForChange(tctx, id, version);
    const state = nextState[current.state]!;
    if (state === 'finished') {
      const { rows } = await participantsOf(tctx, id);
      if (rows.some((p) => p.state === 'enrolled' || p.state === 'inProgress'))
        throw invalid({ field: 'participants', id: 'preparationProgramme.participantsStillActive' });
    }
    return write(tctx, current, { state }, 'preparationProgramme.advance');
  });
}
