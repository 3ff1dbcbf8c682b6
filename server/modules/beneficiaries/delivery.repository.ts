import { and, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { caseClosures, serviceDeliveries } from './delivery.table';
import { referrals } from './referral.table';

export type DeliveryRow = typeof serviceDeliveries.$inferSelect;
export type DeliveryInsert = typeof serviceDeliveries.$inferInsert;
export type CaseClosureRow = typeof caseClosures.$inferSelect;

export async function findDeliveryPage(db: Executor, personId: string, page: number, pageSize: number) {
  const where = eq(serviceDeliveries.personId, personId);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(serviceDeliveries)
      .where(where)
      .orderBy(desc(serviceDeliveries.deliveredOn), desc(serviceDeliveries.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ count: count() }).from(serviceDeliveries).where(where),
  ]);
  return { items, total: total?.count ?? 0 };
}

/** Every delivery to the person, for the package sums. */
export const findDeliveries = (db: Executor, personId: string): Promise<DeliveryRow[]> =>
  db.select().from(serviceDeliveries).where(eq(serviceDeliveries.personId, personId));

export async function findDelivery(db: Executor, personId: string, deliveryId: string, lock = false) {
  const query = db
    .select()
    .from(serviceDeliveries)
    .where(and(eq(serviceDeliveries.id, deliveryId), eq(serviceDeliveries.personId, personId)))
    .limit(1);
  return (await (lock ? query.for('update') : query))[0];
}

export const insertDelivery = async (db: Executor, row: DeliveryInsert) =>
  (await db.insert(serviceDeliveries).values(row).returning())[0]!;

/** Changes the delivery at the version read; undefined when someone changed it first. */
export const updateDeliveryAtVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<DeliveryInsert>,
) =>
  (
    await db
      .update(serviceDeliveries)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(serviceDeliveries.id, id), eq(serviceDeliveries.version, version)))
      .returning()
  )[0];

export async function findClosure(db: Executor, personId: string): Promise<CaseClosureRow | undefined> {
  return (await db.select().from(caseClosures).where(eq(caseClosures.personId, personId)).limit(1))[0];
}

export const insertClosure = async (db: Executor, row: typeof caseClosures.$inferInsert) =>
  (await db.insert(caseClosures).values(row).returning())[0]!;

/** The person's referral to the institution that is in service now, if any. */
export async function findReferralInService(db: Executor, personId: string, institutionId: string) {
  const rows = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(
      and(
        eq(referrals.personId, personId),
        eq(referrals.operatorInstitutionId, institutionId),
        eq(referrals.state, 'inService'),
      ),
    )
    .limit(1);
  return rows[0]?.id;
}
