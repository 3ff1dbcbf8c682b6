import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns';

/**
 * Append-only record of every change and every read of personal data. A database trigger
 * (migration `audit_append_only`) refuses UPDATE and DELETE, so not even a bug can rewrite it.
 * No foreign keys: the log must outlive and not block anything it mentions.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: idColumn(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    /** The institution the actor acted for. */
    actorInstitutionId: uuid('actor_institution_id'),
    /** The institution that owns the record; its admins see the event. */
    institutionId: uuid('institution_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    requestId: text('request_id'),
    ip: text('ip'),
    /** Changed fields as `{ field: { before, after } }`, or details of a read. */
    changes: jsonb('changes'),
    personalData: boolean('personal_data').notNull().default(false),
  },
  (t) => [
    index('audit_events_institution_idx').on(t.institutionId, t.occurredAt),
    index('audit_events_occurred_idx').on(t.occurredAt),
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.occurredAt),
    index('audit_events_actor_idx').on(t.actorUserId, t.occurredAt),
    /** The log's action filter is a prefix (`institution.` finds every institution event); text_pattern_ops serves LIKE 'x%' under any collation. */
    index('audit_events_action_idx').on(t.action.op('text_pattern_ops'), t.occurredAt),
  ],
);
