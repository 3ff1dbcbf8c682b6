import type { AuditChange, AuditEventView } from '../../../common/contracts/audit';
import type { AuditRow } from './audit.repository';

/** An event with the name of its institution, looked up by the routes' resolver. */
export type AuditRecord = AuditRow & { institutionName: string | null };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDiff = (value: unknown): value is { before: unknown; after: unknown } =>
  isObject(value) && 'before' in value && 'after' in value && Object.keys(value).length === 2;

/**
 * Splits the stored `changes` into field changes (what `changedFields` writes) and the details of
 * any other event, so the page can show "field: before → after" without guessing.
 */
export function splitChanges(changes: unknown): {
  changes: AuditChange[];
  details: Record<string, unknown> | null;
} {
  if (!isObject(changes)) return { changes: [], details: null };
  const values = Object.values(changes);
  if (values.length > 0 && values.every(isDiff))
    return {
      changes: Object.entries(changes).map(([field, diff]) => ({
        field,
        before: (diff as { before: unknown }).before,
        after: (diff as { after: unknown }).after,
      })),
      details: null,
    };
  return { changes: [], details: values.length > 0 ? changes : null };
}

/**
 * The allow-list of what a reader sees. The IP address is left out: it identifies a person's
 * connection and nobody reviewing the log needs it (it stays in the table for investigations).
 */
export function presentAuditEvent(record: AuditRecord): AuditEventView {
  return {
    id: record.id,
    occurredAt: record.occurredAt.toISOString(),
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    actor: { id: record.actorUserId, name: record.actorName },
    institution: record.institutionId ? { id: record.institutionId, name: record.institutionName } : null,
    ...splitChanges(record.changes),
    personalData: record.personalData,
    requestId: record.requestId,
  };
}
