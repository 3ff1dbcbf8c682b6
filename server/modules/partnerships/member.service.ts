import type { KindMember } from '../../../common/contracts/partnership-kinds';
import {
  type AddMemberInput,
  addMemberBody,
  type ChangeLeaderInput,
  changeLeaderBody,
  type LeaveMemberInput,
  leaveMemberBody,
  type UpdateMemberInput,
  updateMemberBody,
} from '../../../common/contracts/partnership-members';
import { changedFields } from '../../platform/audit';
import { authorize, type Ctx, inTransaction } from '../../platform/authz';
import { AppError, givenFields, invalid, notFound, parse, versionConflict } from '../../platform/errors';
import { findInstitutionById } from '../institutions';
import {
  findLeaderTerms,
  findMembers,
  insertMember,
  type MemberRow,
  type MemberRowOnly,
  passLeadership,
  updateMemberAtVersion,
} from './member.repository';
import { canActForMember, canGovern } from './partnership.policy';
import { type PartnershipRecord, presentMember } from './partnership.presenter';
import { kindProblems } from './partnership.service';
import {
  areaOf,
  auditChange,
  kindMemberOf,
  type LoadedPartnership,
  loadPartnership,
  recordOf,
  requireOpen,
  requirePrivate,
  writePartnership,
} from './partnership-access';

const AUDITED = ['role', 'inManagementBody', 'coalitionRole', 'leftAt', 'leaveReason'] as const;

/**
 * Members of a partnership. Its member list is on the public card, so a change refused to
 * someone who may see the card is 403. Each change is checked against the kind's rules for a
 * single member (a coalition role that fits the institution, a PZK's powiat); what the kind then
 * lacks is shown on the partnership instead of blocking a withdrawal.
 */

async function governed(ctx: Ctx, id: string): Promise<LoadedPartnership> {
  const loaded = await loadPartnership(ctx, id, true);
  authorize(ctx, (actor) => canGovern(actor, loaded.facts));
  requireOpen(loaded);
  return loaded;
}

function memberOf(loaded: LoadedPartnership, memberId: string): MemberRow {
  const member = loaded.members.find((m) => m.id === memberId);
  if (!member) throw notFound();
  return member;
}

/** The kind's per-member rules for a member as it would be; problems reported on `field`. */
async function checkMember(ctx: Ctx, loaded: LoadedPartnership, member: KindMember, field: string) {
  const area = await areaOf(ctx.db, loaded.row.id);
  const problems = kindProblems(
    ctx,
    loaded.row.kind,
    [member],
    area.map((u) => ({ code: u.code, level: u.level })),
  ).filter((p) => p.field.startsWith('members.'));
  if (problems.length) throw invalid(problems.map((p) => ({ ...p, field })));
}

async function writeMember(
  ctx: Ctx,
  loaded: LoadedPartnership,
  member: MemberRow,
  version: number,
  changes: Partial<MemberRowOnly>,
): Promise<MemberRowOnly> {
  const updated =
    version === member.version ? await updateMemberAtVersion(ctx.db, member.id, version, changes) : undefined;
  if (updated) return updated;
  const [now] = (await findMembers(ctx.db, [loaded.row.id], true)).filter((m) => m.id === member.id);
  throw now ? versionConflict(presentMember(now, ctx.actor, loaded.facts)) : notFound();
}

export async function addMember(ctx: Ctx, id: string, input: AddMemberInput): Promise<PartnershipRecord> {
  const body = parse(addMemberBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await governed(tctx, id);
    const institution = await findInstitutionById(tctx.db, body.institutionId);
    if (institution?.status !== 'active')
      throw invalid([
        {
          field: 'institutionId',
          id: institution ? 'partnership.institutionInactive' : 'partnership.institutionUnknown',
        },
      ]);
    if (loaded.members.some((m) => m.institutionId === body.institutionId))
      throw invalid([{ field: 'institutionId', id: 'partnership.alreadyMember' }]);
    await checkMember(
      tctx,
      loaded,
      { type: institution.type, coalitionRole: body.coalitionRole, territoryCode: institution.territoryCode },
      'coalitionRole',
    );
    const member = await insertMember(tctx.db, {
      partnershipId: id,
      institutionId: body.institutionId,
      role: body.role,
      inManagementBody: body.inManagementBody,
      coalitionRole: body.coalitionRole ?? null,
      joinedBy: tctx.actor?.userId ?? null,
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.member.add',
      entityType: 'partnershipMember',
      entityId: member.id,
      changes: { institutionId: body.institutionId, ...changedFields(null, member, AUDITED) },
    });
    return recordOf(tctx.db, loaded.row);
  });
}

