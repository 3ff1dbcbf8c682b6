import { index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { catalogueStatuses } from '../../../common/enums';
import { idColumn, mutableColumns } from '../../platform/db';

export const catalogueStatus = pgEnum('catalogue_status', catalogueStatuses);

/** Who retired an entry, when and why: entries are never deleted, others still refer to them. */
const retirementColumns = () => ({
  status: catalogueStatus('status').notNull().default('active'),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
  retiredBy: uuid('retired_by'),
  retirementReason: text('retirement_reason'),
});

/**
 * Areas of public-benefit social services with the acts they rest on (seed 003): social
 * assistance, social employment, care for children under 3, health care, employment promotion.
 */
export const serviceAreas = pgTable(
  'service_areas',
  {
    id: idColumn(),
    /** Stable key: the code of the area's term in the HSDS taxonomy; never changes. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Lower-case name without Polish diacritics, for search. */
    searchName: text('search_name').notNull(),
    description: text('description').notNull(),
    legalBasis: text('legal_basis').array().notNull(),
    ...mutableColumns(),
  },
  (t) => [uniqueIndex('service_areas_code_idx').on(t.code), index('service_areas_name_idx').on(t.searchName)],
);

/** The catalogue of qualifications staff of a provider may be required to hold (seed 001). */
export const qualifications = pgTable(
  'qualifications',
  {
    id: idColumn(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Lower-case name without Polish diacritics, for search. */
    searchName: text('search_name').notNull(),
    description: text('description'),
    ...retirementColumns(),
    ...mutableColumns(),
  },
  (t) => [
    uniqueIndex('qualifications_code_idx').on(t.code),
    index('qualifications_status_idx').on(t.status, t.searchName),
  ],
);

/**
 * A service type's standard card, the model's minimal unified offer: what it is, for whom, what
 * one delivery counts, on which legal basis, and what a provider needs to deliver it.
 */
export const serviceTypes = pgTable(
  'service_types',
  {
    id: idColumn(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => serviceAreas.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    searchName: text('search_name').notNull(),
    description: text('description').notNull(),
    recipients: text('recipients').notNull(),
    deliveryUnit: text('delivery_unit').notNull(),
    legalBasis: text('legal_basis').array().notNull(),
    organisationalResources: text('organisational_resources').array().notNull().default([]),
    technicalResources: text('technical_resources').array().notNull().default([]),
    ...retirementColumns(),
    ...mutableColumns(),
  },
  (t) => [
    uniqueIndex('service_types_code_idx').on(t.code),
    index('service_types_area_idx').on(t.areaId, t.status, t.searchName),
    index('service_types_status_idx').on(t.status, t.searchName),
  ],
);

/** The qualifications a service type's staff must hold; replaced as a whole when the card changes. */
export const serviceTypeQualifications = pgTable(
  'service_type_qualifications',
  {
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => serviceTypes.id),
    qualificationId: uuid('qualification_id')
      .notNull()
      .references(() => qualifications.id),
  },
  (t) => [
    primaryKey({ columns: [t.serviceTypeId, t.qualificationId] }),
    index('service_type_qualifications_qualification_idx').on(t.qualificationId),
  ],
);
