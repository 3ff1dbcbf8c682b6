import type { DiagnosisEntryView } from '../../../common/contracts/diagnosis';
import type { PersonalDataVault } from '../../platform/personal-data';
import type { DiagnosisEntryInsert, DiagnosisEntryWithInstitution } from './diagnosis.repository';

/** Each text is bound to its row and column, so a ciphertext copied elsewhere does not decrypt. */
const contextOf = (field: 'findings' | 'needs', entryId: string) => `diagnosis_entries.${field}:${entryId}`;

/** The encrypted columns of an entry's texts. */
export const sealEntry = (
  vault: PersonalDataVault,
  entryId: string,
  texts: { findings: string; needs: string | null },
): Pick<DiagnosisEntryInsert, 'findingsEnc' | 'needsEnc'> => ({
  findingsEnc: vault.seal(texts.findings, contextOf('findings', entryId)),
  needsEnc: texts.needs ? vault.seal(texts.needs, contextOf('needs', entryId)) : null,
});

/** An entry as the reader sees it; `mayUpdate` says whether the reader writes for its institution. */
export const presentEntry = (
  vault: PersonalDataVault,
  row: DiagnosisEntryWithInstitution,
  mayUpdate: boolean,
): DiagnosisEntryView => ({
  id: row.id,
  domain: row.domain,
  findings: vault.open(row.findingsEnc, contextOf('findings', row.id)),
  needs: row.needsEnc ? vault.open(row.needsEnc, contextOf('needs', row.id)) : null,
  institution: { id: row.institutionId, name: row.institutionName },
  authorName: row.authorName,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
  abilities: { update: mayUpdate },
});
