import { z } from 'zod';
import {
  coalitionRoles,
  institutionTypes,
  lifecycleSteps,
  partnershipKinds,
  partnershipRoles,
  partnershipStatuses,
} from '../enums';
import { tercCodeSchema } from './institutions';
import { pageOf, pageQuery } from './pagination';
import { kindRequirementIds } from './partnership-kinds';
import { territorialUnitSummary } from './territory';

export const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });
/** A text that must be given: blank answers "required" alone. */
export const requiredText = (max: number) => text(max).min(1, { message: 'field.required', abort: true });
/** An optional text: blank means "not given" and is stored as null, so clearing a field clears it. */
export const optionalText = (max: number) =>
  text(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const required = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field.required' : undefined),
};

/** The roles a member may be given directly; the leader changes only through the leader route, with history. */
export const nonLeaderRoles = partnershipRoles.filter((r) => r !== 'leader') as [
  'coordinator',
  'implementer',
  'member',
];

export const partnershipMemberInput = z.strictObject({
  institutionId: z.uuid({ message: 'field.required' }),
  role: z.enum(partnershipRoles, required),
  inManagementBody: z.boolean().default(true),
  coalitionRole: z.enum(coalitionRoles).nullable().optional(),
});
export type PartnershipMemberInput = z.input<typeof partnershipMemberInput>;

/** Exactly one leader, each institution once: the rest of the kind's rules need the registry. */
const membersList = z
  .array(partnershipMemberInput)
  .min(1, { message: 'field.required' })
  .max(100)
  .superRefine((members, ctx) => {
    if (members.filter((m) => m.role === 'leader').length !== 1)
      ctx.addIssue({ code: 'custom', message: 'partnership.leaderCount' });
    members.forEach((m, index) => {
      if (m.institutionId && members.findIndex((other) => other.institutionId === m.institutionId) < index)
        ctx.addIssue({
          code: 'custom',
          path: [index, 'institutionId'],
          message: 'partnership.memberDuplicate',
        });
    });
  });

const areaList = z
  .array(tercCodeSchema)
  .min(1, { message: 'field.required' })
  .max(20)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'partnership.areaDuplicate' });

export const createPartnershipBody = z.strictObject({
  name: requiredText(300),
  kind: z.enum(partnershipKinds, required),
  description: optionalText(5000),
  area: areaList,
  members: membersList,
});
export type CreatePartnershipBody = z.infer<typeof createPartnershipBody>;
export type CreatePartnershipInput = z.input<typeof createPartnershipBody>;

/** The kind is fixed at creation: it decided who had to join. */
export const updatePartnershipBody = z.strictObject({
  name: requiredText(300).optional(),
  description: optionalText(5000),
  area: areaList.optional(),
  version: z.number().int().min(1),
});
export type UpdatePartnershipInput = z.input<typeof updatePartnershipBody>;

export const partnershipSorts = ['name', '-name', 'updatedAt', '-updatedAt'] as const;
export type PartnershipSort = (typeof partnershipSorts)[number];
export const partnershipStatusFilters = ['active', 'closed', 'all'] as const;

export const listPartnershipsQuery = z.strictObject({
  q: text(100).optional(),
  kind: z.enum(partnershipKinds).optional(),
  /** A TERYT code: partnerships whose area lies within this unit or covers it. */
  territory: z
    .string()
    .regex(/^\d{2}(\d{2}(\d{3})?)?$/, { message: 'field.tercCode' })
    .optional(),
  step: z.enum(lifecycleSteps).optional(),
  /** Only partnerships one of the actor's institutions belongs to. */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  status: z.enum(partnershipStatusFilters).default('active'),
  sort: z.enum(partnershipSorts).default('name'),
  ...pageQuery,
});
export type ListPartnershipsQuery = z.infer<typeof listPartnershipsQuery>;

export const memberInstitution = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(institutionTypes),
  territoryCode: z.string(),
});

/** A member as the public card shows it. */
export const publicMember = z.object({
  id: z.uuid(),
  institution: memberInstitution,
  role: z.enum(partnershipRoles),
  coalitionRole: z.enum(coalitionRoles).nullable(),
  inManagementBody: z.boolean(),
  joinedAt: z.string(),
});
export type PublicMember = z.infer<typeof publicMember>;

/** The public card: what every signed-in user may know of any partnership. */
export const partnershipCard = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(partnershipKinds),
  status: z.enum(partnershipStatuses),
  currentStep: z.enum(lifecycleSteps),
  cycle: z.number().int(),
  area: z.array(territorialUnitSummary),
  members: z.array(publicMember),
  /** One of the actor's institutions is a member: the rest of the partnership is open to them. */
  isMember: z.boolean(),
  updatedAt: z.string(),
});
export type PartnershipCard = z.infer<typeof partnershipCard>;

export const memberView = publicMember.extend({
  leftAt: z.string().nullable(),
  leaveReason: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), leave: z.boolean(), manageContacts: z.boolean() }),
});
export type MemberView = z.infer<typeof memberView>;

export const partnershipAbilities = z.object({
  viewPrivate: z.boolean(),
  update: z.boolean(),
  manageMembers: z.boolean(),
  manageLifecycle: z.boolean(),
  manageMeetings: z.boolean(),
});
export type PartnershipAbilities = z.infer<typeof partnershipAbilities>;

/** The partnership's page: the card for everyone, the rest (`private`) for its members only. */
export const partnershipView = partnershipCard.extend({
  members: z.array(memberView),
  version: z.number().int(),
  abilities: partnershipAbilities,
  private: z
    .object({
      description: z.string().nullable(),
      createdAt: z.string(),
      formerMembers: z.array(memberView),
      /** The kind's requirements the current members leave unmet (after someone left). */
      missingRequirements: z.array(z.enum(kindRequirementIds)),
    })
    .nullable(),
});
export type PartnershipView = z.infer<typeof partnershipView>;

export const partnershipListResponse = pageOf(partnershipCard);
export type PartnershipListResponse = z.infer<typeof partnershipListResponse>;

/** A malformed id names no partnership: it answers 404 like an unknown one. */
export const partnershipParams = z.object({ id: z.string() });
