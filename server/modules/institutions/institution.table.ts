import { boolean, date, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { institutionTypes, jstHeadOffices, pesLegalForms, recordStatuses } from '../../../common/enums';
import { idColumn, mutableColumns } from '../../platform/db';
import { territorialUnits } from '../territory/territory.table';

export const institutionType = pgEnum('institution_type', institutionTypes);
export const jstHeadOffice = pgEnum('jst_head_office', jstHeadOffices);
export const pesLegalForm = pgEnum('pes_legal_form', pesLegalForms);
export const recordStatus = pgEnum('record_status', recordStatuses);

export const institutions = pgTable(
  'institutions',
  {
    id: idColumn(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** Lower-case name without Polish diacritics, for case- and accent-insensitive search. */
    searchName: text('search_name').notNull(),
    type: institutionType('type').notNull(),
    territoryCode: text('territory_code')
      .notNull()
      .references(() => territorialUnits.code),
    /** Denormalised from the territory so filters by voivodeship or powiat use an index. */
    voivodeshipCode: text('voivodeship_code').notNull(),
    powiatCode: text('powiat_code'),
    street: text('street'),
    buildingNumber: text('building_number'),
    postalCode: text('postal_code'),
    city: text('city'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    nip: text('nip'),
    regon: text('regon'),
    krs: text('krs'),
    headOffice: jstHeadOffice('head_office'),
    aksesNumber: text('akses_number'),
    aksesValidUntil: date('akses_valid_until'),
    registerEntryNumber: text('register_entry_number'),
    registerEntryDate: date('register_entry_date'),
    pesLegalForm: pesLegalForm('pes_legal_form'),
    socialEconomyStatus: boolean('social_economy_status'),
    status: recordStatus('status').notNull().default('active'),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    deactivatedBy: uuid('deactivated_by'),
    deactivationReason: text('deactivation_reason'),
    ...mutableColumns(),
  },
  (t) => [
    index('institutions_search_idx').using('btree', t.searchName.op('text_pattern_ops')),
    index('institutions_search_trgm_idx').using('gin', t.searchName.op('gin_trgm_ops')),
    index('institutions_name_idx').on(t.searchName, t.id),
    index('institutions_type_idx').on(t.type, t.searchName),
    index('institutions_voivodeship_idx').on(t.voivodeshipCode, t.searchName),
    index('institutions_powiat_idx').on(t.powiatCode, t.searchName),
    index('institutions_territory_idx').on(t.territoryCode, t.searchName),
    index('institutions_nip_idx').on(t.nip),
    /** The registry sorted by its latest changes (sort=-updatedAt) reads this index, not the table. */
    index('institutions_updated_idx').on(t.updatedAt, t.id),
  ],
);
