import {
  type CreatePilotInput,
  createPilotBody,
  type ListPilotsQuery,
  type PilotListResponse,
  type PilotView,
  testingEndsOn,
  type UpdatePilotInput,
  updatePilotBody,
  versionBody,
} from '../../../common/contracts/pilots';
import { toSearchable } from '../../../common/text';
import { changedFields } from '../../platform/audit';
import {
  type Actor,
  authorize,
  type Ctx,
  institutionsWithPermission,
  inTransaction,
  requireActor,
} from '../../platform/authz';
import { type FieldProblem, invalid, parse, versionConflict } from '../../platform/errors';
import { canManagePilot } from './pilot.policy';
import { presentPilot, presentSummary, ranking } from './pilot.presenter';
import {
  findActiveUserByEmail,
  findInstitutionRefs,
  findPilotRow,
  insertPilot,
  type PilotInsert,
  type PilotRow,
  searchPilots,
  setCandidateStates,
  updatePilotAtVersion,
} from './pilot.repository';
import {
  audit,
  loadForManage,
  loadPilot,
  loadRecord,
  presentFresh,
  presentLoaded,
  recruiting,
} from './pilot-record';

const AUDITED = [
  'name',
  'organiserInstitutionId',
  'startsOn',
  'endsOn',
  'testingStartsOn',
  'testingMonths',
  'sitesToChoose',
  'state',
  'qualitySpecialistUserId',
  'learningExpertUserId',
] as const;

/** Every signed-in user finds the pilots; `canCreate` says whether the actor may start one. */
export async function listPilots(ctx: Ctx, query: ListPilotsQuery): Promise<PilotListResponse> {
  requireActor(ctx);
  const { rows, total } = await searchPilots(ctx.db, query);
  const names = await findInstitutionRefs(
    ctx.db,
    rows.map((r) => r.pilot.organiserInstitutionId),
  );
  return {
    items: rows.map((r) =>
      presentSummary(r.pilot, names.get(r.pilot.organiserInstitutionId)?.name ?? '', {
        candidatesCount: r.candidatesCount,
        chosenCount: r.chosenCount,
      }),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
    canCreate: canCreate(ctx.actor),
  };
}

const canCreate = (actor: Actor) =>
  actor.isPlatformAdmin || institutionsWithPermission(actor, 'pilots.manage').length > 0;

export async function getPilot(ctx: Ctx, id: string): Promise<PilotView> {
  requireActor(ctx);
  const row = await loadPilot(ctx, id);
  const record = await loadRecord(ctx, row);
  const view = presentPilot(record, ctx.actor);
  // The experts' e-mails go only to those who run the pilot; their reading is logged.
  if (view.abilities.manage && record.experts.length > 0)
    await audit(ctx, row, { action: 'pilot.readExperts' }, { experts: record.experts.length }, true);
  return view;
}

type PilotFields = Partial<Pick<PilotRow, 'startsOn' | 'endsOn' | 'testingStartsOn' | 'testingMonths'>>;

/**
 * Dates must follow each other: the pilot ends after it starts, and its testing period (from the
 * testing start, the given number of months) lies within it. Role e-mails must name active accounts.
 */
async function problemsOf(
  ctx: Ctx,
  next: PilotFields & { organiserInstitutionId?: string | undefined },
  emails: {
    qualitySpecialistEmail?: string | null | undefined;
    learningExpertEmail?: string | null | undefined;
  },
) {
  const problems: FieldProblem[] = [];
  const changes: Partial<PilotInsert> = {};
  if (next.startsOn && next.endsOn && next.endsOn < next.startsOn)
    problems.push({ field: 'endsOn', id: 'field.dateOrder' });
  if (next.testingStartsOn && next.testingMonths && next.startsOn && next.endsOn) {
    const end = testingEndsOn(next.testingStartsOn, next.testingMonths);
    if (next.testingStartsOn < next.startsOn || end > next.endsOn)
      problems.push({ field: 'testingStartsOn', id: 'pilot.testingOutsidePeriod', params: { end } });
  }
  if (next.organiserInstitutionId) {
    const found = (await findInstitutionRefs(ctx.db, [next.organiserInstitutionId])).get(
      next.organiserInstitutionId,
    );
    if (found?.status !== 'active')
      problems.push({ field: 'organiserInstitutionId', id: 'pilot.institutionUnknown' });
  }
  for (const [field, column] of [
    ['qualitySpecialistEmail', 'qualitySpecialistUserId'],
    ['learningExpertEmail', 'learningExpertUserId'],
  ] as const) {
    const email = emails[field];
    if (email === undefined) continue;
    if (email === null) {
      changes[column] = null;
      continue;
    }
    const user = await findActiveUserByEmail(ctx.db, email);
    if (!user) problems.push({ field, id: 'pilot.userUnknown' });
    else changes[column] = user.id;
  }
  return { problems, changes };
}

/** The institution running the project starts a pilot; 30 sites and 14 months unless said otherwise. */
export async function createPilot(ctx: Ctx, input: CreatePilotInput): Promise<PilotView> {
  const { qualitySpecialistEmail, learningExpertEmail, ...body } = parse(createPilotBody, input);
  return inTransaction(ctx, async (tctx) => {
    authorize(tctx, (actor) =>
      canManagePilot(actor, { ...body, qualitySpecialistUserId: null, learningExpertUserId: null }),
    );
    const { problems, changes } = await problemsOf(tctx, body, {
      qualitySpecialistEmail,
      learningExpertEmail,
    });
    if (problems.length) throw invalid(problems);
    const row = await insertPilot(tctx.db, { ...body, ...changes, searchName: toSearchable(body.name) });
    await audit(tctx, row, { action: 'pilot.create' }, changedFields(null, row, AUDITED));
    return presentLoaded(tctx, row);
  });
}

export async function updatePilot(ctx: Ctx, id: string, input: UpdatePilotInput): Promise<PilotView> {
  const { version, qualitySpecialistEmail, learningExpertEmail, ...patch } = parse(updatePilotBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForManage(tctx, id, version);
    const given = Object.fromEntries(
      Object.entries(patch).filter(([, v]) => v !== undefined),
    ) as Partial<PilotInsert>;
    const merged = { ...current, ...given };
    const { problems, changes } = await problemsOf(
      tctx,
      { ...merged, organiserInstitutionId: patch.organiserInstitutionId },
      { qualitySpecialistEmail, learningExpertEmail },
    );
    // Handing the pilot to another institution is fine; handing it away from oneself is a slip.
    if (!tctx.system && !canManagePilot(tctx.actor, { ...current, ...given }))
      problems.push({ field: 'organiserInstitutionId', id: 'pilot.wouldLoseAccess' });
    if (
      current.state !== 'recruiting' &&
      patch.sitesToChoose !== undefined &&
      patch.sitesToChoose !== current.sitesToChoose
    )
      problems.push({ field: 'sitesToChoose', id: 'pilot.sitesAlreadyChosen' });
    if (problems.length) throw invalid(problems);
    const all: Partial<PilotInsert> = {
      ...given,
      ...changes,
      ...(patch.name ? { searchName: toSearchable(patch.name) } : {}),
    };
    const diff = changedFields(current, { ...current, ...all } as PilotRow, AUDITED);
    if (Object.keys(diff).length === 0) return presentLoaded(tctx, current);
    const updated = await updatePilotAtVersion(tctx.db, id, version, all);
    if (!updated) throw versionConflict(await presentFresh(tctx, id));
    await audit(tctx, updated, { action: 'pilot.update' }, diff);
    return presentLoaded(tctx, updated);
  });
}

