import { and, asc, eq, exists, inArray, isNull } from 'drizzle-orm';
import type { InstitutionType } from '../../../common/enums';
import type { Executor } from '../../platform/db';
import { findMembers } from './member.repository';
import { isUuid } from './partnership.repository';
import { partnershipMembers, partnerships } from './partnership.table';

/**
 * Active partner cooperation teams (PZK, model D) with their current members, for the cooperation
 * groups an OPS convenes from them. No access check: callers decide what their users may see.
 */
export interface PartnerTeam {
  id: string;
  name: string;
  members: { institutionId: string; name: string; type: InstitutionType }[];
}

async function withMembers(db: Executor, rows: { id: string; name: string }[]): Promise<PartnerTeam[]> {
  const members = await findMembers(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    members: members
      .filter((m) => m.partnershipId === row.id)
      .map((m) => ({ institutionId: m.institutionId, name: m.institution.name, type: m.institution.type })),
  }));
}

const activeTeam = and(eq(partnerships.kind, 'partnerTeam'), eq(partnerships.status, 'active'));

/** The active PZKs the institution currently belongs to. */
export async function findPartnerTeamsOf(db: Executor, institutionId: string): Promise<PartnerTeam[]> {
  const rows = await db
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(
      and(
        activeTeam,
        exists(
          db
            .select({ one: partnershipMembers.id })
            .from(partnershipMembers)
            .where(
              and(
                eq(partnershipMembers.partnershipId, partnerships.id),
                eq(partnershipMembers.institutionId, institutionId),
                isNull(partnershipMembers.leftAt),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(partnerships.searchName), asc(partnerships.id));
  return withMembers(db, rows);
}

/** One PZK with its current members; undefined when there is none (or it is closed or of another kind). */
export async function findPartnerTeam(db: Executor, id: string): Promise<PartnerTeam | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await db
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(and(activeTeam, eq(partnerships.id, id)));
  return (await withMembers(db, rows))[0];
}

/** Names of partnerships by id, whatever their state: a closed PZK still names the groups it served. */
export async function findPartnershipNames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(inArray(partnerships.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
