import {
  type EnrolInput,
  enrolBody,
  type LinkOutcomeInput,
  type ListParticipantsQuery,
  linkOutcomeBody,
  type ParticipantListResponse,
  type ParticipantView,
  type PersonInput,
  participatingJstTypes,
  recruitmentPriority,
  type UpdatePeopleInput,
  updatePeopleBody,
} from '../../../common/contracts/training-programme';
import { parseGrosze } from '../../../common/money';
import { toSearchable } from '../../../common/text';
import type { Ctx } from '../../platform/authz';
import { inTransaction } from '../../platform/authz';
import { type FieldProblem, invalid, notFound, parse, versionConflict } from '../../platform/errors';
import { findActiveStaff, findActiveStaffMember } from '../accounts';
import { findAdoptedPlansOfJsts, findLatestPlanOfJst } from '../commissioning';
import { findInstitutionById } from '../institutions';
import { participantContext, presentParticipant, presentParticipantSummary } from './participant.presenter';
import {
  auditProgramme,
  loadProgramme,
  loadProgrammeToManage,
  type ProgrammeAccess,
  seesJst,
} from './programme-access';
import {
  findParticipant,
  findParticipantByJst,
  findPeople,
  insertParticipant,
  insertPeople,
  type ParticipantListRow,
  searchParticipants,
  updateParticipantAtVersion,
  updatePerson,
} from './training-programme.repository';

/** The JSTs taking part, in the recruitment order; a JST sees only its own row. */
export async function listParticipants(
  ctx: Ctx,
  id: string,
  query: ListParticipantsQuery,
): Promise<ParticipantListResponse> {
  const access = await loadProgramme(ctx, id);
  const { rows, total } = await searchParticipants(ctx.db, id, query, access.whole ? null : access.ownJsts);
  const context = await participantContext(ctx.db, rows);
  return {
    items: rows.map((row) => presentParticipantSummary(row, context)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function loadParticipant(ctx: Ctx, access: ProgrammeAccess, participantId: string, lock = false) {
  const row = await findParticipant(ctx.db, access.row.id, participantId, lock);
  if (!row || !seesJst(access, row.jstInstitutionId)) throw notFound();
  return row;
}

async function participantView(ctx: Ctx, access: ProgrammeAccess, row: ParticipantListRow) {
  return presentParticipant(row, await participantContext(ctx.db, [row]), access.manages);
}

export async function getParticipant(ctx: Ctx, id: string, participantId: string): Promise<ParticipantView> {
  const access = await loadProgramme(ctx, id);
  return participantView(ctx, access, await loadParticipant(ctx, access, participantId));
}

/** People given as platform users must be active staff of that very JST, each named once. */
async function checkPeople(ctx: Ctx, jstId: string, people: readonly PersonInput[]): Promise<void> {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const [index, person] of people.entries()) {
    if (!person.userId) continue;
    if (seen.has(person.userId))
      problems.push({ field: `people.${index}.userId`, id: 'trainingProgramme.personDuplicate' });
    seen.add(person.userId);
    if (!(await findActiveStaffMember(ctx.db, person.userId, jstId)))
      problems.push({ field: `people.${index}.userId`, id: 'trainingProgramme.notStaffOfJst' });
  }
  if (problems.length) throw invalid(problems);
}

const grosze = (text: string) => parseGrosze(text) ?? 0;

/** The baseline the priority is computed from: as declared in the form, else from the JST's plan. */
async function baselineOf(ctx: Ctx, jstId: string, body: ReturnType<typeof enrolBody.parse>) {
  const declared = [
    ['baselinePesCount', body.baselinePesCount],
    ['baselinePesValue', body.baselinePesValue],
    ['baselineTotalCount', body.baselineTotalCount],
    ['baselineTotalValue', body.baselineTotalValue],
  ] as const;
  const missing = declared.filter(([, value]) => value === undefined).map(([field]) => field);
  if (missing.length === 0)
    return {
      baselineSource: 'declared' as const,
      baseYear: body.baseYear ?? null,
      baselinePesCount: body.baselinePesCount!,
      baselinePesValue: grosze(body.baselinePesValue!),
      baselineTotalCount: body.baselineTotalCount!,
      baselineTotalValue: grosze(body.baselineTotalValue!),
    };
  const plan = await findLatestPlanOfJst(ctx.db, jstId);
  if (plan && missing.length === declared.length)
    return {
      baselineSource: 'plan' as const,
      baseYear: plan.baseYear,
      baselinePesCount: plan.baselinePesCount,
      baselinePesValue: plan.baselinePesValue,
      baselineTotalCount: plan.baselineTotalCount,
      baselineTotalValue: plan.baselineTotalValue,
    };
  throw invalid(missing.map((field) => ({ field, id: 'trainingProgramme.baselineRequired' })));
}

/**
 * Recruits a JST: a gmina or powiat office (400 naming `jstInstitutionId` otherwise), with at least
 * two people (the contract's rule, naming `people`), its baseline and the priority computed from it.
 */
export async function enrol(ctx: Ctx, id: string, input: EnrolInput): Promise<ParticipantView> {
  const body = parse(enrolBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await loadProgrammeToManage(tctx, id);
    const jst = await findInstitutionById(tctx.db, body.jstInstitutionId);
    if (jst?.status !== 'active' || !(participatingJstTypes as readonly string[]).includes(jst.type))
      throw invalid({ field: 'jstInstitutionId', id: 'trainingProgramme.notJst' });
    if (await findParticipantByJst(tctx.db, id, jst.id))
      throw invalid({ field: 'jstInstitutionId', id: 'trainingProgramme.alreadyEnrolled' });
    await checkPeople(tctx, jst.id, body.people);
    const baseline = await baselineOf(tctx, jst.id, body);
    const { score, priority } = recruitmentPriority({
      pesCount: baseline.baselinePesCount,
      pesValue: baseline.baselinePesValue,
      totalCount: baseline.baselineTotalCount,
      totalValue: baseline.baselineTotalValue,
    });
    const row = await insertParticipant(tctx.db, {
      programmeId: id,
      jstInstitutionId: jst.id,
      voivodeshipCode: jst.territoryCode.slice(0, 2),
      searchName: toSearchable(jst.name),
      ...baseline,
      priority,
      priorityScore: score,
    });
    await insertPeople(
      tctx.db,
      body.people.map((p) => ({
        participantId: row.id,
        userId: p.userId ?? null,
        name: p.name,
        position: p.position,
      })),
    );
    await auditProgramme(tctx, access, {
      action: 'trainingProgramme.enrol',
      entityType: 'trainingParticipant',
      entityId: row.id,
      institutionId: jst.id,
      changes: { jstInstitutionId: jst.id, people: body.people.length, priority, priorityScore: score },
    });
    return getParticipant(tctx, id, row.id);
  });
}

async function writeParticipant(
  ctx: Ctx,
  access: ProgrammeAccess,
  row: ParticipantListRow,
  version: number,
  changes: Parameters<typeof updateParticipantAtVersion>[3],
) {
  const updated =
    version === row.version ? await updateParticipantAtVersion(ctx.db, row.id, version, changes) : undefined;
  if (!updated) throw versionConflict(await participantView(ctx, access, row));
  return { ...updated, jst: row.jst, advisoryMinutes: row.advisoryMinutes };
}

/**
 * Rewrites the JST's list of people at the version read: people sent with their id stay (their
 * attendance with them), new ones are added, the rest withdrawn. Never fewer than two.
 */
export async function updatePeople(
  ctx: Ctx,
  id: string,
  participantId: string,
  input: UpdatePeopleInput,
): Promise<ParticipantView> {
  const { version, people } = parse(updatePeopleBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await loadProgrammeToManage(tctx, id);
    const row = await loadParticipant(tctx, access, participantId, true);
    const current = await findPeople(tctx.db, [row.id]);
    const currentIds = new Set(current.map((p) => p.id));
    const unknown = people.flatMap((p, index) =>
      p.id && !currentIds.has(p.id)
        ? [{ field: `people.${index}.id`, id: 'trainingProgramme.personUnknown' }]
        : [],
    );
    if (unknown.length) throw invalid(unknown);
    await checkPeople(tctx, row.jstInstitutionId, people);
    const updated = await writeParticipant(tctx, access, row, version, {});
    const kept = new Set(people.flatMap((p) => (p.id ? [p.id] : [])));
    for (const person of current)
      if (!kept.has(person.id)) await updatePerson(tctx.db, person.id, { active: false });
    for (const person of people)
      if (person.id)
        await updatePerson(tctx.db, person.id, {
          name: person.name,
          position: person.position,
          userId: person.userId ?? null,
        });
    await insertPeople(
      tctx.db,
      people
        .filter((p) => !p.id)
        .map((p) => ({
          participantId: row.id,
          userId: p.userId ?? null,
          name: p.name,
          position: p.position,
        })),
    );
    await auditProgramme(tctx, access, {
      action: 'trainingProgramme.updatePeople',
      entityType: 'trainingParticipant',
      entityId: row.id,
      institutionId: row.jstInstitutionId,
      changes: {
        before: current.map((p) => `${p.name} (${p.position})`),
        after: people.map((p) => `${p.name} (${p.position})`),
      },
    });
    return participantView(tctx, access, updated);
  });
}

