import type { ConsentStatus, ConsentView, DataCategory } from '../../../common/contracts/beneficiaries';
import type { Executor } from '../../platform/db';
import { type ConsentRow, findFileInfos, findGrants } from './consent.repository';

/** Where a consent stands on `today`: withdrawal wins, then its term. */
export function consentStatus(row: ConsentRow, today: string): ConsentStatus {
  if (row.withdrawnAt) return 'withdrawn';
  if (row.givenOn > today) return 'notYetValid';
  if (row.validUntil && row.validUntil < today) return 'expired';
  return 'valid';
}

/** Consents with their grants (per institution) and scans, as the entry institution sees them. */
export async function presentConsents(
  db: Executor,
  rows: readonly ConsentRow[],
  today: string,
  manage: boolean,
): Promise<ConsentView[]> {
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const grants = await findGrants(
    db,
    rows.map((r) => r.id),
  );
  const files = await findFileInfos(
    db,
    rows.flatMap((r) => (r.scanFileId ? [r.scanFileId] : [])),
  );
  return rows.map((row) => {
    const byInstitution = new Map<
      string,
      { institution: { id: string; name: string }; categories: DataCategory[] }
    >();
    for (const g of grants.filter((x) => x.consentId === row.id)) {
      const entry = byInstitution.get(g.institutionId) ?? {
        institution: { id: g.institutionId, name: g.institutionName },
        categories: [],
      };
      entry.categories.push(g.category);
      byInstitution.set(g.institutionId, entry);
    }
    const file = files.find((f) => f.id === row.scanFileId);
    const status = consentStatus(row, today);
    return {
      id: row.id,
      purpose: row.purpose,
      givenOn: row.givenOn,
      form: row.form,
      validUntil: row.validUntil,
      status,
      recordedByName: row.recordedByName,
      createdAt: row.createdAt.toISOString(),
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      withdrawnByName: row.withdrawnByName,
      withdrawalReason: row.withdrawalReason,
      grants: [...byInstitution.values()],
      scan: file ? { fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes } : null,
      version: row.version,
      abilities: {
        withdraw: manage && status !== 'withdrawn',
        uploadScan: manage && status !== 'withdrawn' && row.form === 'paper',
      },
    };
  });
}
