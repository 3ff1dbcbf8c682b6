import { type KindMember, missingRequirements } from '../../../common/contracts/partnership-kinds';
import type { TerritorialUnitSummary } from '../../../common/contracts/territory';
import { recordAudit } from '../../platform/audit';
import { authorize, type Ctx } from '../../platform/authz';
import type { Executor } from '../../platform/db';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import { t } from '../../platform/i18n';
import { findUnitSummaries } from '../territory';
import { findMembers, type MemberRow } from './member.repository';
import { canGovern, canReadPartnerships, canViewPrivate, type PartnershipFacts } from './partnership.policy';
import { factsOf, type PartnershipRecord, presentPartnership } from './partnership.presenter';
import {
  findAreaCodes,
  findPartnershipRow,
  lockPartnershipRow,
  type PartnershipInsert,
  type PartnershipRow,
  updatePartnershipAtVersion,
} from './partnership.repository';

/**
 * What every partnership use case starts with: the door check, loading the partnership with its
 * current members, and the record-level rules. Outsiders never learn of private records (404);
 * on the public card, which they can see, a change they may not make is 403.
 */

export interface LoadedPartnership {
  row: PartnershipRow;
  members: MemberRow[];
  facts: PartnershipFacts;
}

/**
 * The partnership and its current members; 404 when there is none. `lock` holds the row for the
 * transaction, so changes that depend on the members or the lifecycle queue up.
 */
export async function loadPartnership(ctx: Ctx, id: string, lock = false): Promise<LoadedPartnership> {
  authorize(ctx, canReadPartnerships);
  const row = await (lock ? lockPartnershipRow : findPartnershipRow)(ctx.db, id);
  if (!row) throw notFound();
  const members = await findMembers(ctx.db, [row.id]);
  return { row, members, facts: factsOf({ row, members }) };
}

/** Private records: to anyone outside the partnership they do not exist. */
export function requirePrivate(ctx: Ctx, loaded: LoadedPartnership) {
  if (!ctx.system && !canViewPrivate(ctx.actor, loaded.facts)) throw notFound();
}

/** Changing private records: 404 to outsiders, 403 to members who do not govern the partnership. */
export function requireGovernPrivate(ctx: Ctx, loaded: LoadedPartnership) {
  requirePrivate(ctx, loaded);
  authorize(ctx, (actor) => canGovern(actor, loaded.facts));
}

/** A closed partnership keeps its records as they were; going back in its lifecycle reopens it. */
export function requireOpen(loaded: LoadedPartnership) {
  if (loaded.row.status !== 'active') throw new AppError('conflict', 'partnership.closed');
}

/** The leader's institution owns the partnership's audit events: its administrators see them. */
export const ownerOf = (loaded: { members: MemberRow[] }) =>
  loaded.members.find((m) => m.role === 'leader')?.institutionId ?? null;

export async function auditChange(
  ctx: Ctx,
  loaded: { row: PartnershipRow; members: MemberRow[] },
  entry: {
    action: string;
    entityType?: string;
    entityId?: string;
    changes?: unknown;
    personalData?: boolean;
  },
) {
  await recordAudit(ctx, {
    action: entry.action,
    entityType: entry.entityType ?? 'partnership',
    entityId: entry.entityId ?? loaded.row.id,
    institutionId: ownerOf(loaded),
    changes: { partnershipId: loaded.row.id, ...(entry.changes as object) },
    personalData: entry.personalData ?? false,
  });
}

/** A member as the kind's rules see it. */
export const kindMemberOf = (m: MemberRow): KindMember => ({
  type: m.institution.type,
  coalitionRole: m.coalitionRole,
  territoryCode: m.institution.territoryCode,
});

/** The units the partnership covers, with their names and paths. */
export async function areaOf(db: Executor, id: string): Promise<TerritorialUnitSummary[]> {
  const codes = (await findAreaCodes(db, [id])).get(id) ?? [];
  const units = await findUnitSummaries(db, codes);
  return codes.flatMap((code) => units.get(code) ?? []);
}

/** Everything the partnership's page shows: area with names, current and former members, what is missing. */
export async function recordOf(db: Executor, row: PartnershipRow): Promise<PartnershipRecord> {
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const area = await areaOf(db, row.id);
  const all = await findMembers(db, [row.id], true);
  const members = all.filter((m) => m.leftAt === null);
  return {
    row,
    area,
    members,
    formerMembers: all.filter((m) => m.leftAt !== null),
    missingRequirements: missingRequirements(row.kind, members.map(kindMemberOf)).map((r) => r.id),
  };
}

/** A stale version: the client gets the partnership as it is now, to show what changed. */
export async function partnershipConflict(ctx: Ctx, id: string): Promise<AppError> {
  const now = await findPartnershipRow(ctx.db, id);
  if (!now) return notFound();
  return versionConflict(presentPartnership(await recordOf(ctx.db, now), ctx.actor));
}

/** Writes the partnership at the version the client read, or answers 409 with the current one. */
export async function writePartnership(
  ctx: Ctx,
  current: PartnershipRow,
  version: number,
  changes: Partial<PartnershipInsert>,
): Promise<PartnershipRow> {
  const updated =
    version === current.version
      ? await updatePartnershipAtVersion(ctx.db, current.id, version, changes)
      : undefined;
  if (updated) return updated;
  throw await partnershipConflict(ctx, current.id);
}

/** The kind's missing members named in the user's language: "OPS or CUS, PUP". */
export const requirementNames = (ctx: Ctx, ids: readonly string[]) =>
  ids.map((id) => t(ctx.locale, `partnerships:requirements.${id}`)).join(', ');
