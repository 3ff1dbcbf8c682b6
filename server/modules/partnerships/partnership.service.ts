import type { Page } from '../../../common/contracts/pagination';
import {
  type KindArea,
  type KindMember,
  kindIssues,
  missingRequirements,
} from '../../../common/contracts/partnership-kinds';
import {
  type CreatePartnershipInput,
  createPartnershipBody,
  type ListPartnershipsQuery,
  type UpdatePartnershipInput,
  updatePartnershipBody,
} from '../../../common/contracts/partnerships';
import type { PartnershipKind } from '../../../common/enums';
import { toSearchable } from '../../../common/text';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import type { Executor } from '../../platform/db';
import { type FieldProblem, givenFields, invalid, parse } from '../../platform/errors';
import { findInstitutionById } from '../institutions';
import { findUnitSummaries } from '../territory';
import { findMembers, insertMember, passLeadership } from './member.repository';
import { canCreatePartnership, canGovern, canReadPartnerships } from './partnership.policy';
import type { PartnershipCardRecord, PartnershipRecord } from './partnership.presenter';
import { findAreaCodes, insertPartnership, replaceAreas, searchPartnerships } from './partnership.repository';
import {
  auditChange,
  kindMemberOf,
  loadPartnership,
  partnershipConflict,
  recordOf,
  requirementNames,
  requireOpen,
  writePartnership,
} from './partnership-access';

