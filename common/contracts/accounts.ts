import { z } from 'zod';
import { membershipRoles, recordStatuses } from '../enums';
import { locales } from '../i18n';
import { emailSchema, membershipView } from './auth';
import { pageOf, pageQuery } from './pagination';
import { newPasswordSchema, PASSWORD_MAX_LENGTH } from './password';

export const displayNameSchema = z.string().trim().min(2).max(120);
const versionSchema = z.number().int().min(1);
const searchText = z.string().trim().max(100);

/** Ids in paths: a malformed one is a bad request (400 naming `id`), an unknown one 404. */
export const idParams = z.object({ id: z.uuid() });

export const statusFilters = ['active', 'inactive', 'all'] as const;

// Members of an institution

export const memberSorts = ['name', '-name', 'role', '-role', 'createdAt', '-createdAt'] as const;
export type MemberSort = (typeof memberSorts)[number];

export const listMembersQuery = z.strictObject({
  q: searchText.optional(),
  role: z.enum(membershipRoles).optional(),
  status: z.enum(statusFilters).default('active'),
  sort: z.enum(memberSorts).default('name'),
  ...pageQuery,
});
export type ListMembersQuery = z.infer<typeof listMembersQuery>;

export const memberAbilities = z.object({ changeRole: z.boolean(), deactivate: z.boolean() });

/** One membership: a person's role at the institution, and whether their account is active at all. */
export const memberView = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(membershipRoles),
  status: z.enum(recordStatuses),
  accountStatus: z.enum(recordStatuses),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: memberAbilities,
});
export type MemberView = z.infer<typeof memberView>;

/** The list carries what the actor may do at the institution, so the page shows the invite form only to who may use it. */
export const memberListResponse = pageOf(memberView).extend({
  institution: z.object({
    id: z.uuid(),
    name: z.string(),
    abilities: z.object({ invite: z.boolean(), manage: z.boolean() }),
  }),
});
export type MemberListResponse = z.infer<typeof memberListResponse>;

export const changeRoleBody = z.strictObject({ role: z.enum(membershipRoles), version: versionSchema });
export type ChangeRoleBody = z.infer<typeof changeRoleBody>;

export const deactivateMembershipBody = z.strictObject({ version: versionSchema });
export type DeactivateMembershipBody = z.infer<typeof deactivateMembershipBody>;

// Invitations

export const INVITATION_VALID_DAYS = 7;

export const invitationStatuses = ['pending', 'expired', 'accepted', 'revoked'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const createInvitationBody = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  role: z.enum(membershipRoles),
});
export type CreateInvitationBody = z.infer<typeof createInvitationBody>;
export type CreateInvitationInput = z.input<typeof createInvitationBody>;

/** Open invitations are the ones neither accepted nor revoked: pending ones, and expired ones to invite again. */
export const listInvitationsQuery = z.strictObject({ ...pageQuery });
export type ListInvitationsQuery = z.infer<typeof listInvitationsQuery>;

export const invitationView = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(membershipRoles),
  status: z.enum(invitationStatuses),
  expiresAt: z.string(),
  createdAt: z.string(),
  invitedByName: z.string().nullable(),
  abilities: z.object({ revoke: z.boolean() }),
});
export type InvitationView = z.infer<typeof invitationView>;

export const invitationListResponse = pageOf(invitationView);
export type InvitationListResponse = z.infer<typeof invitationListResponse>;

/**
 * The one answer that holds the invitation link: only the token's hash is stored, so the link
 * cannot be shown again. With no e-mail sending yet, the admin passes it on themselves.
 */
export const createdInvitationResponse = z.object({ invitation: invitationView, link: z.string() });
export type CreatedInvitationResponse = z.infer<typeof createdInvitationResponse>;

/** What the invitee sees before accepting: who invites them where, and whether they already have an account. */
export const publicInvitationView = z.object({
  institutionName: z.string(),
  role: z.enum(membershipRoles),
  email: z.string(),
  displayName: z.string(),
  expiresAt: z.string(),
  accountExists: z.boolean(),
});
export type PublicInvitationView = z.infer<typeof publicInvitationView>;

export const invitationTokenParams = z.object({ token: z.string().min(1).max(200) });

/** A new person sets their name and password; a person with an account signs in first and sends only the token. */
export const acceptInvitationBody = z.strictObject({
  token: z.string().min(1).max(200),
  displayName: displayNameSchema.optional(),
  password: newPasswordSchema.optional(),
});
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;

// Accounts (platform administration)

export const listUsersQuery = z.strictObject({
  q: searchText.optional(),
  status: z.enum(statusFilters).default('all'),
  ...pageQuery,
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

export const userAbilities = z.object({ deactivate: z.boolean(), reactivate: z.boolean() });

export const userSummary = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  isPlatformAdmin: z.boolean(),
  status: z.enum(recordStatuses),
  /** Locked for a while after too many wrong passwords. */
  locked: z.boolean(),
  memberships: z.array(membershipView),
  createdAt: z.string(),
  abilities: userAbilities,
});
export type UserSummary = z.infer<typeof userSummary>;

export const userListResponse = pageOf(userSummary);
export type UserListResponse = z.infer<typeof userListResponse>;

// Profile

export const profileView = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(locales),
  hasPassword: z.boolean(),
  version: z.number().int(),
});
export type ProfileView = z.infer<typeof profileView>;

export const updateProfileBody = z.strictObject({
  displayName: displayNameSchema.optional(),
  locale: z.enum(locales).optional(),
  version: versionSchema,
});
export type UpdateProfileBody = z.infer<typeof updateProfileBody>;

/** The current password proves it is the owner at the keyboard, not someone at an unlocked screen. */
export const changePasswordBody = z.strictObject({
  currentPassword: z.string().max(PASSWORD_MAX_LENGTH),
  newPassword: newPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
