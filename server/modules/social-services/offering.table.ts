import { sql } from 'drizzle-orm';
import { date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offeringStatuses } from '../../../common/enums';
import { idColumn, mutableColumns, newId } from '../../platform/db';
import { institutions } from '../institutions';
import { territorialUnits } from '../territory';
import { serviceTypes } from './catalogue.table';

export const offeringStatus = pgEnum('offering_status', offeringStatuses);

/**
 * Which institution offers which service type where: the rows of the public HSDS directory (an
 * offering is an HSDS service, its institution the organization). Ended, never deleted.
 */
export const serviceOfferings = pgTable(
  'service_offerings',
  {
    id: idColumn(),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => serviceTypes.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** The TERYT unit whose residents the service is for. */
    territoryCode: text('territory_code')
      .notNull()
      .references(() => territorialUnits.code),
    description: text('description'),
    contactName: text('contact_name'),
    email: text('email'),
    phone: text('phone'),
    startedOn: date('started_on'),
    status: offeringStatus('status').notNull().default('active'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by'),
    endReason: text('end_reason'),
    /** The service's id in the HSDS data package it was imported from: importing it again updates this row. */
    hsdsId: uuid('hsds_id'),
    /** The id of the offering's HSDS service_at_location, which the directory looks records up by. */
    serviceAtLocationId: uuid('service_at_location_id')
      .notNull()
      .$defaultFn(() => newId()),
    ...mutableColumns(),
  },
  (t) => [
    index('service_offerings_institution_idx').on(t.institutionId, t.status),
    index('service_offerings_type_idx').on(t.serviceTypeId, t.status),
    /** Offerings in a voivodeship or powiat are found by the prefix of the unit's code. */
    index('service_offerings_territory_idx').using('btree', t.territoryCode.op('text_pattern_ops')),
    /** The directory's `modified_after` and its stable paging read this index. */
    index('service_offerings_updated_idx').on(t.updatedAt, t.id),
    /** One current offering of a type per institution and unit; ended ones are history. */
    uniqueIndex('service_offerings_current_idx')
      .on(t.institutionId, t.serviceTypeId, t.territoryCode)
      .where(sql`${t.status} <> 'ended'`),
    uniqueIndex('service_offerings_hsds_idx').on(t.hsdsId),
    uniqueIndex('service_offerings_service_at_location_idx').on(t.serviceAtLocationId),
  ],
);
