import { actingInstitution, type Ctx } from '../authz';
import { newId } from '../db';
import { auditEvents } from './audit.table';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The institution that owns the record. */
  institutionId?: string | null;
  changes?: unknown;
  personalData?: boolean;
}

/** Writes one audit row on the context's connection: call it inside the change's transaction. */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(auditEvents).values({
    id: newId(),
    actorUserId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? null,
    actorInstitutionId: actingInstitution(ctx.actor, entry.institutionId),
    institutionId: entry.institutionId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip ?? null,
    changes: entry.changes ?? null,
    personalData: entry.personalData ?? false,
  });
}

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/** The fields that differ between two versions of a record, as `{ field: { before, after } }`. */
export function changedFields<T extends Record<string, unknown>>(
  before: T | null,
  after: T,
  fields: readonly (keyof T & string)[],
): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of fields) {
    const b = comparable(before?.[field] ?? null);
    const a = comparable(after[field] ?? null);
    if (JSON.stringify(b) !== JSON.stringify(a)) out[field] = { before: b, after: a };
  }
  return out;
}
