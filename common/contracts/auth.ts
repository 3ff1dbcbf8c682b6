import { z } from 'zod';
import { membershipRoles } from '../enums';
import { locales } from '../i18n';
import { permissions } from '../permissions';

export const emailSchema = z.string().trim().toLowerCase().max(254).email({ message: 'field.email' });

export const loginBody = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBody>;

export const membershipView = z.object({
  institutionId: z.string().uuid(),
  institutionName: z.string(),
  role: z.enum(membershipRoles),
});

export const meResponse = z.object({
  user: z.object({
    id: z.string().uuid(),
    email: z.string(),
    displayName: z.string(),
    isPlatformAdmin: z.boolean(),
    locale: z.enum(locales),
    memberships: z.array(membershipView),
    /** Every permission the user holds somewhere: the web app shows navigation by these. */
    permissions: z.array(z.enum(permissions)),
  }),
});
export type MeResponse = z.infer<typeof meResponse>;

export const csrfResponse = z.object({ token: z.string() });

export const authConfigResponse = z.object({
  oidc: z.object({ enabled: z.boolean(), label: z.string().nullable() }),
});
