import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  consentForms,
  dataCategories,
  noPeselReasons,
  sexes,
  type TargetGroup,
} from '../../../common/contracts/beneficiaries';
import { bytea, idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';
import { partnerships } from '../partnerships';
import { territorialUnits } from '../territory';

export const personSex = pgEnum('person_sex', sexes);
export const noPeselReason = pgEnum('no_pesel_reason', noPeselReasons);
export const consentForm = pgEnum('consent_form', consentForms);
export const dataCategory = pgEnum('data_category', dataCategories);

/**
 * A person registered into a partnership's service by its entry institution, which owns the
 * record. Columns ending in `_enc` hold AES-256-GCM envelopes (platform/personal-data), bound
 * to this row and column: PESEL, phone, e-mail and street never lie in the table as text.
 * `pesel_index` is a keyed HMAC of the PESEL (`<key id>:<mac>`), so a person is found by an
 * exact PESEL without decrypting the table. Names stay clear, for search by name.
 */
export const persons = pgTable(
  'persons',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    entryInstitutionId: uuid('entry_institution_id')
      .notNull()
      .references(() => institutions.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** "last first" without diacritics, lower case: search and duplicate detection compare this. */
    searchName: text('search_name').notNull(),
    peselEnc: text('pesel_enc'),
    peselIndex: text('pesel_index'),
    noPeselReason: noPeselReason('no_pesel_reason'),
    noPeselNote: text('no_pesel_note'),
    birthDate: date('birth_date').notNull(),
    sex: personSex('sex'),
    phoneEnc: text('phone_enc'),
    emailEnc: text('email_enc'),
    streetEnc: text('street_enc'),
    postalCode: text('postal_code'),
    locality: text('locality'),
    /** The gmina of residence. */
    territoryCode: text('territory_code')
      .notNull()
      .references(() => territorialUnits.code),
    targetGroups: text('target_groups').array().$type<TargetGroup[]>().notNull().default([]),
    registeredBy: uuid('registered_by'),
    /**
     * When the entry institution anonymised the record (RODO erasure): identifying values are gone,
     * the facts statistics count (service, entry institution, gmina, birth year, groups) stay.
     */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    ...mutableColumns(),
  },
  (t) => [
    /** One record of a PESEL per service; the intake check answers first, this catches a race. */
    uniqueIndex('persons_pesel_idx')
      .on(t.partnershipId, t.peselIndex)
      .where(sql`${t.peselIndex} is not null`),
    index('persons_pesel_lookup_idx').on(t.peselIndex),
    index('persons_entry_idx').on(t.entryInstitutionId, t.searchName, t.id),
    index('persons_partnership_idx').on(t.partnershipId, t.birthDate),
  ],
);

/** Files that document a person's records (scans of signed consent forms), encrypted like the fields. */
export const personFiles = pgTable(
  'person_files',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** The AES-256-GCM envelope of the file. */
    contentEnc: bytea('content_enc').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_files_idx').on(t.personId)],
);

/**
 * A consent of the person: for what purpose, given when and how, until when; a withdrawal is
 * recorded on the row (never deleted), so the history stays while access ends at once.
 */
export const personConsents = pgTable(
  'person_consents',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    purpose: text('purpose').notNull(),
    givenOn: date('given_on').notNull(),
    form: consentForm('form').notNull(),
    validUntil: date('valid_until'),
    scanFileId: uuid('scan_file_id').references(() => personFiles.id),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawnByName: text('withdrawn_by_name'),
    withdrawalReason: text('withdrawal_reason'),
    ...mutableColumns(),
  },
  (t) => [index('person_consents_person_idx').on(t.personId, t.givenOn)],
);

/** Which institution may receive which category of data under a consent. */
export const personConsentGrants = pgTable(
  'person_consent_grants',
  {
    consentId: uuid('consent_id')
      .notNull()
      .references(() => personConsents.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    category: dataCategory('category').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.consentId, t.institutionId, t.category] }),
    index('person_consent_grants_institution_idx').on(t.institutionId, t.category),
  ],
);
