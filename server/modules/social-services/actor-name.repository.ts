import { and, desc, eq } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit';
import type { Executor } from '../../platform/db';

/**
 * Who last took an action on a record, as the audit log names them (the log outlives the user
 * record): who retired a catalogue entry, who ended an offering.
 */
export async function findLatestActorName(
  db: Executor,
  entityType: string,
  entityId: string,
  action: string,
): Promise<string | null> {
  const [event] = await db
    .select({ actorName: auditEvents.actorName })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, entityType),
        eq(auditEvents.entityId, entityId),
        eq(auditEvents.action, action),
      ),
    )
    .orderBy(desc(auditEvents.occurredAt))
    .limit(1);
  return event?.actorName ?? null;
}
