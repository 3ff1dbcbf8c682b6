import { date, index, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import {
  type founderKinds,
  initiativeLegalForms,
  initiativeStates,
  type preparationStepKinds,
  type preparationStepStatuses,
  type supportKinds,
} from '../../../common/contracts/pes-initiatives';
import { idColumn, mutableColumns } from '../../platform/db';
import { plannedCommissions } from '../commissioning';
import { institutions } from '../institutions';
import { territorialUnits } from '../territory';

export const initiativeState = pgEnum('pes_initiative_state', initiativeStates);
export const initiativeLegalForm = pgEnum('pes_initiative_legal_form', initiativeLegalForms);

export interface FounderEntry {
  kind: (typeof founderKinds)[number];
  name: string;
  role: string | null;
}
export interface StepEntry {
  kind: (typeof preparationStepKinds)[number];
  title: string;
  date: string;
  status: (typeof preparationStepStatuses)[number];
}
export interface SupportEntry {
  kind: (typeof supportKinds)[number];
  institutionId: string;
  /** Grosze. */
  amount: number | null;
  date: string;
  note: string | null;
}

/**
 * An initiative group preparing to found a PES (seed 001, sphere 2). Founders, the preparation
 * path and the support received are small lists read and edited with the initiative as a whole,
 * so they are kept in it (jsonb) under its one version, not as rows of their own.
 */
export const pesInitiatives = pgTable(
  'pes_initiatives',
  {
    id: idColumn(),
    name: text('name').notNull(),
    legalForm: initiativeLegalForm('legal_form').notNull(),
    state: initiativeState('state').notNull().default('forming'),
    jstInstitutionId: uuid('jst_institution_id')
      .notNull()
      .references(() => institutions.id),
    owesInstitutionId: uuid('owes_institution_id')
      .notNull()
      .references(() => institutions.id),
    pupInstitutionId: uuid('pup_institution_id').references(() => institutions.id),
    /** The served JST's unit, kept so lists filter by voivodeship, powiat or gmina by prefix. */
    territoryCode: text('territory_code')
      .notNull()
      .references(() => territorialUnits.code),
    serviceTypeIds: jsonb('service_type_ids').$type<string[]>().notNull(),
    /**
     * The commission of the JST's adopted commissioning plan the future PES prepares to deliver.
     * Commissions are deleted only while their plan is a draft, and a draft is never linked, so
     * the reference holds.
     */
    plannedCommissionId: uuid('planned_commission_id').references(() => plannedCommissions.id),
    /**
     * What the JST plans in words: for a JST whose plan is not on the platform (or not adopted
     * yet), or a note beside the linked commission.
     */
    plannedCommission: text('planned_commission'),
    founders: jsonb('founders').$type<FounderEntry[]>().notNull(),
    steps: jsonb('steps').$type<StepEntry[]>().notNull(),
    support: jsonb('support').$type<SupportEntry[]>().notNull(),
    statuteAdoptedOn: date('statute_adopted_on'),
    krsAppliedOn: date('krs_applied_on'),
    krsNumber: text('krs_number'),
    registeredOn: date('registered_on'),
    abandonReason: text('abandon_reason'),
    /** The PES created in the registry on registration: the initiative is its origin. */
    registeredInstitutionId: uuid('registered_institution_id').references(() => institutions.id),
    searchName: text('search_name').notNull(),
    ...mutableColumns(),
  },
  (t) => [
    index('pes_initiatives_owes_idx').on(t.owesInstitutionId),
    index('pes_initiatives_pup_idx').on(t.pupInstitutionId),
    index('pes_initiatives_jst_idx').on(t.jstInstitutionId),
    index('pes_initiatives_territory_idx').on(t.territoryCode),
    index('pes_initiatives_commission_idx').on(t.plannedCommissionId),
  ],
);
