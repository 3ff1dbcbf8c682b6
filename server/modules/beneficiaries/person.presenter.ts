import { type PersonView, warsawToday } from '../../../common/contracts/beneficiaries';
import type { Executor } from '../../platform/db';
import type { PersonalDataVault } from '../../platform/personal-data';
import { findInstitutionById } from '../institutions';
import { findUnitSummaries } from '../territory';
import { presentConsents } from './consent.presenter';
import { findConsents } from './consent.repository';
import { findService } from './person.repository';
import type { PersonAccess } from './person-access';
import { openPerson } from './person-fields';

/**
 * A person as the reader may see them: each part only when its category is open to the reader,
 * decrypted only then. The consents (with their history) are the entry institution's records.
 */
export async function presentPerson(
  db: Executor,
  vault: PersonalDataVault,
  access: PersonAccess,
): Promise<PersonView> {
  const { row, categories } = access;
  const today = warsawToday();
  // One after another: this also runs inside a transaction, whose one connection takes one query at a time.
  const service = await findService(db, row.partnershipId);
  const entry = await findInstitutionById(db, row.entryInstitutionId);
  const units = await findUnitSummaries(db, [row.territoryCode]);
  const consents = access.owner ? await findConsents(db, row.id) : null;
  const opened =
    categories.has('identification') || categories.has('contact') ? openPerson(vault, row) : null;
  const unit = units.get(row.territoryCode);
  return {
    id: row.id,
    partnership: { id: row.partnershipId, name: service?.name ?? '' },
    entryInstitution: { id: row.entryInstitutionId, name: entry?.name ?? '' },
    categories: [...categories],
    identification:
      categories.has('identification') && opened
        ? {
            firstName: row.firstName,
            lastName: row.lastName,
            pesel: opened.pesel,
            noPeselReason: row.noPeselReason,
            noPeselNote: row.noPeselNote,
            birthDate: row.birthDate,
            sex: row.sex,
          }
        : null,
    contact:
      categories.has('contact') && opened
        ? {
            phone: opened.phone,
            email: opened.email,
            street: opened.street,
            postalCode: row.postalCode,
            locality: row.locality,
            territory: { code: row.territoryCode, name: unit?.displayName ?? row.territoryCode },
          }
        : null,
    socialSituation: categories.has('socialSituation') ? { targetGroups: row.targetGroups } : null,
    consents: consents ? await presentConsents(db, consents, today, access.manage) : null,
    recipients: access.owner
      ? (service?.members ?? [])
          .filter((m) => m.institutionId !== row.entryInstitutionId)
          .map((m) => ({ id: m.institutionId, name: m.name }))
      : [],
    anonymisedAt: row.anonymisedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: {
      update: access.manage && !row.anonymisedAt,
      manageConsents: access.manage && !row.anonymisedAt,
      exercisePrivacyRights: access.owner && access.manage,
    },
  };
}
