import type { Executor } from '../../platform/db';
import { qualifications, serviceAreas, serviceTypeQualifications, serviceTypes } from './catalogue.table';
import type { QualificationInsert } from './qualification.repository';
import type { ServiceAreaInsert } from './service-area.repository';
import type { ServiceTypeInsert } from './service-type.repository';

/**
 * Inserts of the bundled catalogue that skip codes already present: an entry an administrator
 * changed or retired stays as they left it, and instances loading together insert each entry once.
 */
export const insertMissingAreas = (db: Executor, rows: ServiceAreaInsert[]) =>
  rows.length
    ? db.insert(serviceAreas).values(rows).onConflictDoNothing({ target: serviceAreas.code }).returning()
    : Promise.resolve([]);

export const insertMissingQualifications = (db: Executor, rows: QualificationInsert[]) =>
  rows.length
    ? db.insert(qualifications).values(rows).onConflictDoNothing({ target: qualifications.code }).returning()
    : Promise.resolve([]);

export const insertMissingTypes = (db: Executor, rows: ServiceTypeInsert[]) =>
  rows.length
    ? db.insert(serviceTypes).values(rows).onConflictDoNothing({ target: serviceTypes.code }).returning()
    : Promise.resolve([]);

export async function insertTypeQualificationLinks(
  db: Executor,
  links: { serviceTypeId: string; qualificationId: string }[],
): Promise<void> {
  if (links.length) await db.insert(serviceTypeQualifications).values(links).onConflictDoNothing();
}

/** Codes to ids of what the catalogue holds now. */
export async function findCatalogueIds(db: Executor) {
  // One after another: the catalogue load runs inside its transaction, on one connection.
  const areas = await db.select({ id: serviceAreas.id, code: serviceAreas.code }).from(serviceAreas);
  const quals = await db.select({ id: qualifications.id, code: qualifications.code }).from(qualifications);
  return {
    areas: new Map(areas.map((a) => [a.code, a.id])),
    qualifications: new Map(quals.map((q) => [q.code, q.id])),
  };
}
