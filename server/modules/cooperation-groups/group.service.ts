import {
  type CloseGroupInput,
  type ConveneGroupInput,
  closeGroupBody,
  conveneGroupBody,
  type DelegateCandidatesResponse,
  type GroupListResponse,
  type GroupView,
  type InviteInstitutionInput,
  inviteInstitutionBody,
  type ListGroupsQuery,
  type RespondInput,
  respondBody,
  type UpdateGroupInput,
  updateGroupBody,
} from '../../../common/contracts/cooperation-groups';
import { toSearchable } from '../../../common/text';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, hasPermission, inTransaction, requireActor } from '../../platform/authz';
import { AppError, givenFields, invalid, notFound, parse, versionConflict } from '../../platform/errors';
import { findActiveStaff, findActiveStaffMember } from '../accounts';
import { findPartnershipNames, findPartnerTeam } from '../partnerships';
import { institutionNames } from './authorisation.repository';
import { requireValidAuthorisation } from './authorisation.service';
import { canActForOps, canRespond, canViewGroup } from './cooperation-group.policy';
import { type GroupRecord, presentCard, presentGroup } from './cooperation-group.presenter';
import {
  findGroupMembers,
  findMeetings,
  findTasks,
  type GroupRow,
  insertGroup,
  insertGroupMember,
  searchGroups,
  touchGroup,
  updateGroupAtVersion,
  updateGroupMemberAtVersion,
} from './group.repository';
import {
  auditGroup,
  factsOf,
  type LoadedGroup,
  loadForManagement,
  loadGroup,
  requireOpen,
} from './group-access';

/**
 * A cooperation group's own life: the OPS convenes it for one problem situation and asks PZK
 * institutions to delegate; each names its delegate or declines; the OPS closes it with a result.
 */

export async function recordOf(ctx: Ctx, loaded: LoadedGroup): Promise<GroupRecord> {
  const { row } = loaded;
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const members = await findGroupMembers(ctx.db, [row.id]);
  const meetings = await findMeetings(ctx.db, row.id);
  const tasks = await findTasks(ctx.db, row.id);
  const names = await institutionNames(ctx.db, [row.opsInstitutionId]);
  const teams = await findPartnershipNames(ctx.db, [row.partnerTeamId]);
  return {
    row,
    members,
    facts: factsOf(row, members),
    meetings,
    tasks,
    opsName: names.get(row.opsInstitutionId) ?? '',
    partnerTeamName: teams.get(row.partnerTeamId) ?? '',
  };
}

export const viewOf = async (ctx: Ctx, loaded: LoadedGroup): Promise<GroupView> =>
  presentGroup(await recordOf(ctx, loaded), ctx.actor, ctx.system);

/** A stale version of the group: 409 with the group as the actor sees it now. */
export async function groupConflict(ctx: Ctx, loaded: LoadedGroup): Promise<AppError> {
  return versionConflict(await viewOf(ctx, await loadGroup(ctx, loaded.row.id)));
}

/** Writes the group at the version the client read, or answers 409 with the current one. */
async function writeGroup(ctx: Ctx, loaded: LoadedGroup, version: number, changes: Partial<GroupRow>) {
  const updated =
    version === loaded.row.version
      ? await updateGroupAtVersion(ctx.db, loaded.row.id, version, changes)
      : undefined;
  if (!updated) throw await groupConflict(ctx, loaded);
  return { ...loaded, row: updated };
}

/**
 * Convenes a group: only a manager of an OPS holding a valid authorisation, drawing on a PZK the
 * OPS belongs to; every asked institution must be a current member of that PZK.
 */
