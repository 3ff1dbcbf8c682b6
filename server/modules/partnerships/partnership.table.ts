import { sql } from 'drizzle-orm';
import {
  boolean,
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
  coalitionRoles,
  contactLevels,
  lifecycleSteps,
  partnershipKinds,
  partnershipRoles,
  partnershipStatuses,
} from '../../../common/enums';
import { idColumn, mutableColumns } from '../../platform/db';
import { users } from '../accounts';
import { institutions } from '../institutions';
import { territorialUnits } from '../territory';

export const partnershipKind = pgEnum('partnership_kind', partnershipKinds);
export const partnershipStatus = pgEnum('partnership_status', partnershipStatuses);
export const partnershipRole = pgEnum('partnership_role', partnershipRoles);
export const coalitionRole = pgEnum('coalition_role', coalitionRoles);
export const contactLevel = pgEnum('contact_level', contactLevels);
export const lifecycleStep = pgEnum('lifecycle_step', lifecycleSteps);

export const partnerships = pgTable(
  'partnerships',
  {
    id: idColumn(),
    name: text('name').notNull(),
    /** Lower-case name without Polish diacritics, for search and a locale-independent sort. */
    searchName: text('search_name').notNull(),
    kind: partnershipKind('kind').notNull(),
    description: text('description'),
    status: partnershipStatus('status').notNull().default('active'),
    /** The first step of the current cycle not yet completed: what the list filters by. */
    currentStep: lifecycleStep('current_step').notNull().default('leaderEmerged'),
    /** Step 11 may start the eleven steps again; the history keeps every cycle. */
    cycle: integer('cycle').notNull().default(1),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    ...mutableColumns(),
  },
  (t) => [
    index('partnerships_name_idx').on(t.searchName, t.id),
    index('partnerships_kind_idx').on(t.kind, t.searchName),
    index('partnerships_step_idx').on(t.currentStep, t.searchName),
    index('partnerships_updated_idx').on(t.updatedAt, t.id),
  ],
);

/** The TERYT units a partnership covers: one gmina, several, a powiat, a voivodeship. */
export const partnershipAreas = pgTable(
  'partnership_areas',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    territoryCode: text('territory_code')
      .notNull()
      .references(() => territorialUnits.code),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.territoryCode] }),
    index('partnership_areas_territory_idx').on(t.territoryCode.op('text_pattern_ops')),
  ],
);

/** Membership of an institution; leaving keeps the row with who, when and why. */
export const partnershipMembers = pgTable(
  'partnership_members',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    role: partnershipRole('role').notNull(),
    inManagementBody: boolean('in_management_body').notNull().default(true),
    /** The seed 000 role, for members of a social employment coalition only. */
    coalitionRole: coalitionRole('coalition_role'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    joinedBy: uuid('joined_by'),
    leftAt: timestamp('left_at', { withTimezone: true }),
    leftBy: uuid('left_by'),
    leaveReason: text('leave_reason'),
    ...mutableColumns(),
  },
  (t) => [
    uniqueIndex('partnership_members_active_idx')
      .on(t.partnershipId, t.institutionId)
      .where(sql`${t.leftAt} is null`),
    /** One leader at a time: the database itself refuses a second. */
    uniqueIndex('partnership_members_leader_idx')
      .on(t.partnershipId)
      .where(sql`${t.role} = 'leader' and ${t.leftAt} is null`),
    index('partnership_members_institution_idx').on(t.institutionId, t.leftAt),
  ],
);

/** Who led the partnership and when: the leader may change (seed 002 §5.4), the history stays. */
export const partnershipLeaderTerms = pgTable(
  'partnership_leader_terms',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => partnershipMembers.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    startedByName: text('started_by_name'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedByName: text('ended_by_name'),
    /** Why the leadership passed to this member. */
    reason: text('reason'),
  },
  (t) => [index('partnership_leader_terms_idx').on(t.partnershipId, t.startedAt)],
);

/** A member's contact person on one of the three communication levels. */
export const partnershipContacts = pgTable(
  'partnership_contacts',
  {
    id: idColumn(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => partnershipMembers.id),
    level: contactLevel('level').notNull(),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    position: text('position'),
    email: text('email'),
    phone: text('phone'),
    ...mutableColumns(),
  },
  (t) => [index('partnership_contacts_idx').on(t.partnershipId, t.memberId)],
);