/** The partnerships page: public cards of all, filtered; `mine` keeps those of the actor's institutions. */
export async function listPartnerships(
  ctx: Ctx,
  query: ListPartnershipsQuery,
): Promise<Page<PartnershipCardRecord>> {
  authorize(ctx, canReadPartnerships);
  const mineOf = query.mine ? (ctx.actor?.memberships.map((m) => m.institutionId) ?? []) : null;
  const { rows, total } = await searchPartnerships(ctx.db, query, mineOf);
  const ids = rows.map((r) => r.id);
  const [codes, members] = await Promise.all([findAreaCodes(ctx.db, ids), findMembers(ctx.db, ids)]);
  const units = await findUnitSummaries(ctx.db, [...codes.values()].flat());
  return {
    items: rows.map((row) => ({
      row,
      area: (codes.get(row.id) ?? []).flatMap((code) => units.get(code) ?? []),
      members: members.filter((m) => m.partnershipId === row.id),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Anyone signed in reads the card; the presenter adds the private part for members. */
export async function getPartnership(ctx: Ctx, id: string): Promise<PartnershipRecord> {
  const { row } = await loadPartnership(ctx, id);
  return recordOf(ctx.db, row);
}

/** The area's units from the register, and the codes the register does not know. */
async function checkArea(db: Executor, codes: readonly string[]) {
  const units = await findUnitSummaries(db, codes);
  const problems: FieldProblem[] = codes.flatMap((code, index) =>
    units.has(code) ? [] : [{ field: `area.${index}`, id: 'field.tercUnknown' }],
  );
  const area: KindArea[] = codes.flatMap((code) => {
    const unit = units.get(code);
    return unit ? [{ code, level: unit.level }] : [];
  });
  return { area, problems };
}

/** Field problems of the kind's rules: what is missing (on `members`) and what is wrong with a member or the area. */
export function kindProblems(
  ctx: Ctx,
  kind: PartnershipKind,
  members: readonly KindMember[],
  area: readonly KindArea[],
): FieldProblem[] {
  const problems: FieldProblem[] = kindIssues(kind, members, area).map((issue) => ({
    field:
      issue.field === 'area'
        ? `area.${issue.index}`
        : `members.${issue.index}.${issue.id === 'outsidePowiat' ? 'institutionId' : 'coalitionRole'}`,
    id: `partnership.${issue.id}`,
  }));
  const missing = missingRequirements(kind, members);
  if (missing.length)
    problems.unshift({
      field: 'members',
      id: 'partnership.membersMissing',
      params: {
        missing: requirementNames(
          ctx,
          missing.map((r) => r.id),
        ),
      },
    });
  return problems;
}

/**
 * Founds a partnership with its first members and its leader. Refused with a field-level 400 when
 * the members do not satisfy the kind (naming what is missing), and with 403 unless one of the
 * actor's institutions joins it.
 */
export async function createPartnership(ctx: Ctx, input: CreatePartnershipInput): Promise<PartnershipRecord> {
  authorize(ctx, canReadPartnerships);
  const body = parse(createPartnershipBody, input);
  authorize(ctx, (actor) =>
    canCreatePartnership(
      actor,
      body.members.map((m) => m.institutionId),
    ),
  );
  return inTransaction(ctx, async (tctx) => {
    const problems: FieldProblem[] = [];
    const kindMembers: KindMember[] = [];
    for (const [index, member] of body.members.entries()) {
      const institution = await findInstitutionById(tctx.db, member.institutionId);
      if (institution?.status !== 'active')
        problems.push({
          field: `members.${index}.institutionId`,
          id: institution ? 'partnership.institutionInactive' : 'partnership.institutionUnknown',
        });
      else
        kindMembers.push({
          type: institution.type,
          coalitionRole: member.coalitionRole,
          territoryCode: institution.territoryCode,
        });
    }
    const checked = await checkArea(tctx.db, body.area);
    problems.push(...checked.problems);
    if (problems.length === 0) problems.push(...kindProblems(tctx, body.kind, kindMembers, checked.area));
    if (problems.length) throw invalid(problems);

    const row = await insertPartnership(tctx.db, {
      name: body.name,
      searchName: toSearchable(body.name),
      kind: body.kind,
      description: body.description ?? null,
      createdBy: tctx.actor?.userId ?? null,
    });
    await replaceAreas(tctx.db, row.id, body.area);
    for (const member of body.members) {
      const inserted = await insertMember(tctx.db, {
        partnershipId: row.id,
        institutionId: member.institutionId,
        role: member.role,
        inManagementBody: member.inManagementBody,
        coalitionRole: member.coalitionRole ?? null,
        joinedBy: tctx.actor?.userId ?? null,
      });
      if (member.role === 'leader')
        await passLeadership(tctx.db, row.id, {
          memberId: inserted.id,
          byName: tctx.actor?.displayName ?? null,
          reason: null,
        });
    }
    const record = await recordOf(tctx.db, row);
    await auditChange(tctx, record, {
      action: 'partnership.create',
      changes: {
        ...changedFields(null, row, ['name', 'kind', 'description']),
        area: { before: null, after: body.area },
        members: { before: null, after: body.members },
      },
    });
    return record;
  });
}

/** Renames, redescribes or changes the area; only those who govern it, at the version they read. */
export async function updatePartnership(
  ctx: Ctx,
  id: string,
  input: UpdatePartnershipInput,
): Promise<PartnershipRecord> {
  authorize(ctx, canReadPartnerships);
  const { version, area, ...patch } = parse(updatePartnershipBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadPartnership(tctx, id, true);
    authorize(tctx, (actor) => canGovern(actor, loaded.facts));
    requireOpen(loaded);
    // Checked before anything is written: the 409 must carry the partnership as it is, not with this area.
    if (version !== loaded.row.version) throw await partnershipConflict(tctx, id);
    const given = givenFields(patch);
    const next = { ...loaded.row, ...given };
    const changes: Record<string, unknown> = changedFields(loaded.row, next, ['name', 'description']);
    if (area) {
      const checked = await checkArea(tctx.db, area);
      // Members are not changed here: what the new area makes wrong about them is reported on the area.
      const problems = checked.problems.length
        ? checked.problems
        : kindProblems(tctx, loaded.row.kind, loaded.members.map(kindMemberOf), checked.area)
            .filter((p) => p.field !== 'members')
            .map((p) => ({ ...p, field: p.field.startsWith('area') ? p.field : 'area' }));
      if (problems.length) throw invalid(problems);
      const before = (await findAreaCodes(tctx.db, [id])).get(id) ?? [];
      if (before.join() !== [...area].sort().join()) {
        await replaceAreas(tctx.db, id, area);
        changes.area = { before, after: area };
      }
    }
    if (Object.keys(changes).length === 0) return recordOf(tctx.db, loaded.row);
    const updated = await writePartnership(tctx, loaded.row, version, {
      name: next.name,
      searchName: toSearchable(next.name),
      description: next.description,
    });
    await auditChange(tctx, loaded, { action: 'partnership.update', changes });
    return recordOf(tctx.db, updated);
  });
}