export async function conveneGroup(ctx: Ctx, input: ConveneGroupInput): Promise<GroupView> {
  const body = parse(conveneGroupBody, input);
  authorize(ctx, (actor) => canActForOps(actor, body.opsInstitutionId));
  return inTransaction(ctx, async (tctx) => {
    const authorisation = await requireValidAuthorisation(tctx.db, body.opsInstitutionId);
    const team = await findPartnerTeam(tctx.db, body.partnerTeamId);
    if (!team?.members.some((m) => m.institutionId === body.opsInstitutionId))
      throw invalid({ field: 'partnerTeamId', id: 'cooperationGroup.partnerTeamUnknown' });
    const problems = body.invitedInstitutionIds.flatMap((id, index) =>
      id !== body.opsInstitutionId && team.members.some((m) => m.institutionId === id)
        ? []
        : [{ field: `invitedInstitutionIds.${index}`, id: 'cooperationGroup.notInPartnerTeam' }],
    );
    if (problems.length) throw invalid(...problems);
    const row = await insertGroup(tctx.db, {
      opsInstitutionId: body.opsInstitutionId,
      authorisationId: authorisation.id,
      partnerTeamId: team.id,
      label: body.label,
      searchLabel: toSearchable(body.label),
      subjectKind: body.subjectKind,
      situation: body.situation,
      internalNotes: body.internalNotes ?? null,
      coordinatorUserId: tctx.actor?.userId ?? null,
      coordinatorName: tctx.actor?.displayName ?? null,
    });
    for (const institutionId of body.invitedInstitutionIds)
      await insertGroupMember(tctx.db, { groupId: row.id, institutionId });
    const loaded = await loadGroup(tctx, row.id);
    await auditGroup(tctx, loaded, {
      action: 'cooperationGroup.convene',
      entityType: 'cooperationGroup',
      entityId: row.id,
      changes: {
        ...changedFields(null, row, ['label', 'subjectKind', 'partnerTeamId', 'authorisationId']),
        invitedInstitutionIds: body.invitedInstitutionIds,
      },
    });
    return viewOf(tctx, loaded);
  });
}

/** The groups the actor's institutions coordinate or take part in. */
export async function listGroups(ctx: Ctx, query: ListGroupsQuery): Promise<GroupListResponse> {
  requireActor(ctx);
  const actor = ctx.actor;
  const mine = actor.memberships
    .filter((m) => hasPermission(actor, 'cooperationGroups.read', m.institutionId))
    .map((m) => m.institutionId);
  const { rows, total } = await searchGroups(
    ctx.db,
    query,
    actor.isPlatformAdmin ? null : { coordinating: mine, member: mine },
  );
  const [members, names] = await Promise.all([
    findGroupMembers(
      ctx.db,
      rows.map((r) => r.id),
    ),
    institutionNames(
      ctx.db,
      rows.map((r) => r.opsInstitutionId),
    ),
  ]);
  return {
    items: rows.map((row) =>
      presentCard(
        row,
        factsOf(
          row,
          members.filter((m) => m.groupId === row.id),
        ),
        names.get(row.opsInstitutionId) ?? '',
        actor,
      ),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getGroup(ctx: Ctx, id: string): Promise<GroupView> {
  return viewOf(ctx, await loadGroup(ctx, id));
}

/** The label, the situation's description and the OPS's internal notes, at the version read. */
export async function updateGroup(ctx: Ctx, id: string, input: UpdateGroupInput): Promise<GroupView> {
  const { version, ...patch } = parse(updateGroupBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadForManagement(tctx, id);
    const given = givenFields(patch);
    const next = { ...loaded.row, ...given };
    const changes = changedFields(loaded.row, next, ['label', 'situation', 'internalNotes']);
    if (Object.keys(changes).length === 0) {
      if (version !== loaded.row.version) throw await groupConflict(tctx, loaded);
      return viewOf(tctx, loaded);
    }
    const written = await writeGroup(tctx, loaded, version, {
      label: next.label,
      searchLabel: toSearchable(next.label),
      situation: next.situation,
      internalNotes: next.internalNotes,
    });
    // The notes' text stays out of the log: it may describe the situation in detail.
    if (changes.internalNotes) changes.internalNotes = { before: '…', after: '…' };
    await auditGroup(tctx, loaded, {
      action: 'cooperationGroup.update',
      entityType: 'cooperationGroup',
      entityId: id,
      changes,
    });
    return viewOf(tctx, written);
  });
}

/** Asks one more institution of the PZK to delegate a representative. */
export async function inviteInstitution(
  ctx: Ctx,
  id: string,
  input: InviteInstitutionInput,
): Promise<GroupView> {
  const body = parse(inviteInstitutionBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadForManagement(tctx, id);
    const team = await findPartnerTeam(tctx.db, loaded.row.partnerTeamId);
    if (
      body.institutionId === loaded.row.opsInstitutionId ||
      !team?.members.some((m) => m.institutionId === body.institutionId)
    )
      throw invalid({ field: 'institutionId', id: 'cooperationGroup.notInPartnerTeam' });
    if (loaded.members.some((m) => m.institutionId === body.institutionId))
      throw invalid({ field: 'institutionId', id: 'cooperationGroup.alreadyInvited' });
    const member = await insertGroupMember(tctx.db, { groupId: id, institutionId: body.institutionId });
    await touchGroup(tctx.db, id);
    await auditGroup(tctx, loaded, {
      action: 'cooperationGroup.invite',
      entityType: 'cooperationGroupMember',
      entityId: member.id,
      changes: { institutionId: body.institutionId },
    });
    return viewOf(tctx, await loadGroup(tctx, id));
  });
}

/** The asked member with the actor's right to answer for it: 404 for an unknown one, 403 for another's. */
function memberToAnswer(ctx: Ctx, loaded: LoadedGroup, memberId: string) {
  const member = loaded.members.find((m) => m.id === memberId);
  if (!member) throw notFound();
  requireOpen(loaded);
  if (member.status === 'declined') throw new AppError('conflict', 'cooperationGroup.alreadyDeclined');
  authorize(ctx, (actor) => canRespond(actor, loaded.facts, member));
  return member;
}

/**
 * The institution names its delegate, a person working there now, or declines with a reason.
 * Answers the group as the actor now sees it, or null when declining took the group out of sight.
 */
export async function respond(
  ctx: Ctx,
  id: string,
  memberId: string,
  input: RespondInput,
): Promise<GroupView | null> {
  const body = parse(respondBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadGroup(tctx, id, true);
    const member = memberToAnswer(tctx, loaded, memberId);
    const delegate =
      body.decision === 'name' && body.delegateUserId
        ? await findActiveStaffMember(tctx.db, body.delegateUserId, member.institutionId)
        : undefined;
    if (body.decision === 'name' && !delegate)
      throw invalid({ field: 'delegateUserId', id: 'cooperationGroup.delegateNotStaff' });
    const updated =
      body.version === member.version
        ? await updateGroupMemberAtVersion(tctx.db, member.id, body.version, {
            status: body.decision === 'name' ? 'named' : 'declined',
            delegateUserId: delegate?.id ?? null,
            delegateName: delegate?.displayName ?? null,
            declineReason: body.decision === 'decline' ? (body.declineReason ?? null) : null,
            respondedAt: new Date(),
            respondedBy: tctx.actor?.userId ?? null,
          })
        : undefined;
    if (!updated) throw await groupConflict(tctx, loaded);
    await touchGroup(tctx.db, id);
    await auditGroup(tctx, loaded, {
      action: 'cooperationGroup.delegate.respond',
      entityType: 'cooperationGroupMember',
      entityId: member.id,
      changes: {
        institutionId: member.institutionId,
        decision: body.decision,
        status: { before: member.status, after: updated.status },
        delegateUserId: { before: member.delegateUserId, after: updated.delegateUserId },
      },
    });
    const members = await findGroupMembers(tctx.db, [id]);
    const visible = tctx.system || canViewGroup(tctx.actor, factsOf(loaded.row, members));
    return visible ? viewOf(tctx, { ...loaded, members, facts: factsOf(loaded.row, members) }) : null;
  });
}

