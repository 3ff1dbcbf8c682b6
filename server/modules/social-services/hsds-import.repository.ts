import { eq, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { type InstitutionRow, institutions } from '../institutions';

export interface RegistryIdentifiers {
  nip: string[];
  regon: string[];
  krs: string[];
}

/** Registry institutions holding any of the numbers: by NIP (indexed), REGON or KRS. */
export async function findInstitutionsByIdentifiers(
  db: Executor,
  ids: RegistryIdentifiers,
): Promise<InstitutionRow[]> {
  const conditions: SQL[] = [
    ...ids.nip.map((v) => eq(institutions.nip, v)),
    ...ids.regon.map((v) => eq(institutions.regon, v)),
    ...ids.krs.map((v) => eq(institutions.krs, v)),
  ];
  return conditions.length
    ? db
        .select()
        .from(institutions)
        .where(or(...conditions))
    : [];
}
