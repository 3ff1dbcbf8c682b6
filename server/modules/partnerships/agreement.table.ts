import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  type AgreementSections,
  agreementKinds,
  agreementStates,
} from '../../../common/contracts/partnership-agreements';
import { bytea, idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';
import { partnershipMembers, partnerships } from './partnership.table';

export const agreementKind = pgEnum('agreement_kind', agreementKinds);
export const agreementState = pgEnum('agreement_state', agreementStates);

/**
 * An agreement or declaration of the partnership. `state` stores draft, inSignature, inForce or
 * terminated; "expired" is read off the term at read time, so no timer has to flip it.
 */
export const partnershipAgreements = pgTable(
  'partnership_agreements',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    kind: agreementKind('kind').notNull(),
    /** An annex amends this agreement. */
    parentAgreementId: uuid('parent_agreement_id').references((): AnyPgColumn => partnershipAgreements.id),
    title: text('title').notNull(),
    state: agreementState('state').notNull().default('draft'),
    termFrom: date('term_from'),
    termTo: date('term_to'),
    currentVersion: integer('current_version').notNull().default(1),
    sentToSignatureAt: timestamp('sent_to_signature_at', { withTimezone: true }),
    inForceSince: date('in_force_since'),
    terminatedOn: date('terminated_on'),
    terminationReason: text('termination_reason'),
    terminatedBy: uuid('terminated_by'),
    createdBy: uuid('created_by'),
    ...mutableColumns(),
  },
  (t) => [
    index('partnership_agreements_idx').on(t.partnershipId, t.createdAt),
    index('partnership_agreements_state_idx').on(t.state, t.termTo),
  ],
);

/** Every saved text of an agreement: written once, never changed, so any two can be compared. */
export const partnershipAgreementVersions = pgTable(
  'partnership_agreement_versions',
  {
    id: idColumn(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => partnershipAgreements.id),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    sections: jsonb('sections').$type<AgreementSections>().notNull(),
    authorUserId: uuid('author_user_id'),
    authorName: text('author_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('partnership_agreement_versions_idx').on(t.agreementId, t.number)],
);

/** Files kept in the database with the records they document (scans of signed agreements). */
export const partnershipFiles = pgTable(
  'partnership_files',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partnership_files_idx').on(t.partnershipId)],
);

/**
 * One member's signature of one agreement, with who signed in what capacity and the scan. When
 * the agreement is withdrawn from signature for corrections, its signatures are voided, never
 * deleted: they stay on record with when, by whom and why, and the member signs the new text anew.
 */
export const partnershipAgreementSignatures = pgTable(
  'partnership_agreement_signatures',
  {
    id: idColumn(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => partnershipAgreements.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => partnershipMembers.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    signerName: text('signer_name').notNull(),
    signerPosition: text('signer_position').notNull(),
    signedOn: date('signed_on').notNull(),
    scanFileId: uuid('scan_file_id').references(() => partnershipFiles.id),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidedBy: uuid('voided_by'),
    voidedByName: text('voided_by_name'),
    voidReason: text('void_reason'),
    ...mutableColumns(),
  },
  (t) => [
    /** One valid signature per member; voided ones stay beside it. */
    uniqueIndex('partnership_agreement_signatures_idx')
      .on(t.agreementId, t.memberId)
      .where(sql`${t.voidedAt} is null`),
    index('partnership_agreement_signatures_institution_idx').on(t.institutionId),
  ],
);
