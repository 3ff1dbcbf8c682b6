import {
  type CreateProgrammeInput,
  createProgrammeBody,
  type ListProgrammesQuery,
  type ProgrammeListResponse,
  type ProgrammeView,
} from '../../../common/contracts/training-programme';
import { toSearchable } from '../../../common/text';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, institutionsWithPermission, inTransaction } from '../../platform/authz';
import { invalid, parse } from '../../platform/errors';
import { findInstitutionById } from '../institutions';
import { auditProgramme, loadProgramme, type ProgrammeAccess } from './programme-access';
import { canCreateProgramme, canReadProgrammes } from './training-programme.policy';
import {
  countParticipants,
  findParticipantByJst,
  insertProgramme,
  institutionNames,
  type ProgrammeRow,
  searchProgrammes,
} from './training-programme.repository';

const summaryOf = (row: ProgrammeRow, enrolled: number, operatorName: string | null) => ({
  id: row.id,
  name: row.name,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  operator: row.operatorInstitutionId ? { id: row.operatorInstitutionId, name: operatorName ?? '—' } : null,
  targetJsts: row.targetJsts,
  targetPeople: row.targetPeople,
  enrolledJsts: enrolled,
  version: row.version,
});

/** The programmes the actor runs, reads as the operator's staff, or takes part in as a JST. */
export async function listProgrammes(ctx: Ctx, query: ListProgrammesQuery): Promise<ProgrammeListResponse> {
  authorize(ctx, canReadProgrammes);
  const actor = ctx.actor;
  const visibleTo =
    ctx.system || actor?.isPlatformAdmin
      ? null
      : institutionsWithPermission(actor!, 'trainingProgramme.read');
  const { rows, total } = await searchProgrammes(ctx.db, query, visibleTo);
  const names = await institutionNames(
    ctx.db,
    rows.flatMap((r) => (r.operatorInstitutionId ? [r.operatorInstitutionId] : [])),
  );
  return {
    items: rows.map((r) => summaryOf(r, r.enrolled, names.get(r.operatorInstitutionId ?? '') ?? null)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    canCreate: canCreateProgramme(actor),
  };
}

export async function presentProgramme(ctx: Ctx, access: ProgrammeAccess): Promise<ProgrammeView> {
  const { row } = access;
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const enrolled = await countParticipants(ctx.db, row.id);
  const names = await institutionNames(ctx.db, row.operatorInstitutionId ? [row.operatorInstitutionId] : []);
  const ownParticipantIds: string[] = [];
  for (const jstId of access.ownJsts) {
    const own = await findParticipantByJst(ctx.db, row.id, jstId);
    if (own) ownParticipantIds.push(own.id);
  }
  return {
    ...summaryOf(row, enrolled, names.get(row.operatorInstitutionId ?? '') ?? null),
    abilities: { manage: access.manages },
    ownParticipantIds,
  };
}

export async function getProgramme(ctx: Ctx, id: string): Promise<ProgrammeView> {
  return presentProgramme(ctx, await loadProgramme(ctx, id));
}

/**
 * Starts a programme. Only the platform administrator does (403 otherwise); the operator it
 * designates must be an active institution of the registry, or none (the administrator runs it).
 */
export async function createProgramme(ctx: Ctx, input: CreateProgrammeInput): Promise<ProgrammeView> {
  authorize(ctx, canReadProgrammes);
  const body = parse(createProgrammeBody, input);
  authorize(ctx, canCreateProgramme);
  return inTransaction(ctx, async (tctx) => {
    if (body.operatorInstitutionId) {
      const operator = await findInstitutionById(tctx.db, body.operatorInstitutionId);
      if (operator?.status !== 'active')
        throw invalid({ field: 'operatorInstitutionId', id: 'trainingProgramme.operatorUnknown' });
    }
    const row = await insertProgramme(tctx.db, {
      name: body.name,
      searchName: toSearchable(body.name),
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      operatorInstitutionId: body.operatorInstitutionId ?? null,
      targetJsts: body.targetJsts,
      targetPeople: body.targetPeople,
      createdBy: tctx.actor?.userId ?? null,
    });
    const access: ProgrammeAccess = { row, whole: true, manages: true, ownJsts: [] };
    await auditProgramme(tctx, access, {
      action: 'trainingProgramme.create',
      entityType: 'trainingProgramme',
      entityId: row.id,
      changes: changedFields(null, row, [
        'name',
        'startsOn',
        'endsOn',
        'operatorInstitutionId',
        'targetJsts',
        'targetPeople',
      ]),
    });
    return presentProgramme(tctx, access);
  });
}
