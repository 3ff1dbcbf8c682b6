import { asc, type Column, eq, inArray, or, sql } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import { caseClosures, serviceDeliveries } from './delivery.table';
import { diagnosisEntries } from './diagnosis.table';
import { personConsents, personFiles } from './person.table';
import { referrals } from './referral.table';
import { supportPlans, supportPlanVersions } from './support-plan.table';

/**
 * The audit trail about a person: events on the person and on the records about them (their ids),
 * and the lists that showed the person, with the name of the institution each actor acted for.
 */
export async function findPersonAuditTrail(db: Executor, personId: string, recordIds: readonly string[]) {
  return db
    .select({
      occurredAt: auditEvents.occurredAt,
      actorName: auditEvents.actorName,
      institutionName: institutions.name,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
    })
    .from(auditEvents)
    .leftJoin(institutions, eq(institutions.id, auditEvents.actorInstitutionId))
    .where(
      or(
        inArray(auditEvents.entityId, [personId, ...recordIds]),
        sql`${auditEvents.changes} -> 'personIds' @> ${JSON.stringify([personId])}::jsonb`,
      ),
    )
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id));
}

/** Marker that replaces a free text of an anonymised person; the record still says something was there. */
export const ANONYMISED = '[zanonimizowano]';

/**
 * Clears what identifies the person in the records about them that keep no envelope: the scans
 * of signed forms are deleted (the consents stay, without a scan), free texts (referrals,
 * delivery notes, the closure's reasons) become the marker; dates, states, hours and costs stay. The encrypted texts (diagnosis, plan) are re-sealed by
 * the caller, which holds the vault.
 */
export async function clearPersonRecords(db: Executor, personId: string) {
  const marker = (column: Column) => sql`case when ${column} is null then null else ${ANONYMISED} end`;
  await db
    .update(personConsents)
    .set({
      scanFileId: null,
      withdrawalReason: marker(personConsents.withdrawalReason),
      updatedAt: new Date(),
    })
    .where(eq(personConsents.personId, personId));
  const files = await db
    .delete(personFiles)
    .where(eq(personFiles.personId, personId))
    .returning({ id: personFiles.id });
  const referralRows = await db
    .update(referrals)
    .set({
      brief: ANONYMISED,
      rejectionReason: marker(referrals.rejectionReason),
      outcome: marker(referrals.outcome),
      revocationReason: marker(referrals.revocationReason),
      updatedAt: new Date(),
    })
    .where(eq(referrals.personId, personId))
    .returning({ id: referrals.id });
  const deliveryRows = await db
    .update(serviceDeliveries)
    .set({ note: marker(serviceDeliveries.note), updatedAt: new Date() })
    .where(eq(serviceDeliveries.personId, personId))
    .returning({ id: serviceDeliveries.id });
  await db
    .update(caseClosures)
    .set({ note: marker(caseClosures.note), dropOutReason: marker(caseClosures.dropOutReason) })
    .where(eq(caseClosures.personId, personId));
  return { files: files.length, referrals: referralRows.length, deliveries: deliveryRows.length };
}

export const findDiagnosisEntryIds = (db: Executor, personId: string) =>
  db
    .select({ id: diagnosisEntries.id })
    .from(diagnosisEntries)
    .where(eq(diagnosisEntries.personId, personId));

export const findPlanVersionsOfPerson = (db: Executor, personId: string) =>
  db
    .select({ version: supportPlanVersions })
    .from(supportPlanVersions)
    .innerJoin(supportPlans, eq(supportPlans.id, supportPlanVersions.planId))
    .where(eq(supportPlans.personId, personId));

export const setDiagnosisTexts = (db: Executor, id: string, findingsEnc: string) =>
  db.update(diagnosisEntries).set({ findingsEnc, needsEnc: null }).where(eq(diagnosisEntries.id, id));

export const setPlanVersionContent = (db: Executor, id: string, contentEnc: string) =>
  db.update(supportPlanVersions).set({ contentEnc }).where(eq(supportPlanVersions.id, id));
