import {
  type AddCandidateInput,
  type AddExpertInput,
  addCandidateBody,
  addExpertBody,
  assignCaretakerBody,
  attendanceBody,
  CARETAKERS_PER_SITE,
  type PilotView,
  rejectCandidateBody,
  siteInstitutionTypes,
  TRAINING_DAYS,
  updateCandidateBody,
} from '../../../common/contracts/pilots';
import { changedFields } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/authz';
import {
  AppError,
  type FieldProblem,
  invalid,
  notFound,
  parse,
  versionConflict,
} from '../../platform/errors';
import { isTrained } from './pilot.presenter';
import {
  type CandidateRow,
  deleteCaretaker,
  findCandidate,
  findCandidates,
  findCaretakers,
  findExpert,
  findExperts,
  findInstitutionRefs,
  insertCandidate,
  insertCaretaker,
  insertExpert,
  type PilotRow,
  updateCandidateAtVersion,
  updateExpertAttendance,
} from './pilot.repository';
import { audit, loadForManage, presentFresh, recruiting } from './pilot-record';

const CRITERIA = [
  'organiserType',
  'yearsOfExperience',
  'sectionsCount',
  'cooperatingPesCount',
  'owesRecommendedById',
  'state',
  'rejectionReason',
] as const;

/** A site must be an active CIS or KIS of the registry; a recommending OWES an active OWES. */
async function referenceProblems(
  ctx: Ctx,
  ids: { institutionId?: string; owesRecommendedById?: string | null },
) {
  const found = await findInstitutionRefs(
    ctx.db,
    [ids.institutionId, ids.owesRecommendedById].filter((id): id is string => !!id),
  );
  const problems: FieldProblem[] = [];
  if (ids.institutionId) {
    const site = found.get(ids.institutionId);
    if (site?.status !== 'active' || !(siteInstitutionTypes as readonly string[]).includes(site.type))
      problems.push({ field: 'institutionId', id: 'pilot.siteTypeRequired' });
  }
  if (ids.owesRecommendedById) {
    const owes = found.get(ids.owesRecommendedById);
    if (owes?.status !== 'active' || owes.type !== 'owes')
      problems.push({ field: 'owesRecommendedById', id: 'pilot.owesRequired' });
  }
  return problems;
}

/** A CIS or KIS enters the recruitment with its criteria values; once per pilot. */
export async function addCandidate(ctx: Ctx, pilotId: string, input: AddCandidateInput): Promise<PilotView> {
  const body = parse(addCandidateBody, input);
  return inTransaction(ctx, async (tctx) => {
    const pilot = await loadForManage(tctx, pilotId);
    recruiting(pilot);
    const problems = await referenceProblems(tctx, body);
    if ((await findCandidates(tctx.db, pilotId)).some((c) => c.institutionId === body.institutionId))
      problems.push({ field: 'institutionId', id: 'pilot.candidateDuplicate' });
    if (problems.length) throw invalid(problems);
    const row = await insertCandidate(tctx.db, {
      ...body,
      owesRecommendedById: body.owesRecommendedById ?? null,
      pilotId,
    });
    await audit(
      tctx,
      pilot,
      { action: 'pilot.addCandidate' },
      { candidateId: row.id, ...changedFields(null, row, CRITERIA) },
    );
    return presentFresh(tctx, pilotId);
  });
}

async function loadCandidateForChange(tctx: Ctx, pilotId: string, candidateId: string, version: number) {
  const pilot = await loadForManage(tctx, pilotId);
  recruiting(pilot);
  const candidate = await findCandidate(tctx.db, pilotId, candidateId);
  if (!candidate) throw notFound();
  if (candidate.version !== version) throw versionConflict(await presentFresh(tctx, pilotId));
  return { pilot, candidate };
}

async function writeCandidate(
  tctx: Ctx,
  pilot: PilotRow,
  candidate: CandidateRow,
  changes: Partial<CandidateRow>,
  action: { action: `pilot.${string}` },
) {
  const pilotId = pilot.id;
  const diff = changedFields(candidate, { ...candidate, ...changes }, CRITERIA);
  if (Object.keys(diff).length > 0) {
    const updated = await updateCandidateAtVersion(tctx.db, candidate.id, candidate.version, changes);
    if (!updated) throw versionConflict(await presentFresh(tctx, pilotId));
    await audit(tctx, pilot, action, { candidateId: candidate.id, ...diff });
  }
  return presentFresh(tctx, pilotId);
}

/** Corrects a candidate's criteria values while the pilot recruits (the ranking follows). */
export async function updateCandidate(ctx: Ctx, pilotId: string, candidateId: string, input: unknown) {
  const { version, ...patch } = parse(updateCandidateBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { pilot, candidate } = await loadCandidateForChange(tctx, pilotId, candidateId, version);
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const problems = await referenceProblems(tctx, { owesRecommendedById: patch.owesRecommendedById });
    if (problems.length) throw invalid(problems);
    return writeCandidate(tctx, pilot, candidate, given, { action: 'pilot.updateCandidate' });
  });
}

/** A candidate that does not qualify (not a working CIS/KIS, withdrew) leaves the ranking, with the reason. */
export async function rejectCandidate(ctx: Ctx, pilotId: string, candidateId: string, input: unknown) {
  const { version, reason } = parse(rejectCandidateBody, input);
  return inTransaction(ctx, async (tctx) => {
    const { pilot, candidate } = await loadCandidateForChange(tctx, pilotId, candidateId, version);
    if (candidate.state === 'rejected') throw new AppError('conflict', 'pilot.alreadyRejected');
    return writeCandidate(
      tctx,
      pilot,
      candidate,
      { state: 'rejected', rejectionReason: reason },
      { action: 'pilot.rejectCandidate' },
    );
  });
}

