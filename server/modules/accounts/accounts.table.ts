import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { membershipRoles } from '../../../common/enums';
import { idColumn, mutableColumns } from '../../platform/db';
import { institutions, recordStatus } from '../institutions/institution.table';

export const membershipRole = pgEnum('membership_role', membershipRoles);

export const users = pgTable(
  'users',
  {
    id: idColumn(),
    /** Stored lower-case: e-mail addresses are compared case-insensitively. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    /**
     * Lower-case display name without Polish diacritics: the platform admin's search finds
     * "Wójcik" by "wojcik", and the list sorts by it through `users_search_idx`.
     */
    searchName: text('search_name').notNull().default(''),
    /** argon2id; null for users who sign in only through OIDC or have not accepted an invitation. */
    passwordHash: text('password_hash'),
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    status: recordStatus('status').notNull().default('active'),
    locale: text('locale').notNull().default('pl'),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    deactivatedBy: uuid('deactivated_by'),
    ...mutableColumns(),
  },
  (t) => [uniqueIndex('users_email_idx').on(t.email), index('users_search_idx').on(t.searchName, t.id)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    role: membershipRole('role').notNull(),
    status: recordStatus('status').notNull().default('active'),
    createdBy: uuid('created_by'),
    ...mutableColumns(),
  },
  (t) => [
    uniqueIndex('memberships_user_institution_idx').on(t.userId, t.institutionId),
    index('memberships_institution_idx').on(t.institutionId, t.status),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: idColumn(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: membershipRole('role').notNull(),
    /** sha256 of the token in the invitation link; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invitations_token_idx').on(t.tokenHash),
    index('invitations_institution_idx').on(t.institutionId, t.createdAt),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie's token: a leaked table does not leak usable sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** How the session was opened: `password` or `oidc`. */
    method: text('method').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Links a user to an account at an OIDC provider (issuer + subject). */
export const externalIdentities = pgTable(
  'external_identities',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('external_identities_subject_idx').on(t.issuer, t.subject)],
);
