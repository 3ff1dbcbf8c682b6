import { date, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { staffingNeedStatuses } from '../../../common/enums';
import { idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';
import { qualifications } from '../social-services';
import { territorialUnits } from '../territory';

export const staffingNeedStatus = pgEnum('staffing_need_status', staffingNeedStatuses);

/**
 * A provider's declared need for staff (seed 001, sphere 1). The gmina's powiat and voivodeship
 * are kept beside its code, so the joint diagnosis of a powiat or a region reads an index.
 */
export const staffingNeeds = pgTable(
  'staffing_needs',
  {
    id: idColumn(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    position: text('position').notNull(),
    qualificationId: uuid('qualification_id')
      .notNull()
      .references(() => qualifications.id),
    headcount: integer('headcount').notNull(),
    neededFrom: date('needed_from').notNull(),
    territoryCode: text('territory_code')
      .notNull()
      .references(() => territorialUnits.code),
    powiatCode: text('powiat_code').notNull(),
    voivodeshipCode: text('voivodeship_code').notNull(),
    note: text('note'),
    status: staffingNeedStatus('status').notNull().default('open'),
    ...mutableColumns(),
  },
  (t) => [
    index('staffing_needs_institution_idx').on(t.institutionId, t.status),
    index('staffing_needs_powiat_idx').on(t.powiatCode, t.status),
    index('staffing_needs_voivodeship_idx').on(t.voivodeshipCode, t.status),
  ],
);