/** An expert proposed by a site, its OWES or JST, by name and e-mail; training not yet attended. */
export async function addExpert(ctx: Ctx, pilotId: string, input: AddExpertInput): Promise<PilotView> {
  const body = parse(addExpertBody, input);
  const email = body.email.toLowerCase();
  return inTransaction(ctx, async (tctx) => {
    const pilot = await loadForManage(tctx, pilotId);
    const problems: FieldProblem[] = [];
    if ((await findExperts(tctx.db, pilotId)).some((e) => e.email === email))
      problems.push({ field: 'email', id: 'pilot.expertDuplicate' });
    if (body.nominatedByInstitutionId) {
      const found = await findInstitutionRefs(tctx.db, [body.nominatedByInstitutionId]);
      if (found.get(body.nominatedByInstitutionId)?.status !== 'active')
        problems.push({ field: 'nominatedByInstitutionId', id: 'pilot.institutionUnknown' });
    }
    if (problems.length) throw invalid(problems);
    const row = await insertExpert(tctx.db, {
      pilotId,
      name: body.name,
      email,
      nominatedByInstitutionId: body.nominatedByInstitutionId ?? null,
      attendedDays: [],
    });
    await audit(
      tctx,
      pilot,
      { action: 'pilot.addExpert' },
      { expertId: row.id, name: row.name, email: row.email },
      true,
    );
    return presentFresh(tctx, pilotId);
  });
}

/**
 * Records which of the 9 training days the expert attended. A caretaker already assigned keeps
 * all 9: taking a day away would leave an untrained expert caring for a site.
 */
export async function recordAttendance(ctx: Ctx, pilotId: string, expertId: string, input: unknown) {
  const { days, version } = parse(attendanceBody, input);
  return inTransaction(ctx, async (tctx) => {
    const pilot = await loadForManage(tctx, pilotId);
    const expert = await findExpert(tctx.db, pilotId, expertId);
    if (!expert) throw notFound();
    if (expert.version !== version) throw versionConflict(await presentFresh(tctx, pilotId));
    const assigned = (await findCaretakers(tctx.db, pilotId)).some((k) => k.expertId === expertId);
    if (assigned && new Set(days).size < TRAINING_DAYS)
      throw invalid({ field: 'days', id: 'pilot.attendanceOfCaretaker' });
    const sorted = [...days].sort((a, b) => a - b);
    const updated = await updateExpertAttendance(tctx.db, expertId, version, sorted);
    if (!updated) throw versionConflict(await presentFresh(tctx, pilotId));
    await audit(
      tctx,
      pilot,
      { action: 'pilot.recordAttendance' },
      {
        expertId,
        attendedDays: { before: expert.attendedDays, after: sorted },
      },
    );
    return presentFresh(tctx, pilotId);
  });
}

/**
 * Makes a trained expert a caretaker of a chosen site. Refused, naming the field: a site not
 * chosen, an expert who has not attended all 9 training days (seed 001: "Warunkiem zatrudnienia
 * będzie wcześniejsze ukończenie szkolenia"), an expert already caring for a site, a site that
 * has its two caretakers. The pilot row is locked, so two assignments cannot both take the last place.
 */
export async function assignCaretaker(ctx: Ctx, pilotId: string, input: unknown): Promise<PilotView> {
  const { candidateId, expertId } = parse(assignCaretakerBody, input);
  return inTransaction(ctx, async (tctx) => {
    const pilot = await loadForManage(tctx, pilotId);
    // One after another: a transaction's one connection takes one query at a time.
    const candidate = await findCandidate(tctx.db, pilotId, candidateId);
    const expert = await findExpert(tctx.db, pilotId, expertId);
    const caretakers = await findCaretakers(tctx.db, pilotId);
    const problems: FieldProblem[] = [];
    if (candidate?.state !== 'chosen') problems.push({ field: 'candidateId', id: 'pilot.siteNotChosen' });
    else if (caretakers.filter((k) => k.candidateId === candidateId).length >= CARETAKERS_PER_SITE)
      problems.push({ field: 'candidateId', id: 'pilot.siteFull', params: { max: CARETAKERS_PER_SITE } });
    if (!expert) problems.push({ field: 'expertId', id: 'pilot.expertUnknown' });
    else if (!isTrained(expert))
      problems.push({
        field: 'expertId',
        id: 'pilot.expertUntrained',
        params: { attended: new Set(expert.attendedDays).size, required: TRAINING_DAYS },
      });
    else if (caretakers.some((k) => k.expertId === expertId))
      problems.push({ field: 'expertId', id: 'pilot.expertAssigned' });
    if (problems.length) throw invalid(problems);
    const row = await insertCaretaker(tctx.db, { pilotId, candidateId, expertId });
    await audit(
      tctx,
      pilot,
      { action: 'pilot.assignCaretaker' },
      { caretakerId: row.id, candidateId, expertId },
    );
    return presentFresh(tctx, pilotId);
  });
}

/** Ends an expert's care of a site (the expert left, or was assigned by mistake). */
export async function removeCaretaker(ctx: Ctx, pilotId: string, caretakerId: string): Promise<PilotView> {
  return inTransaction(ctx, async (tctx) => {
    const pilot = await loadForManage(tctx, pilotId);
    const removed = await deleteCaretaker(tctx.db, pilotId, caretakerId);
    if (!removed) throw notFound();
    await audit(
      tctx,
      pilot,
      { action: 'pilot.removeCaretaker' },
      {
        caretakerId,
        candidateId: removed.candidateId,
        expertId: removed.expertId,
      },
    );
    return presentFresh(tctx, pilotId);
  });
}
