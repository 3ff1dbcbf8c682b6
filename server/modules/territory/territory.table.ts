import { date, index, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { gminaKinds, territorialLevels } from '../../../common/enums';

export const territorialLevel = pgEnum('territorial_level', territorialLevels);
export const gminaKind = pgEnum('gmina_kind', gminaKinds);

/**
 * Units of the TERC register. `code` joins the register's parts: WOJ (2) for a voivodeship,
 * WOJ+POW (4) for a powiat, WOJ+POW+GMI+RODZ (7) for a gmina or its part.
 */
export const territorialUnits = pgTable(
  'territorial_units',
  {
    code: text('code').primaryKey(),
    level: territorialLevel('level').notNull(),
    parentCode: text('parent_code'),
    /** The voivodeship the unit lies in; a voivodeship's is its own code. */
    voivodeshipCode: text('voivodeship_code').notNull(),
    /** The powiat the unit lies in; a powiat's is its own code, a voivodeship has none. */
    powiatCode: text('powiat_code'),
    /** The register's name as given: voivodeships in capitals ("LUBELSKIE"); the API adds a display form. */
    name: text('name').notNull(),
    /** Lower-case name without Polish diacritics, for search that forgives "Janow" for "Janów". */
    searchName: text('search_name').notNull(),
    /** NAZWA_DOD of the register, e.g. "gmina miejsko-wiejska", "miasto na prawach powiatu". */
    description: text('description').notNull(),
    gminaKind: gminaKind('gmina_kind'),
    validOn: date('valid_on').notNull(),
  },
  (t) => [
    index('territorial_units_parent_idx').on(t.parentCode, t.name),
    index('territorial_units_level_idx').on(t.level, t.name),
    index('territorial_units_search_idx').using('btree', t.searchName.op('text_pattern_ops')),
  ],
);
