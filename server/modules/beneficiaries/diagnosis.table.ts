import { index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { diagnosisDomains } from '../../../common/contracts/diagnosis';
import { idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';
import { persons } from './person.table';

export const diagnosisDomain = pgEnum('diagnosis_domain', diagnosisDomains);

/**
 * One partner institution's account of one domain of a person's life, part of the joint diagnosis.
 * What it says is personal data (health is special-category): the texts are AES-256-GCM envelopes
 * bound to the row and column (`diagnosis_entries.<field>:<id>`), like the person's fields.
 */
export const diagnosisEntries = pgTable(
  'diagnosis_entries',
  {
    id: idColumn(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    domain: diagnosisDomain('domain').notNull(),
    /** The institution the entry speaks for; only its staff change it. */
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    authorId: uuid('author_id'),
    authorName: text('author_name'),
    findingsEnc: text('findings_enc').notNull(),
    needsEnc: text('needs_enc'),
    ...mutableColumns(),
  },
  (t) => [index('diagnosis_entries_person_idx').on(t.personId, t.domain, t.createdAt)],
);
