import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../server/platform/audit';
import type { Executor } from '../../server/platform/db';

/** The field names of a 400's error list, with their codes: what a form marks as wrong. */
export const fieldsOf = (response: { json(): unknown }) =>
  Object.fromEntries(
    ((response.json() as { error: { fields?: { field: string; code: string }[] } }).error.fields ?? []).map(
      (f) => [f.field, f.code],
    ),
  );

/** The error code of an answer, undefined for a success. */
export const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error?: { code: string } }).error?.code;

/** The audit rows of one record and action, to check a change left its trace. */
export const auditRowsOf = (db: Executor, entityId: string, action: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)));
