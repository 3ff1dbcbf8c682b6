import { date, index, integer, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import {
  contractTypes,
  matchResults,
  participantStates,
  programmeKinds,
  programmeStates,
} from '../../../common/contracts/preparation-programmes';
import { idColumn, mutableColumns } from '../../platform/db';
import { institutions } from '../institutions';
import { qualifications } from '../social-services';
import { staffingNeeds } from '../staffing-needs';
import { territorialUnits } from '../territory';

export const programmeKind = pgEnum('preparation_programme_kind', programmeKinds);
export const programmeState = pgEnum('preparation_programme_state', programmeStates);
export const participantState = pgEnum('programme_participant_state', participantStates);
export const matchResult = pgEnum('programme_match_result', matchResults);
export const contractType = pgEnum('programme_match_contract_type', contractTypes);

export interface ProgrammeModule {
  id: string;
  title: string;
  plannedHours: number;
}
export interface ModuleProgress {
  moduleId: string;
  hoursAttended: number;
  completed: boolean;
}

/**
 * A CIS or KIS preparation programme (seed 001, sphere 1): people are prepared for qualifications
 * that providers declared they will need. The qualifications, targeted needs and modules are small
 * lists edited with the programme as a whole, so they live in it (jsonb) under its one version.
 */
export const preparationProgrammes = pgTable(
  'preparation_programmes',
  {
    id: idColumn(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    kind: programmeKind('kind').notNull(),
    title: text('title').notNull(),
    qualificationIds: jsonb('qualification_ids').$type<string[]>().notNull(),
    staffingNeedIds: jsonb('staffing_need_ids').$type<string[]>().notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    places: integer('places').notNull(),
    territoryCode: text('territory_code')
      .notNull()
      .references(() => territorialUnits.code),
    modules: jsonb('modules').$type<ProgrammeModule[]>().notNull(),
    state: programmeState('state').notNull().default('planned'),
    searchTitle: text('search_title').notNull(),
    ...mutableColumns(),
  },
  (t) => [
    index('preparation_programmes_institution_idx').on(t.institutionId),
    index('preparation_programmes_kind_state_idx').on(t.kind, t.state),
  ],
);

/** A participant of one programme, named minimally (see `participantLabel`), with progress per module. */
export const programmeParticipants = pgTable(
  'programme_participants',
  {
    id: idColumn(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => preparationProgrammes.id),
    label: text('label').notNull(),
    state: participantState('state').notNull().default('enrolled'),
    progress: jsonb('progress').$type<ModuleProgress[]>().notNull(),
    qualificationObtainedId: uuid('qualification_obtained_id').references(() => qualifications.id),
    examPassedOn: date('exam_passed_on'),
    graduatedOn: date('graduated_on'),
    dropReason: text('drop_reason'),
    ...mutableColumns(),
  },
  (t) => [index('programme_participants_programme_idx').on(t.programmeId)],
);

/**
 * A graduate proposed to a provider for one of its declared needs, and what came of it. The
 * provider's institution is kept beside the need, so the provider's list reads an index.
 */
export const programmeMatches = pgTable(
  'programme_matches',
  {
    id: idColumn(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => preparationProgrammes.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => programmeParticipants.id),
    staffingNeedId: uuid('staffing_need_id')
      .notNull()
      .references(() => staffingNeeds.id),
    providerInstitutionId: uuid('provider_institution_id')
      .notNull()
      .references(() => institutions.id),
    result: matchResult('result').notNull().default('pending'),
    hiredFrom: date('hired_from'),
    contractType: contractType('contract_type'),
    reason: text('reason'),
    ...mutableColumns(),
  },
  (t) => [
    index('programme_matches_participant_idx').on(t.participantId),
    index('programme_matches_need_idx').on(t.staffingNeedId, t.result),
    index('programme_matches_provider_idx').on(t.providerInstitutionId),
    index('programme_matches_programme_idx').on(t.programmeId),
  ],
);
