import { eq } from 'drizzle-orm';
import { findServiceTypeByCode, qualifications } from '../modules/social-services';
import type { Ctx } from '../platform/authz';
import { type DemoAccount, type DemoInstitutionKey, demoAccounts, demoInstitutions } from './demo-data';

/**
 * What the demo's module seeds share: the seed's system context, the ids of the demo institutions
 * and accounts, and the day of seeding that every date is counted from, so a fresh demo always
 * shows a running programme, a due report and a confirmation still valid.
 */
export interface DemoSeed {
  ctx: Ctx;
  today: Date;
  institution: (key: DemoInstitutionKey) => string;
  /**
   * A context acting as the demo account, for steps whose record names who took them (a
   * self-assessment submitted by the provider's manager, a verification in the OWES's name):
   * the module's policies apply to it as to the person signed in.
   */
  as: (email: DemoAccount['email']) => Ctx;
}

export function demoSeed(
  ctx: Ctx,
  institutionIds: ReadonlyMap<DemoInstitutionKey, string>,
  userIds: ReadonlyMap<string, string>,
  today = new Date(),
): DemoSeed {
  const institution = (key: DemoInstitutionKey) => institutionIds.get(key)!;
  return {
    ctx,
    today,
    institution,
    as: (email) => {
      const account: DemoAccount | undefined = demoAccounts.find((a) => a.email === email);
      if (!account?.institution || account.role === 'platformAdmin')
        throw new Error(`The demo has no staff account ${email}`);
      return {
        ...ctx,
        system: false,
        actor: {
          userId: userIds.get(email)!,
          email,
          displayName: account.displayName,
          isPlatformAdmin: false,
          memberships: [
            {
              institutionId: institution(account.institution),
              institutionName: demoInstitutions[account.institution].name,
              role: account.role,
            },
          ],
        },
      };
    },
  };
}

/** The ISO date `days` days from the day of seeding (negative: before it). */
export const dayFrom = (today: Date, days: number): string =>
  new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** The id of a service type of the bundled catalogue by its code; a missing one is a broken demo. */
export async function serviceTypeId(ctx: Ctx, code: string): Promise<string> {
  const type = await findServiceTypeByCode(ctx.db, code);
  if (!type) throw new Error(`The demo uses a service type the catalogue lacks: ${code}`);
  return type.id;
}

/** The id of a qualification of the bundled catalogue by its code. */
export async function qualificationId(ctx: Ctx, code: string): Promise<string> {
  const [found] = await ctx.db
    .select({ id: qualifications.id })
    .from(qualifications)
    .where(eq(qualifications.code, code))
    .limit(1);
  if (!found) throw new Error(`The demo uses a qualification the catalogue lacks: ${code}`);
  return found.id;
}