/**
 * Links the JST's commissioning plan as the programme's outcome (or unlinks it with null). Only
 * a plan of that JST adopted by its council may be linked: 400 naming `commissioningPlanId`.
 */
export async function linkOutcome(
  ctx: Ctx,
  id: string,
  participantId: string,
  input: LinkOutcomeInput,
): Promise<ParticipantView> {
  const body = parse(linkOutcomeBody, input);
  return inTransaction(ctx, async (tctx) => {
    const access = await loadProgrammeToManage(tctx, id);
    const row = await loadParticipant(tctx, access, participantId, true);
    if (body.commissioningPlanId) {
      const plans = await findAdoptedPlansOfJsts(tctx.db, [row.jstInstitutionId]);
      if (!plans.some((p) => p.id === body.commissioningPlanId))
        throw invalid({ field: 'commissioningPlanId', id: 'trainingProgramme.planNotAdoptedOfJst' });
    }
    const updated = await writeParticipant(tctx, access, row, body.version, {
      commissioningPlanId: body.commissioningPlanId,
    });
    await auditProgramme(tctx, access, {
      action: 'trainingProgramme.linkOutcome',
      entityType: 'trainingParticipant',
      entityId: row.id,
      institutionId: row.jstInstitutionId,
      changes: { commissioningPlanId: { before: row.commissioningPlanId, after: body.commissioningPlanId } },
    });
    return participantView(tctx, access, updated);
  });
}

/** The JST's active staff, to enrol as people by their account; for the programme's managers. */
export async function jstStaff(ctx: Ctx, id: string, jstId: string) {
  await loadProgrammeToManage(ctx, id);
  const jst = await findInstitutionById(ctx.db, jstId);
  if (!jst || !(participatingJstTypes as readonly string[]).includes(jst.type))
    throw invalid({ field: 'jstInstitutionId', id: 'trainingProgramme.notJst' });
  return { items: await findActiveStaff(ctx.db, jstId, 200) };
}