/** The people of the asked institution one may name as its delegate; a read of staff data, so audited. */
export async function delegateCandidates(
  ctx: Ctx,
  id: string,
  memberId: string,
): Promise<DelegateCandidatesResponse> {
  const loaded = await loadGroup(ctx, id);
  const member = memberToAnswer(ctx, loaded, memberId);
  const items = await findActiveStaff(ctx.db, member.institutionId, 200);
  await auditGroup(ctx, loaded, {
    action: 'cooperationGroup.delegate.staffRead',
    entityType: 'cooperationGroupMember',
    entityId: member.id,
    changes: { institutionId: member.institutionId, count: items.length },
    personalData: true,
  });
  return { items };
}

/** The OPS closes the group with its result; from then on the record is read-only. */
export async function closeGroup(ctx: Ctx, id: string, input: CloseGroupInput): Promise<GroupView> {
  const body = parse(closeGroupBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadForManagement(tctx, id);
    const written = await writeGroup(tctx, loaded, body.version, {
      status: 'closed',
      outcome: body.outcome,
      resultSummary: body.resultSummary,
      closedAt: new Date(),
    });
    await auditGroup(tctx, loaded, {
      action: 'cooperationGroup.close',
      entityType: 'cooperationGroup',
      entityId: id,
      changes: { status: { before: 'active', after: 'closed' }, outcome: body.outcome },
    });
    return viewOf(tctx, written);
  });
}
