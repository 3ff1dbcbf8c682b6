import { eq, sql } from 'drizzle-orm';
import { addMembership, createUser, users } from '../modules/accounts';
import { createInstitution } from '../modules/institutions';
import { createOffering, findServiceTypeByCode } from '../modules/social-services';
import { inTransaction, systemContext } from '../platform/authz';
import type { Executor } from '../platform/db';
import { seedDemoCommissioning } from './demo-commissioning';
import { demoSeed } from './demo-context';
import {
  type DemoInstitutionKey,
  demoAccounts,
  demoInstitutions,
  demoOfferings,
  demoPassword,
} from './demo-data';
import { seedDemoInitiative } from './demo-initiative';
import { seedDemoPartnerships } from './demo-partnerships';
import { seedDemoPilot } from './demo-pilot';
import { seedDemoProgrammes } from './demo-programmes';
import { seedDemoTraining } from './demo-training';

/** Arbitrary but fixed: instances starting together on one server seed once. */
const DEMO_SEED_LOCK_KEY = 727_002;

/**
 * Fills an empty database with the demo locality (see demo-data.ts), what its institutions
 * offer from the catalogue of social services, their partnerships (demo-partnerships.ts), the
 * gmina's commissioning plan with a provider confirmed ready (demo-commissioning.ts), a CIS
 * preparation programme (demo-programmes.ts), a pilot (demo-pilot.ts), a training programme for
 * JSTs (demo-training.ts) and a PES initiative group (demo-initiative.ts),
 * through the same services people use, so the demo data obeys every rule and leaves an audit
 * trail. A database that has any user is left alone: the seed runs once, never over real data,
 * and a restart adds nothing. Returns whether it seeded.
 */
export async function seedDemo(db: Executor): Promise<boolean> {
  return inTransaction(systemContext(db, 'demo-seed'), async (ctx) => {
    await ctx.db.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_KEY})`);
    const [anyUser] = await ctx.db.select({ id: users.id }).from(users).limit(1);
    if (anyUser) return false;

    const institutionIds = new Map<DemoInstitutionKey, string>();
    const userIds = new Map<string, string>();
    for (const [key, input] of Object.entries(demoInstitutions) as [
      DemoInstitutionKey,
      (typeof demoInstitutions)[DemoInstitutionKey],
    ][]) {
      institutionIds.set(key, (await createInstitution(ctx, input)).id);
    }
    for (const account of demoAccounts) {
      const user = await createUser(ctx, {
        email: account.email,
        displayName: account.displayName,
        password: demoPassword,
        isPlatformAdmin: account.role === 'platformAdmin',
      });
      userIds.set(account.email, user.id);
      if (account.institution) {
        await addMembership(ctx, {
          userId: user.id,
          institutionId: institutionIds.get(account.institution)!,
          role: account.role,
        });
      }
    }
    for (const { institution, serviceType, ...offering } of demoOfferings) {
      const type = await findServiceTypeByCode(ctx.db, serviceType);
      if (!type) throw new Error(`The demo offers a service type the catalogue lacks: ${serviceType}`);
      await createOffering(ctx, {
        ...offering,
        institutionId: institutionIds.get(institution)!,
        serviceTypeId: type.id,
      });
    }
    await seedDemoPartnerships(ctx, institutionIds);
    const demo = demoSeed(ctx, institutionIds, userIds);
    const commissioning = await seedDemoCommissioning(demo);
    await seedDemoProgrammes(demo);
    await seedDemoPilot(demo);
    await seedDemoTraining(demo, commissioning.planId);
    await seedDemoInitiative(demo, commissioning.homeCareCommissionId);
    return true;
  });
}

/** Whether this database holds the demo accounts, so the start-up message lists them only then. */
export async function hasDemoAccounts(db: Executor): Promise<boolean> {
  const [admin] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoAccounts[0].email))
    .limit(1);
  return Boolean(admin);
}