/**
 * Chooses the sites: the first N of the ranking (N from the pilot) become chosen, the other
 * candidates not rejected go to the reserve list, and the pilot leaves recruitment. Ties at the
 * limit are settled by the ranking's published order (potential, experience, application date).
 */
export async function chooseSites(ctx: Ctx, id: string, input: unknown): Promise<PilotView> {
  const { version } = parse(versionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const current = await loadForManage(tctx, id, version);
    recruiting(current);
    const record = await loadRecord(tctx, current);
    const ranked = ranking(record).filter((r) => r.rank !== null);
    if (ranked.length === 0) throw invalid({ field: 'candidates', id: 'pilot.noCandidates' });
    const chosen = ranked.filter((r) => r.withinLimit).map((r) => r.item.id);
    const reserve = ranked.filter((r) => !r.withinLimit).map((r) => r.item.id);
    await setCandidateStates(tctx.db, chosen, 'chosen');
    await setCandidateStates(tctx.db, reserve, 'reserve');
    const updated = await updatePilotAtVersion(tctx.db, id, version, { state: 'selected' });
    if (!updated) throw versionConflict(await presentFresh(tctx, id));
    await audit(
      tctx,
      updated,
      { action: 'pilot.chooseSites' },
      {
        chosen: chosen.length,
        reserve: reserve.length,
        cutoffScore: ranked[chosen.length - 1]?.score.total ?? null,
      },
    );
    return presentLoaded(tctx, (await findPilotRow(tctx.db, id))!);
  });
}
