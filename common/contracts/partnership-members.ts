import { z } from 'zod';
import { coalitionRoles, contactLevels } from '../enums';
import { emailSchema } from './auth';
import { nonLeaderRoles, optionalText, requiredText, text } from './partnerships';

const version = z.number().int().min(1);

export const addMemberBody = z.strictObject({
  institutionId: z.uuid({ message: 'field.required' }),
  role: z.enum(nonLeaderRoles).default('member'),
  inManagementBody: z.boolean().default(true),
  coalitionRole: z.enum(coalitionRoles).nullable().optional(),
});
export type AddMemberInput = z.input<typeof addMemberBody>;

export const updateMemberBody = z.strictObject({
  role: z.enum(nonLeaderRoles).optional(),
  inManagementBody: z.boolean().optional(),
  coalitionRole: z.enum(coalitionRoles).nullable().optional(),
  version,
});
export type UpdateMemberInput = z.input<typeof updateMemberBody>;

/** A member leaves, never deleted: who, when and why stay on the record. */
export const leaveMemberBody = z.strictObject({
  reason: requiredText(1000).min(3, { message: 'field.tooShort' }),
  version,
});
export type LeaveMemberInput = z.input<typeof leaveMemberBody>;

/** `version` is the partnership's: a leader change is a change of the partnership. */
export const changeLeaderBody = z.strictObject({
  memberId: z.uuid({ message: 'field.required' }),
  previousLeaderRole: z.enum(nonLeaderRoles).default('member'),
  reason: optionalText(1000),
  version,
});
export type ChangeLeaderInput = z.input<typeof changeLeaderBody>;

export const leaderTermView = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  institutionName: z.string(),
  startedAt: z.string(),
  startedByName: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedByName: z.string().nullable(),
  reason: z.string().nullable(),
});
export type LeaderTermView = z.infer<typeof leaderTermView>;
export const leaderHistoryResponse = z.object({ items: z.array(leaderTermView) });

const phoneSchema = text(30).regex(/^\+?[\d\s()-]{9,}$/, { message: 'field.phone' });
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((value) => (value.trim() === '' ? null : value))
    .pipe(schema.nullable())
    .nullable()
    .optional();

/**
 * A contact person of a member on one communication level: typed in, or a platform user of that
 * member institution (then the name and e-mail default to the account's).
 */
const contactFields = {
  level: z.enum(contactLevels),
  userId: z.uuid().nullable().optional(),
  name: optionalText(200),
  position: optionalText(200),
  email: optional(emailSchema),
  phone: optional(phoneSchema),
};

export const createContactBody = z.strictObject({
  memberId: z.uuid({ message: 'field.required' }),
  ...contactFields,
});
export type CreateContactInput = z.input<typeof createContactBody>;

export const updateContactBody = z.strictObject({ ...z.object(contactFields).partial().shape, version });
export type UpdateContactInput = z.input<typeof updateContactBody>;

export const contactView = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  level: z.enum(contactLevels),
  userId: z.uuid().nullable(),
  name: z.string(),
  position: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type ContactView = z.infer<typeof contactView>;
export const contactListResponse = z.object({ items: z.array(contactView) });

/** People working at a member institution now, whom a contact person may be linked to. */
export const staffListResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), displayName: z.string(), email: z.string() })),
});
export type StaffListResponse = z.infer<typeof staffListResponse>;

export const memberParams = z.object({ id: z.string(), memberId: z.string() });
export const contactParams = z.object({ id: z.string(), contactId: z.string() });