/** Changes a member's role, seat in the management body or coalition role; the leader changes only by handing over. */
export async function updateMember(
  ctx: Ctx,
  id: string,
  memberId: string,
  input: UpdateMemberInput,
): Promise<PartnershipRecord> {
  const { version, ...patch } = parse(updateMemberBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await governed(tctx, id);
    const member = memberOf(loaded, memberId);
    if (patch.role && member.role === 'leader') throw new AppError('conflict', 'partnership.leaderRoleFixed');
    const given = givenFields(patch);
    const next: MemberRow = { ...member, ...given };
    await checkMember(tctx, loaded, kindMemberOf(next), 'coalitionRole');
    const changes = changedFields(member, next, AUDITED);
    if (Object.keys(changes).length) {
      await writeMember(tctx, loaded, member, version, given);
      await auditChange(tctx, loaded, {
        action: 'partnership.member.update',
        entityType: 'partnershipMember',
        entityId: member.id,
        changes,
      });
    }
    return recordOf(tctx.db, loaded.row);
  });
}

/** A member withdraws (or is taken out): kept with who, when and why. The leader must hand over first. */
export async function leaveMember(
  ctx: Ctx,
  id: string,
  memberId: string,
  input: LeaveMemberInput,
): Promise<PartnershipRecord> {
  const { version, reason } = parse(leaveMemberBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await loadPartnership(tctx, id, true);
    const member = memberOf(loaded, memberId);
    authorize(tctx, (actor) => canActForMember(actor, loaded.facts, member));
    requireOpen(loaded);
    if (member.role === 'leader') throw new AppError('conflict', 'partnership.leaderCannotLeave');
    const left = await writeMember(tctx, loaded, member, version, {
      leftAt: new Date(),
      leftBy: tctx.actor?.userId ?? null,
      leaveReason: reason,
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.member.leave',
      entityType: 'partnershipMember',
      entityId: member.id,
      changes: changedFields(member, left, AUDITED),
    });
    return recordOf(tctx.db, loaded.row);
  });
}

/** Hands the leadership to another member; the previous leader takes the role given, the history keeps both terms. */
export async function changeLeader(
  ctx: Ctx,
  id: string,
  input: ChangeLeaderInput,
): Promise<PartnershipRecord> {
  const body = parse(changeLeaderBody, input);
  return inTransaction(ctx, async (tctx) => {
    const loaded = await governed(tctx, id);
    const next = loaded.members.find((m) => m.id === body.memberId);
    if (!next) throw invalid([{ field: 'memberId', id: 'partnership.memberUnknown' }]);
    if (next.role === 'leader') throw invalid([{ field: 'memberId', id: 'partnership.alreadyLeader' }]);
    const previous = loaded.members.find((m) => m.role === 'leader');
    const row = await writePartnership(tctx, loaded.row, body.version, {});
    // The one-leader index holds at every statement: the old leader steps down first.
    if (previous)
      await updateMemberAtVersion(tctx.db, previous.id, previous.version, { role: body.previousLeaderRole });
    await updateMemberAtVersion(tctx.db, next.id, next.version, { role: 'leader' });
    await passLeadership(tctx.db, id, {
      memberId: next.id,
      byName: tctx.actor?.displayName ?? null,
      reason: body.reason ?? null,
    });
    await auditChange(tctx, loaded, {
      action: 'partnership.leader.change',
      changes: {
        leader: { before: previous?.institutionId ?? null, after: next.institutionId },
        reason: body.reason ?? null,
      },
    });
    return recordOf(tctx.db, row);
  });
}

/** Who led the partnership and when, newest first: private to its members. */
export async function listLeaderTerms(ctx: Ctx, id: string) {
  const loaded = await loadPartnership(ctx, id);
  requirePrivate(ctx, loaded);
  return findLeaderTerms(ctx.db, id);
}
